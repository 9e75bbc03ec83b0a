/** Human output, grouped by file: `line:col  severity  message  ruleId`, 1-based. */
import type { Severity } from '../../engine';
import { countReport, oneLine, SEVERITY_LABEL, summarize, type Formatter } from './types';

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const STYLES = { underline: ansi('4'), dim: ansi('2'), bold: ansi('1'), red: ansi('31'), yellow: ansi('33'), cyan: ansi('36') };
const SEVERITY_COLOR: Record<Severity, (s: string) => string> = { error: STYLES.red, warning: STYLES.yellow, information: STYLES.cyan, hint: STYLES.dim };

export const stylish: Formatter = (report, { color }) => {
  const paint = (style: (s: string) => string, s: string) => (color ? style(s) : s);
  let out = '';
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((f) => {
      const start = file.lines.positionAt(f.start);
      return { where: `${start.line + 1}:${start.character + 1}`, severity: f.severity, message: oneLine(f.message), ruleId: f.ruleId };
    });
    const width = (key: 'where' | 'message') => Math.max(...rows.map((r) => r[key].length));
    const whereWidth = width('where');
    const severityWidth = Math.max(...rows.map((r) => SEVERITY_LABEL[r.severity].length));
    const messageWidth = width('message');
    out += `${paint(STYLES.underline, file.path)}\n`;
    for (const r of rows) {
      const label = SEVERITY_LABEL[r.severity];
      out +=
        `  ${paint(STYLES.dim, r.where.padEnd(whereWidth))}` +
        `  ${paint(SEVERITY_COLOR[r.severity], label)}${' '.repeat(severityWidth - label.length)}` +
        `  ${r.message.padEnd(messageWidth)}` +
        `  ${paint(STYLES.dim, r.ruleId)}\n`;
    }
    out += '\n';
  }
  const counts = countReport(report);
  if (counts.errors + counts.warnings + counts.infos === 0) return '';
  const summary = `✖ ${summarize(counts)}`;
  const style = counts.errors ? STYLES.red : counts.warnings ? STYLES.yellow : STYLES.cyan;
  return `${out}${paint((s) => STYLES.bold(style(s)), summary)}\n`;
};
