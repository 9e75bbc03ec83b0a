import { parse as parseYaml } from 'yaml';
import type { FrontMatter, Span } from '../types';

export function readFrontMatter(yamlText: string, span: Span): FrontMatter {
  try {
    const data = parseYaml(yamlText, { maxAliasCount: 50 });
    if (data === null || data === undefined) return { data: {}, span, problems: [] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, span, problems: ['front matter is not a mapping of keys to values'] };
    }
    return { data: data as Record<string, unknown>, span, problems: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    return { data: {}, span, problems: [`front matter is not valid YAML: ${reason}`] };
  }
}
