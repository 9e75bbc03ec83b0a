/**
 * The engine's public surface. Pure: no IO, no editor types, no network. The CLI and the
 * language server import only this module.
 */
import builtinPacks from '../generated/rules.json';
import { compileRules, formatProblem, type RuleProblem } from './rules/compile';
import type { CompiledRuleSet, RulePackSource } from './rules/types';
import { parseDocument, languageOf, type Language } from './parse/document';
import { lintDocument } from './lint';
import { LineIndex } from './text';
import { DEFAULT_CONFIG, type LintConfig } from './config';
import { applyFixGroups, safeFixEdits } from './fix';
import { BlockCache, sideCache } from './cache';
import type { RawFinding } from './checks/identifier';
import type { Finding, ParsedDocument } from './types';

export * from './types';
export { LineIndex, dominantEol, type Position, type Range } from './text';
export { compileRules, formatProblem, hashString, type RuleProblem } from './rules/compile';
export type { CompiledRule, CompiledRuleSet, RulePackSource, RulePackData } from './rules/types';
export { DEFAULT_CONFIG, type LintConfig, type SeveritySetting } from './config';
export { applyEdits, applyFixGroups } from './fix';
export { languageOf, parseDocument, type Language } from './parse/document';
export { BlockCache } from './cache';
export { disableLineFix } from './lint';

let builtin: CompiledRuleSet | null = null;

/** The rule packs shipped in rules/, compiled once (validated at build time). */
export function builtinRules(): CompiledRuleSet {
  if (!builtin) {
    const { ruleSet, problems } = compileRules(builtinPacks as RulePackSource[], { validate: false });
    if (problems.length) throw new Error(`built-in rules are broken: ${problems.map(formatProblem).join('; ')}`);
    builtin = ruleSet;
  }
  return builtin;
}

export function builtinPackSources(): RulePackSource[] {
  return builtinPacks as RulePackSource[];
}

/** Built-in packs plus user packs (validated); problems are returned, never thrown. */
export function rulesWith(extra: RulePackSource[]): { ruleSet: CompiledRuleSet; problems: RuleProblem[] } {
  if (extra.length === 0) return { ruleSet: builtinRules(), problems: [] };
  const builtinSet = new Set(builtinPacks as RulePackSource[]);
  return compileRules([...(builtinPacks as RulePackSource[]), ...extra], { validate: (source) => !builtinSet.has(source) });
}

export interface LintOptions {
  /** Decides the language when `language` is not given (.txt → plaintext, else markdown). */
  filename?: string;
  language?: Language;
  config?: LintConfig;
  rules?: CompiledRuleSet;
  cache?: BlockCache<RawFinding[]>;
}

export interface LintResult {
  findings: Finding[];
  document: ParsedDocument;
  lines: LineIndex;
  /** The config after front matter (`scrubs:` key, `platform:`) was applied. */
  config: LintConfig;
  /** Problems with the document itself (invalid front matter); never fatal. */
  problems: string[];
}

/** Front matter may carry per-file settings: `platform:` and a `scrubs:` mapping. */
function withFrontMatter(config: LintConfig, data: Record<string, unknown> | null): { config: LintConfig; problems: string[] } {
  if (!data) return { config, problems: [] };
  const problems: string[] = [];
  const next: LintConfig = { ...config, severities: { ...config.severities }, allow: [...config.allow] };
  if (typeof data.platform === 'string') next.platform = data.platform.toLowerCase();
  const own = data.scrubs;
  if (own && typeof own === 'object' && !Array.isArray(own)) {
    const o = own as Record<string, unknown>;
    if (typeof o.strict === 'boolean') next.strict = o.strict;
    if (Array.isArray(o.allow)) next.allow.push(...o.allow.filter((a): a is string => typeof a === 'string'));
    if (o.rules && typeof o.rules === 'object') {
      for (const [id, sev] of Object.entries(o.rules as Record<string, unknown>)) {
        if (typeof sev === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(sev)) next.severities[id] = sev as never;
        // The key is echoed only when it looks like a rule id: problems go to stderr, never draft text.
        else problems.push(`front matter scrubs.rules${/^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/.test(id) ? `.${id}` : ' (a key)'}: must be error, warning, information, hint or off`);
      }
    }
  } else if (own !== undefined) problems.push('front matter scrubs: must be a mapping');
  return { config: next, problems };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const language = options.language ?? languageOf(options.filename);
  const lines = new LineIndex(text);
  const document = parseDocument(text, language, lines, options.cache && sideCache(options.cache, 'chunks'));
  const { config, problems } = withFrontMatter(options.config ?? DEFAULT_CONFIG, document.frontMatter.data);
  const findings = lintDocument({ document, rules: options.rules ?? builtinRules(), config, lines, cache: options.cache });
  return { findings, document, lines, config, problems: [...document.frontMatter.problems, ...problems] };
}

/**
 * Apply every safe recommended fix, re-linting until nothing changes (at most 10 passes, as ESLint
 * does), so fixes that overlapped in one pass get their turn. Applying twice changes nothing more.
 */
export function fixText(text: string, options: LintOptions = {}): { text: string; fixed: number; remaining: Finding[] } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < 10; pass++) {
    const { findings } = lint(current, options);
    const groups = safeFixEdits(findings);
    if (groups.length === 0) return { text: current, fixed, remaining: findings };
    const result = applyFixGroups(current, groups);
    if (result.count === 0 || result.text === current) return { text: current, fixed, remaining: findings };
    current = result.text;
    fixed += result.count;
  }
  return { text: current, fixed, remaining: lint(current, options).findings };
}
