import { parse as parseYaml } from 'yaml';
import type { FrontMatter, Span } from '../types';

export function readFrontMatter(yamlText: string, span: Span): FrontMatter {
  try {
    // logLevel 'error': yaml's warnings go to process.emitWarning (stderr) and quote the draft.
    const data = parseYaml(yamlText, { maxAliasCount: 50, logLevel: 'error' });
    if (data === null || data === undefined) return { data: {}, span, problems: [] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, span, problems: ['front matter is not a mapping of keys to values'] };
    }
    return { data: data as Record<string, unknown>, span, problems: [] };
  } catch (error) {
    // The error's code and line, never its message: yaml messages can quote the draft (an alias, a tag),
    // and these problems are printed on stderr.
    const e = error as { code?: unknown; linePos?: { line: number; col: number }[] };
    const code = typeof e?.code === 'string' ? e.code.toLowerCase().replace(/_/g, ' ') : 'unreadable';
    const at = e?.linePos?.[0] ? ` at line ${e.linePos[0].line} of the front matter` : '';
    return { data: {}, span, problems: [`front matter is not valid YAML: ${code}${at}`] };
  }
}
