/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=ruleId::message`.
 * Columns are 1-based; endColumn is the last flagged column.
 */
import type { Severity } from '../../engine';
import type { Formatter } from './types';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escaping of a command's message (data). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escaping of a property value: also `:` and `,`, which delimit properties. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (report) => {
  let out = '';
  for (const file of report.files) {
    for (const f of file.findings) {
      const r = file.lines.rangeOf(f.start, f.end);
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${r.start.line + 1}`,
        `col=${r.start.character + 1}`,
        `endLine=${r.end.line + 1}`,
        `endColumn=${Math.max(r.end.character, 1)}`,
        `title=${escapeProperty(f.ruleId)}`,
      ];
      out += `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
    }
  }
  return out;
};
