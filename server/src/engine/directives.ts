/**
 * Inline control (CONTRACT.md): `<!-- scrubs-disable-next-line rule -->`, `scrubs-disable` /
 * `scrubs-enable` ranges, and in plain text the same words on a line of their own.
 */
import type { Directive, Finding } from './types';
import type { LineIndex } from './text';

const KINDS = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'] as const;
const COMMENT = /<!--\s*scrubs-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*?)-->/g;
const LINE = /^[ \t]*scrubs-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$/;

function targetsOf(rest: string): string[] {
  return rest
    .replace(/--.*$/, '') // "-- reason" is a comment, as in ESLint
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export function parseDirectiveComments(html: string, offset: number, lineOf: (offset: number) => number): Directive[] {
  const out: Directive[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(html); m; m = COMMENT.exec(html)) {
    const start = offset + m.index;
    out.push({ kind: m[1] as Directive['kind'], targets: targetsOf(m[2]), start, end: start + m[0].length, line: lineOf(start) });
  }
  return out;
}

/** Plain-text directives: a whole line starting with `scrubs-`. */
export function parseDirectiveLine(line: string, start: number, lineNumber: number): Directive | null {
  const m = LINE.exec(line);
  if (!m || !(KINDS as readonly string[]).includes(m[1])) return null;
  return { kind: m[1] as Directive['kind'], targets: targetsOf(m[2]), start, end: start + line.length, line: lineNumber };
}

function matches(targets: string[], f: Finding): boolean {
  return targets.length === 0 || targets.some((t) => t === f.ruleId || t === f.category || t === 'all');
}

/** Drop findings that a directive switches off. */
export function applyDirectives(findings: Finding[], directives: Directive[], lines: LineIndex): Finding[] {
  if (directives.length === 0) return findings;
  const sorted = [...directives].sort((a, b) => a.start - b.start);
  return findings.filter((f) => {
    const line = lines.lineAt(f.start);
    let off = false;
    for (const d of sorted) {
      if (d.kind === 'disable-file' && matches(d.targets, f)) return false;
      if (d.kind === 'disable-next-line' && d.line + 1 === line && matches(d.targets, f)) return false;
      if (d.kind === 'disable-line' && d.line === line && matches(d.targets, f)) return false;
      if (d.start > f.start) continue;
      if (d.kind === 'disable' && matches(d.targets, f)) off = true;
      if (d.kind === 'enable' && matches(d.targets, f)) off = false;
    }
    return !off;
  });
}
