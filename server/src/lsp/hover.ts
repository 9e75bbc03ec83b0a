/** Hover over a flagged range: the guideline in plain words, why this text fired, and the fixes. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { CompiledRuleSet, Finding, LineIndex } from '../engine';

/** Markdown metacharacters that would turn a draft's words into markup. */
const escape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');

function fixLine(f: Finding): string[] {
  return f.fixes.map((fix) => {
    const replacement = fix.kind === 'redact' && fix.edits.length === 1 ? fix.edits[0].newText : null;
    const what = replacement === null ? '' : replacement === '' ? ' (removes it)' : ` (→ “${replacement}”)`;
    return `${fix.title}${what}`;
  });
}

/** One section per finding under the cursor; null when nothing is flagged there. */
export function hoverFor(findings: Finding[], rules: CompiledRuleSet, lines: LineIndex, markdown: boolean): Hover | null {
  if (findings.length === 0) return null;
  const sections = findings.map((f) => {
    const rule = rules.byId.get(f.ruleId);
    const fixes = fixLine(f);
    if (markdown) {
      const parts = [`**scrubs** · \`${f.ruleId}\` · ${f.severity}`, escape(f.message)];
      if (rule?.description) parts.push(`**Guideline:** ${escape(rule.description)}`);
      if (f.cues.length) parts.push(`**Why this fired:** ${f.cues.map(escape).join('; ')}`);
      if (fixes.length) parts.push(`**Fixes:**\n${fixes.map((x) => `- ${escape(x)}`).join('\n')}`);
      if (rule?.docs) parts.push(`[Rule documentation](${rule.docs})`);
      return parts.join('\n\n');
    }
    const parts = [`scrubs ${f.ruleId} (${f.severity})`, f.message];
    if (rule?.description) parts.push(`Guideline: ${rule.description}`);
    if (f.cues.length) parts.push(`Why this fired: ${f.cues.join('; ')}`);
    if (fixes.length) parts.push(`Fixes: ${fixes.join('; ')}`);
    if (rule?.docs) parts.push(`Documentation: ${rule.docs}`);
    return parts.join('\n');
  });
  const start = Math.min(...findings.map((f) => f.start));
  const end = Math.max(...findings.map((f) => f.end));
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join(markdown ? '\n\n---\n\n' : '\n\n') },
    range: lines.rangeOf(start, end),
  };
}
