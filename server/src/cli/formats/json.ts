/**
 * CONTRACT.md's JSON document, built field by field so engine refactors never change it:
 * LSP positions (0-based line, UTF-16 character), every checked file, clean ones included.
 */
import type { Edit, Finding, LineIndex } from '../../engine';
import type { Formatter } from './types';

const range = (lines: LineIndex, start: number, end: number) => {
  const r = lines.rangeOf(start, end);
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
};

function diagnostic(f: Finding, lines: LineIndex) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    range: range(lines, f.start, f.end),
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e: Edit) => ({ range: range(lines, e.start, e.end), newText: e.newText })),
    })),
  };
}

export const json: Formatter = (report) =>
  `${JSON.stringify({
    version: 1,
    files: report.files.map((file) => ({ path: file.path, diagnostics: file.findings.map((f) => diagnostic(f, file.lines)) })),
  })}\n`;
