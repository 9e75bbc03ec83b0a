// Shared helpers for the guideline-pack tests: findings of one category, and what a fix writes.
import assert from 'node:assert/strict';
import { applyEdits, lint, type Finding, type LintConfig, DEFAULT_CONFIG } from '../../server/src/engine';

export function findings(text: string, category: string, config: Partial<LintConfig> = {}, filename = 'draft.md'): Finding[] {
  return lint(text, { filename, config: { ...DEFAULT_CONFIG, ...config } }).findings.filter((f) => f.category === category);
}

/** `ruleId "flagged text"` for every finding of the category. */
export function flagged(text: string, category: string, config: Partial<LintConfig> = {}, filename = 'draft.md'): string[] {
  return findings(text, category, config, filename).map((f) => `${f.ruleId} "${text.slice(f.start, f.end)}"`);
}

export function assertFlags(text: string, category: string, ruleId?: string): Finding {
  const found = findings(text, category);
  const f = ruleId ? found.find((x) => x.ruleId === ruleId) : found[0];
  assert.ok(f, `expected ${ruleId ?? category} on: ${text}\n got ${JSON.stringify(flagged(text, category))}`);
  return f;
}

export function assertSilent(text: string, category: string, config: Partial<LintConfig> = {}): void {
  assert.deepEqual(flagged(text, category, config), [], `expected no ${category} finding on: ${text}`);
}

/** The text after applying the fix with this title (or the first fix). */
export function afterFix(text: string, finding: Finding, title?: string): string {
  const fix = title ? finding.fixes.find((x) => x.title === title || x.title.startsWith(`${title}:`)) : finding.fixes[0];
  assert.ok(fix, `no fix "${title}" among ${finding.fixes.map((x) => x.title).join(', ')}`);
  return applyEdits(text, fix.edits).text;
}
