/**
 * Shared prose helpers for the newer checks: clauses inside a sentence, quoted terms, and the
 * fixes every rewording rule offers (substitutions, templates, a citation placeholder, removing
 * the words or the sentence). All offsets are block offsets.
 */
import type { FixKind, Span } from '../types';
import type { CompiledRule, WeightedLexicon } from '../rules/types';
import { matchesOf, type CueHits } from './score';
import type { Candidate } from '../detect/types';
import type { RawFinding } from './identifier';

export type TextEdit = Span & { text: string };

/**
 * Cue score of one span: like checks/score.ts, but cues elsewhere in the block count `elsewhere`
 * times their weight (0 for clause-level judgements, where a neighbouring rant must not spill
 * into every clause of a paragraph).
 */
export function scoreSpan(hits: CueHits, lexicons: WeightedLexicon[], span: Span, exclude: Span[], elsewhere: number): { value: number; cues: string[] } {
  let value = 0;
  const cues: string[] = [];
  for (const { lexicon, weight, scope } of lexicons) {
    if (scope === 'document') {
      const term = hits.inDocument.get(lexicon.name);
      if (term !== undefined) {
        value += weight;
        cues.push(`${lexicon.name} "${term}"`);
      }
      continue;
    }
    const matches = matchesOf(hits, lexicon).filter((m) => exclude.every((x) => m.end <= x.start || m.start >= x.end));
    const inside = matches.filter((m) => m.start >= span.start && m.end <= span.end);
    const outside = matches.length - inside.length;
    const contribution = weight * Math.min(inside.length, 2) + weight * elsewhere * Math.min(outside, 2);
    if (contribution === 0) continue;
    value += contribution;
    const shown = [...new Set((inside.length ? inside : matches).map((m) => m.term.toLowerCase()))].slice(0, 3);
    cues.push(`${lexicon.name} ${shown.map((t) => `"${t}"`).join(', ')}${inside.length ? '' : ' nearby'}`);
  }
  return { value, cues };
}

export interface FixPlan {
  title: string;
  kind: FixKind;
  safe: boolean;
  edits: TextEdit[];
  /** Which plan this is, for `fix.prefer`. */
  type: 'rephrase' | 'remove' | 'remove-sentence' | 'citation' | 'image';
}

const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * Tweets often start sentences in lower case ("long night. some people ..."); the shared splitter
 * keeps those together. Split them again where a word of three letters or more ends with a
 * period, exclamation or question mark (abbreviations are shorter or listed).
 */
export function refineSentences(text: string, sentences: Span[]): Span[] {
  const out: Span[] = [];
  const ABBR = /^(?:approx|dept|inc|vol|fig|etc|vs|sept|univ|assn|bros|corp|est|govt|misc|mins?|hrs?|yrs?|wks?|mos?|pts?|meds|appt|amt|avg|max|min|ref|tel|temp|wt|ht)$/i;
  for (const s of sentences) {
    let start = s.start;
    // The lookbehind starts a word only at its first letter: without it a long run of letters is quadratic.
    const RE = /((?<![\p{L}])[\p{L}]{3,}|\d)([.!?…]+)\s+(?=[\p{Ll}\d])/gu;
    RE.lastIndex = s.start;
    const slice = text.slice(0, s.end);
    for (let m = RE.exec(slice); m; m = RE.exec(slice)) {
      if (m[2] === '.' && ABBR.test(m[1])) continue;
      const end = m.index + m[1].length + m[2].length;
      if (end - start > 1) out.push({ start, end });
      start = m.index + m[0].length;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

export function sentenceOf(sentences: Span[], at: number): Span {
  return sentences.find((s) => at >= s.start && at < s.end) ?? sentences.find((s) => at <= s.end) ?? { start: 0, end: 0 };
}

/** Drop leading and trailing spaces, closing punctuation and emoji from a span. */
export function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"“”'‘’(\[*_~>\-–—•·]/u.test(text[start])) start++;
  for (;;) {
    if (end <= start) break;
    const c = text[end - 1];
    // An astral character (emoji) goes whole: never leave half a surrogate pair.
    if (/[\uDC00-\uDFFF]/.test(c) && end - 2 >= start && /[\uD800-\uDBFF]/.test(text[end - 2])) end -= 2;
    else if (/[\s.,;:!?…"“”'’)\]*_~\-–—]/u.test(c) || /[\uFE0F\u200D]/.test(c) || EMOJI.test(c) || /[\uDC00-\uDFFF]/.test(c)) end--;
    else break;
  }
  return { start, end: Math.max(start, end) };
}

/**
 * Clauses of a sentence: split at colons, semicolons, dashes, emoji and line-initial list marks.
 * A tweet's "on my break in the staff room and just need to say: whoever decided ..." is two.
 */
export function segmentsOf(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const SPLIT = /(?:[:;](?=\s)|\s[—–-]{1,2}\s|\s*(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}\p{Emoji_Modifier}]*)+\s*)/gu;
  SPLIT.lastIndex = sentence.start;
  let start = sentence.start;
  const slice = text.slice(0, sentence.end);
  for (let m = SPLIT.exec(slice); m; m = SPLIT.exec(slice)) {
    if (m[0].length === 0) {
      SPLIT.lastIndex++;
      continue;
    }
    const s = trim(text, { start, end: m.index });
    if (s.end > s.start) out.push(s);
    start = m.index + m[0].length;
  }
  const last = trim(text, { start, end: sentence.end });
  if (last.end > last.start) out.push(last);
  return out.length ? out : [trim(text, sentence)];
}

export function segmentAt(text: string, sentence: Span, at: number): Span {
  const segments = segmentsOf(text, sentence);
  return segments.find((s) => at >= s.start && at < s.end) ?? segments.find((s) => at < s.end) ?? trim(text, sentence);
}

/** The term stands in quotation marks: it is being talked about ("'Frequent flyer' isn't a diagnosis"). */
export function isQuoted(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 2), span.start);
  const after = text.slice(span.end, span.end + 2);
  return /["“‘'«]\s?$/.test(before) && /^\s?["”’'»]/.test(after);
}

export function wordsBetween(text: string, a: Span, b: Span): number {
  const [x, y] = a.end <= b.start ? [a, b] : [b, a];
  if (y.start <= x.end) return 0;
  return (text.slice(x.end, y.start).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const startsSentence = (text: string, sentence: Span, at: number) => !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, at));

/**
 * Remove words from a sentence and leave it readable: take one neighbouring comma or space
 * with them, and capitalise what now starts the sentence.
 */
export function removalEdits(text: string, span: Span, sentence: Span): TextEdit[] {
  const rest = text.slice(sentence.start, span.start) + text.slice(span.end, sentence.end);
  if (!/[\p{L}\p{N}]/u.test(rest)) return sentenceRemoval(text, sentence);
  let { start, end } = span;
  const after = text.slice(end);
  const before = text.slice(sentence.start, start);
  if (/^,/.test(after) && /,\s*$/.test(before)) {
    // "Our manager, bless her, couldn't" → "Our manager couldn't"
    start = sentence.start + before.search(/,\s*$/);
    end += 1;
  } else if (/^\s*[,;:]?\s+/.test(after) && (startsSentence(text, sentence, start) || /[\s(]$/.test(before) || before === '')) {
    end += /^\s*[,;:]?\s+/.exec(after)![0].length;
    if (startsSentence(text, sentence, start) && /^(?:and|but|so|then)\s+/i.test(text.slice(end))) end += /^(?:and|but|so|then)\s+/i.exec(text.slice(end))![0].length;
  } else if (/\s+$/.test(before)) {
    start -= /\s+$/.exec(before)![0].length;
    if (/[,;]\s*$/.test(text.slice(sentence.start, start)) && /^[.!?]/.test(after)) start -= 1;
  }
  const edits: TextEdit[] = [{ start, end, text: '' }];
  if (startsSentence(text, sentence, span.start) && /^\p{Ll}/u.test(text.slice(end)) && /^(?:\p{Lu}|[#@]\p{L}|\p{Extended_Pictographic})/u.test(text.slice(span.start))) {
    edits[0] = { start, end: end + 1, text: text[end].toUpperCase() };
  }
  return edits;
}

/** Remove a whole sentence with the space after it (or before it, at a block's end). */
export function sentenceRemoval(text: string, sentence: Span): TextEdit[] {
  let { start, end } = sentence;
  const after = /^[ \t]+/.exec(text.slice(end));
  if (after) end += after[0].length;
  else {
    const before = /[ \t]+$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
  }
  return [{ start, end, text: '' }];
}

/** Apply a rule's substitution tables inside `scope`; `choice` picks the n-th replacement where there are several. */
export function substitute(rule: CompiledRule, text: string, scope: Span, sentence: Span, choice = 0): TextEdit[] | null {
  const subs = rule.x.substitutions;
  if (!subs) return null;
  const edits: TextEdit[] = [];
  let last = -1;
  let alternatives = false;
  for (const m of subs.lexicon.find(text, scope.start, scope.end)) {
    if (m.start < last) continue;
    const options = subs.map.get(m.term.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')) ?? subs.map.get(m.term.toLowerCase());
    if (!options) continue;
    if (options.length > 1) alternatives = true;
    const replacement = options[Math.min(choice, options.length - 1)];
    last = m.end;
    if (replacement === '') edits.push(...removalEdits(text, m, sentence));
    else edits.push({ start: m.start, end: m.end, text: /^\p{Lu}/u.test(m.term) && (startsSentence(text, sentence, m.start) || /^\p{Lu}\p{Ll}/u.test(m.term)) ? capitalise(replacement) : replacement });
  }
  if (edits.length === 0 || (choice > 0 && !alternatives)) return null;
  return disjoint(edits);
}

function disjoint(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) continue;
    out.push(e);
  }
  return out;
}

export function applyLocal(text: string, edits: TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Where a sentence's closing punctuation starts (before trailing emoji, quotes and spaces). */
function sentenceEnd(text: string, sentence: Span): number {
  const t = trim(text, sentence);
  return t.end;
}

export interface FixContext {
  text: string;
  /** The words that fired. */
  match: Span;
  /** The flagged span (match, clause or sentence). */
  flagged: Span;
  sentence: Span;
  /** Who or what the sentence is about, as written ("the night manager"), for templates. */
  target?: string;
}

const DEFAULT_TITLES: Record<FixPlan['type'], string> = {
  rephrase: 'Rephrase',
  remove: 'Remove phrase',
  'remove-sentence': 'Remove sentence',
  citation: 'Add a citation placeholder',
  image: 'Remove image',
};

/** Every fix a rewording rule offers, the preferred (or first available) one first. */
export function planFixes(rule: CompiledRule, c: FixContext): FixPlan[] {
  const fix = rule.x.fix;
  const safe = fix.safe ?? false;
  const plans: FixPlan[] = [];
  const { text, sentence } = c;
  const scope = rule.x.span === 'match' ? c.match : c.flagged;
  const seen = new Set<string>();
  const add = (type: FixPlan['type'], edits: TextEdit[] | null, kind: FixKind) => {
    if (!edits || edits.length === 0) return;
    const result = applyLocal(text.slice(sentence.start, sentence.end + 1), edits.map((e) => ({ ...e, start: e.start - sentence.start, end: e.end - sentence.start })));
    if (seen.has(`${type}|${result}`)) return;
    seen.add(`${type}|${result}`);
    plans.push({ type, title: DEFAULT_TITLES[type], kind, safe, edits });
  };
  if (rule.x.substitutions) {
    add('rephrase', substitute(rule, text, scope, sentence, 0), 'rephrase');
    add('rephrase', substitute(rule, text, scope, sentence, 1), 'rephrase');
  }
  if (c.target && rule.x.templates.length) {
    // A clause that ends in closing quotes or brackets takes them along: the template replaces it whole.
    const closing = /^["”’')\]]+/.exec(text.slice(c.flagged.end, sentence.end));
    const seg = closing ? { start: c.flagged.start, end: c.flagged.end + closing[0].length } : c.flagged;
    const atStart = startsSentence(text, sentence, seg.start);
    for (const template of rule.x.templates) {
      let filled = template.replace(/\{target\}/g, c.target).replace(/\{match\}/g, text.slice(c.match.start, c.match.end));
      filled = atStart ? capitalise(filled) : filled[0].toLowerCase() + filled.slice(1);
      add('rephrase', [{ start: seg.start, end: seg.end, text: filled }], 'rephrase');
    }
  }
  if (fix.citation) {
    const at = sentenceEnd(text, sentence);
    add('citation', [{ start: at, end: at, text: fix.citation }], 'citation');
  }
  const removesMatch = rule.x.span === 'match' || fix.prefer === 'remove';
  if (removesMatch) add('remove', removalEdits(text, c.match, sentence), 'remove');
  if (fix.removeSentence !== false) add('remove-sentence', sentenceRemoval(text, sentence), 'remove');
  const prefer = fix.prefer ?? 'rephrase';
  const first = plans.findIndex((p) => p.type === prefer);
  if (first > 0) plans.unshift(...plans.splice(first, 1));
  // The preferred plan carries the rule's title; rewordings after it show what they would write.
  if (plans[0] && fix.title && plans[0].type === prefer) plans[0].title = fix.title;
  for (let i = 1; i < plans.length; i++) {
    if (plans[i].type !== 'rephrase') continue;
    const preview = applyLocal(text.slice(sentence.start, sentence.end), plans[i].edits.map((e) => ({ ...e, start: e.start - sentence.start, end: e.end - sentence.start }))).trim();
    plans[i].title = `${fix.title && prefer === 'rephrase' ? fix.title : 'Rephrase'}: “${preview.length > 60 ? `${preview.slice(0, 57)}…` : preview}”`;
  }
  return plans;
}

/** A finding for a rule of the newer checks, with its fixes. */
export function rawFinding(rule: CompiledRule, flagged: Span, sentence: Span, plans: FixPlan[], cues: string[], score: number, fired: boolean): RawFinding {
  const [first, ...rest] = plans;
  const fix = first?.edits[0] ?? { start: flagged.start, end: flagged.end, text: '' };
  const candidate: Candidate = {
    start: flagged.start,
    end: flagged.end,
    facts: [],
    strength: 0,
    fix,
    extraEdits: first ? first.edits.slice(1) : [],
    fixKind: first?.kind ?? 'remove',
    fixSafe: first?.safe ?? false,
    alternatives: rest.map((p) => ({ title: p.title, kind: p.kind, safe: p.safe, edits: p.edits })),
    sentence,
  };
  return { rule, candidate, cues, score, fired, fixTitle: first?.title ?? 'Remove sentence' };
}
