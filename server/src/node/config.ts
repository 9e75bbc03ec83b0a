/**
 * Workspace configuration: `.scrubs.json` or `.scrubs.yaml` found upward from a file, validated
 * against schemas/scrubs-config.schema.json. Problems name the file and the field; the caller
 * decides whether they are fatal (CLI: exit 2) or a diagnostic (language server).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDocument as parseYamlDocument, LineCounter } from 'yaml';
import schema from '../../../schemas/scrubs-config.schema.json';
import { DEFAULT_CONFIG, type LintConfig, type SeveritySetting } from '../engine';

export const CONFIG_NAMES = ['.scrubs.json', '.scrubs.yaml', '.scrubs.yml'];

export interface ConfigFile {
  rules?: Record<string, SeveritySetting>;
  allow?: string[];
  strict?: boolean;
  platform?: string;
  rulePaths?: string[];
  files?: { include?: string[]; exclude?: string[] };
  maxFileSize?: number;
}

export interface LoadedConfig {
  /** The file it came from, or null for defaults. */
  path: string | null;
  data: ConfigFile;
  /** "file:line: field: message" lines; empty when valid. */
  problems: ConfigProblem[];
}

export interface ConfigProblem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;
}

let validate: import('ajv').ValidateFunction | null = null;

/** The nearest config file at or above `dir`, or null. */
export function findConfig(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      try {
        if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
      } catch {
        // unreadable directory: keep walking up
      }
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Parse and validate config text. Never throws. */
export function parseConfig(text: string, path: string): LoadedConfig {
  const problems: ConfigProblem[] = [];
  let data: unknown;
  const lineCounter = new LineCounter();
  let yamlDoc: ReturnType<typeof parseYamlDocument> | null = null;
  if (/\.json$/i.test(path)) {
    try {
      data = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const pos = /position (\d+)/.exec(message);
      const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
      return { path, data: {}, problems: [{ file: path, line, field: '(file)', message: `is not valid JSON: ${message}` }] };
    }
  } else {
    yamlDoc = parseYamlDocument(text, { lineCounter });
    if (yamlDoc.errors.length) {
      const e = yamlDoc.errors[0];
      return { path, data: {}, problems: [{ file: path, line: e.linePos?.[0]?.line, field: '(file)', message: `is not valid YAML: ${e.message.split('\n')[0]}` }] };
    }
    data = yamlDoc.toJS() ?? {};
  }
  // ajv is required on first use: a run without a config file never evaluates it.
  validate ??= new ((require('ajv') as typeof import('ajv')).default)({ allErrors: true, strict: false }).compile(schema);
  if (!validate(data)) {
    for (const e of validate.errors ?? []) {
      const segments = e.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      let field = segments.join('.') || '(config)';
      let message = e.message ?? 'is invalid';
      if (e.keyword === 'additionalProperties') {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        field = field === '(config)' ? extra : `${field}.${extra}`;
        segments.push(extra);
        message = 'is not a known setting';
      } else if (e.keyword === 'enum') {
        message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
      }
      problems.push({ file: path, line: lineOfField(text, yamlDoc, lineCounter, segments), field, message });
    }
    return { path, data: {}, problems };
  }
  return { path, data: data as ConfigFile, problems };
}

function lineOfField(text: string, yamlDoc: ReturnType<typeof parseYamlDocument> | null, counter: LineCounter, segments: string[]): number | undefined {
  if (yamlDoc) {
    const node = yamlDoc.getIn(segments, true) as { range?: [number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
    return undefined;
  }
  const last = segments[segments.length - 1];
  if (!last) return undefined;
  const at = text.indexOf(`"${last}"`);
  return at >= 0 ? text.slice(0, at).split('\n').length : undefined;
}

export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, data: {}, problems: [{ file: path, field: '(file)', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}` }] };
  }
  return parseConfig(text, path);
}

/**
 * Keys of `rules` that name neither a rule nor a category of the rule set: a typo there would
 * silently change nothing, so both shells say so (a warning, not an error).
 */
export function unknownRuleKeys(data: ConfigFile, rules: { byId: Map<string, unknown>; rules: { category: string }[] }): string[] {
  const categories = new Set(rules.rules.map((r) => r.category));
  return Object.keys(data.rules ?? {}).filter((key) => !rules.byId.has(key) && !categories.has(key));
}

/** Turn a config file into engine settings. */
export function toLintConfig(data: ConfigFile, overrides: Partial<LintConfig> = {}): LintConfig {
  return {
    ...DEFAULT_CONFIG,
    severities: { ...(data.rules ?? {}) },
    allow: [...(data.allow ?? [])],
    strict: data.strict ?? false,
    platform: data.platform,
    ...overrides,
  };
}
