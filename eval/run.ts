/**
 * Detection quality on labeled drafts: precision, recall and F1 per category, patient-privacy
 * recall by identifier type, and the share of clean drafts with any error or warning.
 *
 *   npm run eval                                   # every eval/corpus/*.jsonl
 *   npm run eval -- --corpus FILE [--strict] [--types name,phone] [--misses] [--json]
 *
 * Matching is by overlap: a labeled span is found when a finding of the same category overlaps
 * it; a finding is correct when it overlaps a labeled span of its category (for patient-privacy,
 * any identifier label, so "Port Clarke" found as a name still counts for the location label).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { lint, DEFAULT_CONFIG, CATEGORIES, type Finding } from '../server/src/engine';

interface Label {
  category: string;
  type: string;
  start: number;
  end: number;
  text: string;
}
interface Draft {
  id: string;
  kind?: string;
  text: string;
  labels: Label[];
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function load(path: string): Draft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, n) => {
      const raw = JSON.parse(line) as { id: string; kind?: string; text: string; labels: (Partial<Label> & { text: string; occurrence?: number })[] };
      const labels = (raw.labels ?? []).map((l) => {
        if (typeof l.start === 'number' && typeof l.end === 'number') return l as Label;
        let at = -1;
        for (let k = 0; k < (l.occurrence ?? 1); k++) at = raw.text.indexOf(l.text, at + 1);
        if (at < 0) throw new Error(`${path}:${n + 1}: label "${l.text}" not in text`);
        return { category: l.category!, type: l.type ?? 'span', start: at, end: at + l.text.length, text: l.text };
      });
      return { id: raw.id, kind: raw.kind, text: raw.text, labels };
    });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

interface Tally {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}
const tally = (): Tally => ({ gold: 0, found: 0, predicted: 0, correct: 0 });

function evaluate(path: string, strict: boolean, types: string[] | null) {
  const drafts = load(path);
  const byCategory = new Map<string, Tally>(CATEGORIES.map((c) => [c, tally()]));
  const byType = new Map<string, { gold: number; found: number }>();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let clean = 0;
  let cleanFlagged = 0;
  const started = performance.now();
  for (const draft of drafts) {
    const filename = draft.kind === 'txt' ? 'draft.txt' : 'draft.md';
    const findings: Finding[] = lint(draft.text, { filename, config: { ...DEFAULT_CONFIG, strict } }).findings;
    const labels = draft.labels.filter((l) => l.category !== 'patient-privacy' || !types || types.includes(l.type));
    const scoredLabels = draft.labels.filter((l) => CATEGORIES.includes(l.category as never));
    if (draft.labels.length === 0) {
      clean++;
      if (findings.some((f) => f.severity === 'error' || f.severity === 'warning')) cleanFlagged++;
    }
    for (const label of labels) {
      const t = byCategory.get(label.category);
      if (!t) continue;
      t.gold++;
      const hit = findings.some((f) => f.category === label.category && overlaps(f, label));
      if (hit) t.found++;
      else misses.push(`${draft.id} ${label.category}/${label.type} "${label.text}"`);
      if (label.category === 'patient-privacy') {
        const bt = byType.get(label.type) ?? { gold: 0, found: 0 };
        bt.gold++;
        if (hit) bt.found++;
        byType.set(label.type, bt);
      }
    }
    for (const f of findings) {
      const t = byCategory.get(f.category)!;
      t.predicted++;
      const ok = scoredLabels.some((l) => l.category === f.category && overlaps(f, l)) ||
        (f.category === 'patient-privacy' && otherIdentifiers(draft).some((o) => overlaps(f, o)));
      if (ok) t.correct++;
      else falseAlarms.push(`${draft.id} ${f.ruleId} "${draft.text.slice(f.start, f.end)}"`);
    }
  }
  return { drafts: drafts.length, byCategory, byType, misses, falseAlarms, clean, cleanFlagged, ms: performance.now() - started };
}

/** Entities in external corpora that are identifiers but not among the scored types. */
function otherIdentifiers(draft: Draft): Label[] {
  return draft.labels.filter((l) => l.category === 'patient-privacy');
}

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  -  ');
function report(path: string, r: ReturnType<typeof evaluate>) {
  const lines: string[] = [];
  lines.push(`\n${path}: ${r.drafts} drafts (${r.clean} clean), ${r.ms.toFixed(0)} ms`);
  lines.push('category              gold  found  pred  correct  precision  recall  F1');
  for (const [category, t] of r.byCategory) {
    if (t.gold === 0 && t.predicted === 0) continue;
    const p = t.correct / t.predicted;
    const rc = t.found / t.gold;
    const f1 = (2 * p * rc) / (p + rc);
    lines.push(`${category.padEnd(20)} ${String(t.gold).padStart(5)} ${String(t.found).padStart(6)} ${String(t.predicted).padStart(5)} ${String(t.correct).padStart(8)}  ${pct(p).padStart(9)}  ${pct(rc).padStart(6)}  ${pct(f1)}`);
  }
  if (r.byType.size) {
    lines.push('patient-privacy recall by type:');
    lines.push('  ' + [...r.byType].sort((a, b) => b[1].gold - a[1].gold).map(([type, t]) => `${type} ${t.found}/${t.gold} (${pct(t.found / t.gold)})`).join(', '));
  }
  const byRule = new Map<string, number>();
  for (const fa of r.falseAlarms) {
    const rule = fa.split(' ')[1];
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }
  if (byRule.size) lines.push('false alarms by rule: ' + [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', '));
  if (r.clean) lines.push(`clean drafts with an error or warning: ${r.cleanFlagged}/${r.clean} (${((100 * r.cleanFlagged) / r.clean).toFixed(1)}%)`);
  console.log(lines.join('\n'));
  if (flag('--misses')) {
    console.log('\nmissed:\n  ' + r.misses.join('\n  '));
    console.log('\nfalse alarms:\n  ' + r.falseAlarms.join('\n  '));
  }
}

const corpus = option('--corpus');
const strict = flag('--strict');
const typesArg = option('--types');
const corpora = corpus ? [corpus] : readdirSync('eval/corpus').filter((f) => f.endsWith('.jsonl')).sort().map((f) => `eval/corpus/${f}`);
const defaultTypes = corpus && /presidio/.test(corpus) ? ['name', 'address', 'phone', 'email', 'id-number', 'zip', 'url', 'ip'] : null;
for (const path of corpora) {
  let result;
  try {
    result = evaluate(path, strict, typesArg ? typesArg.split(',') : defaultTypes);
  } catch (error) {
    console.error(`${path}: ${(error as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  report(path, result);
}
