/**
 * A short review comment for a pull request: a headline with the counts and a table of findings
 * with `file:line` links and the recommended fix. The links are absolute when the options carry a
 * link base (see linkBaseFrom in commands/check.ts), as they must be in a pull-request comment.
 * The last line is an HTML comment a bot can search for to update its earlier comment.
 */
import type { Finding } from '../../engine';
import { countReport, oneLine, summarize, type Formatter } from './types';

const ICON = { error: '🛑', warning: '⚠️', information: 'ℹ️', hint: '💡' } as const;

/** Text safe inside a table cell. */
const cell = (s: string) => oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Link targets: spaces and parentheses would end the link. */
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function suggestion(f: Finding, flagged: (start: number, end: number) => string): string {
  const fix = f.fixes[0];
  if (!fix) return '';
  const changes = fix.edits.map((e) => {
    const before = flagged(e.start, e.end);
    if (e.newText === '') return `remove “${cell(before)}”`;
    if (before === '') return `insert “${cell(e.newText)}”`;
    return `“${cell(before)}” → “${cell(e.newText)}”`;
  });
  return `${cell(fix.title)}${changes.length && changes.length <= 3 ? `: ${changes.join('; ')}` : ''}`;
}

/** The marker a bot looks for to find (and update) the comment it posted before. */
export const REVIEW_MARKER = '<!-- scrubs-review -->';

export const markdown: Formatter = (report, options) => {
  const counts = countReport(report);
  const checked = `${report.files.length} ${report.files.length === 1 ? 'file' : 'files'}`;
  if (counts.errors + counts.warnings + counts.infos === 0) return `### ✅ scrubs: no problems found in ${checked}\n\n${REVIEW_MARKER}\n`;
  let out = `### scrubs: ${summarize(counts)} in ${checked}\n\n`;
  out += '| | Where | Problem | Rule | Suggested fix |\n|---|---|---|---|---|\n';
  for (const file of report.files) {
    const text = file.lines.text;
    for (const f of file.findings) {
      const line = file.lines.positionAt(f.start).line + 1;
      const where = `[${cell(file.path)}:${line}](${options.linkBase ?? ''}${href(file.path)}#L${line})`;
      out += `| ${ICON[f.severity]} | ${where} | ${cell(f.message)} | \`${f.ruleId}\` | ${suggestion(f, (s, e) => text.slice(s, e))} |\n`;
    }
  }
  return `${out}\n${REVIEW_MARKER}\n`;
};
