/** What every output format receives: plain data, so each format is a pure function. */
import type { CompiledRule, Finding, LineIndex, Severity } from '../../engine';

export interface FileReport {
  /** Relative to the working directory, forward slashes. */
  path: string;
  /** Sorted as the engine returns them; offsets are UTF-16 units into the text after any BOM. */
  findings: Finding[];
  /** Line starts of that text: the one place offsets become line/character. */
  lines: LineIndex;
}

export interface Report {
  /** Every file checked, clean ones included, sorted by path. */
  files: FileReport[];
  /** Every rule that was in effect (built-in and user packs), for rule tables. */
  rules: CompiledRule[];
  tool: ToolInfo;
}

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
}

export interface FormatOptions {
  /** ANSI colours (stylish only). */
  color: boolean;
  /**
   * Prefix for file links in the markdown review comment (`https://github.com/o/r/blob/SHA/`),
   * joined to each file's path; without it the links are relative.
   */
  linkBase?: string;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export interface Counts {
  errors: number;
  warnings: number;
  /** information and hint. */
  infos: number;
}

export function countFindings(findings: Iterable<Finding>): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export function countReport(report: Report): Counts {
  return countFindings(report.files.flatMap((f) => f.findings));
}

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** "2 problems (1 error, 1 warning, 0 infos)". */
export function summarize(counts: Counts): string {
  const total = counts.errors + counts.warnings + counts.infos;
  return `${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')})`;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/** Messages are one sentence; a stray line break would break line-based formats. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
