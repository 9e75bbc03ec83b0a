/**
 * Profanity check: words of the cuss lexicon (each rated 0 maybe, 1 likely, 2 sure) at or above
 * the rule's `sureness`, plus the rule's own `terms` (phrases, and likely words the pack opts in),
 * minus its `skip` list (clinical and everyday words such as "vomit" or "welfare"). Starred-out
 * spellings ("f***ing", "sh*t") are matched against the lexicon letter by letter.
 */
import type { Span } from '../types';
import type { CompiledRule } from '../rules/types';
import type { BlockContext, RawFinding } from './index';
import { scoreCues } from './score';
import { isQuoted, planFixes, rawFinding, sentenceOf } from './prose';
import { refineSentences } from './prose';

// Loaded on first use (dist/data/profanity.json in the bundles), as detect/words.ts does.
let cussWords: Record<string, number> | null = null;
const cuss = (): Record<string, number> => (cussWords ??= (require('../../generated/profanity.json') as { cuss: Record<string, number> }).cuss);
let sure: Set<string> | null = null;
/** The words cuss rates sure (2): a lexicon `source: profanity` for other checks' cues (an insult aimed at a colleague). */
export const profanityWords = (): Set<string> => (sure ??= new Set(Object.entries(cuss()).filter(([w, s]) => s >= 2 && /^[a-z]+$/.test(w)).map(([w]) => w)));

let byShape: Map<string, string[]> | null = null;

/** Lexicon words by first letter and length, for reading starred-out spellings. */
function shapes(): Map<string, string[]> {
  if (!byShape) {
    byShape = new Map();
    for (const [word, sure] of Object.entries(cuss())) {
      if (sure < 1 || !/^[a-z]+$/.test(word)) continue;
      const key = `${word[0]}${word.length}`;
      byShape.set(key, [...(byShape.get(key) ?? []), word]);
    }
  }
  return byShape;
}

/** "f***ing" → "fucking": the most certain lexicon word with the same letters where visible. */
export function uncensor(token: string, extra: Set<string>, preferred: Set<string> = new Set()): string | null {
  const t = token.toLowerCase();
  if (!/^[a-z][a-z*]*\*[a-z*]*$/.test(t) || (t.match(/[a-z]/g) ?? []).length < 1) return null;
  const fits = (w: string) => w.length === t.length && [...t].every((c, i) => c === '*' || c === w[i]);
  const candidates = [...(shapes().get(`${t[0]}${t.length}`) ?? []), ...[...extra].filter((w) => w[0] === t[0] && w.length === t.length)].filter(fits);
  // Words the pack has a milder substitute for are the common ones ("fucking", not "fagging").
  const CUSS = cuss();
  candidates.sort((a, b) => Number(preferred.has(b)) - Number(preferred.has(a)) || (CUSS[b] ?? 1) - (CUSS[a] ?? 1) || a.localeCompare(b));
  return candidates[0] ?? null;
}

/** A rule's single-word terms, lower-cased (built once per rule, not per block). */
const extraWords = new WeakMap<CompiledRule, Set<string>>();
function extraOf(rule: CompiledRule): Set<string> {
  let extra = extraWords.get(rule);
  if (!extra) {
    extra = new Set((rule.terms?.terms ?? []).map((t) => t.toLowerCase()).filter((t) => /^[a-z]+$/.test(t)));
    extraWords.set(rule, extra);
  }
  return extra;
}

export function runProfanity(rules: CompiledRule[], ctx: BlockContext): RawFinding[] {
  const { text } = ctx;
  const sentences = refineSentences(text, ctx.sentences);
  const out: RawFinding[] = [];
  const CUSS = cuss();
  for (const rule of rules) {
    const extra = extraOf(rule);
    const hits: (Span & { word: string; via: string })[] = [];
    const WORD = /[\p{L}*][\p{L}*'’]*/gu;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const raw = m[0].replace(/^\*+|['’]+$/g, '');
      const start = m.index + m[0].indexOf(raw);
      const lower = raw.toLowerCase();
      if (!raw || rule.x.skip.has(lower)) continue;
      let sure = CUSS[lower];
      // Plurals the lexicon lists only in the singular ("twats", "dickheads", "arseholes").
      if (sure === undefined && lower.length > 4 && /[^s]s$/.test(lower) && !rule.x.skip.has(lower.slice(0, -1))) sure = CUSS[lower.slice(0, -1)];
      const listed = (sure !== undefined && sure >= rule.x.sureness) || extra.has(lower);
      if (!listed && !raw.includes('*')) continue; // most words: not profanity, not starred out
      // A likely word written as a name mid-sentence ("Dick Alvarez") is a name.
      const asName = listed && /^\p{Lu}\p{Ll}/u.test(raw) && (sure === undefined || sure < 2) && /[\p{L},]\s+$/u.test(text.slice(Math.max(0, start - 3), start));
      if (listed && !asName) {
        hits.push({ start, end: start + raw.length, word: lower, via: sure !== undefined ? `profanity lexicon, sureness ${sure}` : 'listed in the rule' });
        continue;
      }
      if (raw.includes('*')) {
        const word = uncensor(raw, extra, new Set(rule.x.substitutions?.map.keys() ?? []));
        if (word && !rule.x.skip.has(word)) hits.push({ start, end: start + raw.length, word, via: "starred-out profanity" });
      }
    }
    // Multi-word entries and phrases the pack adds ("shit show").
    for (const m of rule.terms?.find(text) ?? []) {
      if (/\s|-/.test(m.term) && !hits.some((h) => h.start < m.end && m.start < h.end)) hits.push({ start: m.start, end: m.end, word: m.term.toLowerCase(), via: 'listed in the rule' });
      else if (/\s|-/.test(m.term)) {
        for (let i = hits.length - 1; i >= 0; i--) if (hits[i].start >= m.start && hits[i].end <= m.end) hits.splice(i, 1);
        hits.push({ start: m.start, end: m.end, word: m.term.toLowerCase(), via: 'listed in the rule' });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    for (const h of hits) {
      // A word held up in quotation marks to be rejected ("not 'junkie' or 'addict'"), unless the lexicon is sure of it.
      if (rule.x.unlessQuoted && isQuoted(text, h) && !((CUSS[h.word] ?? 0) >= 2)) continue;
      const sentence = sentenceOf(sentences, h.start);
      const up = scoreCues(ctx.hits, rule.raise, sentence, [h]);
      const down = scoreCues(ctx.hits, rule.lower, sentence, []);
      const score = rule.strength + up.value + down.value;
      if (score < rule.threshold) continue;
      // The substitution table is keyed by the word; a starred spelling takes the real word's substitute.
      const shown = text.slice(h.start, h.end);
      const label = shown.includes("*") ? shown : h.word;
      const subs = rule.x.substitutions;
      let plans = planFixes(rule, { text, match: h, flagged: h, sentence });
      if (subs && shown.includes('*')) {
        const options = subs.map.get(h.word);
        if (options) plans = [{ type: 'rephrase', title: rule.x.fix.title ?? 'Use a milder word', kind: 'rephrase', safe: false, edits: [{ start: h.start, end: h.end, text: options[0] }] }, ...plans];
      }
      out.push(rawFinding(rule, h, sentence, plans, [`"${label}" (${h.via})`, ...up.cues, ...down.cues.map((c) => `despite ${c}`)], score, true));
    }
  }
  return out;
}
