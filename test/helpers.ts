import { lint, fixText, builtinRules, type Finding, type LintConfig, DEFAULT_CONFIG } from '../server/src/engine';

/** Findings for a draft as `ruleId "flagged text"` strings: the shape most tests compare. */
export function flagged(text: string, options: { filename?: string; config?: Partial<LintConfig> } = {}): string[] {
  const { findings } = lint(text, { filename: options.filename, config: { ...DEFAULT_CONFIG, ...options.config } });
  return findings.map((f) => `${f.ruleId} "${text.slice(f.start, f.end)}"`);
}

export function findingsOf(text: string, options: { filename?: string; config?: Partial<LintConfig> } = {}): Finding[] {
  return lint(text, { filename: options.filename, config: { ...DEFAULT_CONFIG, ...options.config } }).findings;
}

export function fixed(text: string, options: { filename?: string; config?: Partial<LintConfig> } = {}): string {
  return fixText(text, { filename: options.filename, config: { ...DEFAULT_CONFIG, ...options.config } }).text;
}

export { builtinRules };
