/** Applying fixes to text: non-overlapping edits, back to front. */
import type { Edit, Finding } from './types';

/** Apply edits; an edit overlapping an earlier-chosen one is skipped. Returns the text and what was applied. */
export function applyEdits(text: string, edits: Edit[]): { text: string; applied: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start > e.end || e.end > text.length) continue;
    if (e.start === lastEnd && e.start === e.end && chosen.length && chosen[chosen.length - 1].start === e.start) continue;
    chosen.push(e);
    lastEnd = e.end;
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const e = chosen[i];
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return { text: out, applied: chosen };
}

/** The recommended (first, safe) fix of each finding, all of whose edits fit together. */
export function safeFixEdits(findings: Finding[]): Edit[][] {
  return findings.map((f) => f.fixes.find((x) => x.safe)?.edits).filter((e): e is Edit[] => !!e && e.length > 0);
}

/** Apply whole fixes (all edits of one fix or none), skipping fixes that overlap a chosen one. */
export function applyFixGroups(text: string, groups: Edit[][]): { text: string; count: number } {
  const sorted = [...groups].sort((a, b) => a[0].start - b[0].start);
  const chosen: Edit[] = [];
  let count = 0;
  const overlaps = (e: Edit) => chosen.some((c) => e.start < c.end && c.start < e.end || (e.start === c.start && e.end === c.end));
  for (const group of sorted) {
    if (group.some(overlaps)) continue;
    chosen.push(...group);
    count++;
  }
  return { text: applyEdits(text, chosen).text, count };
}
