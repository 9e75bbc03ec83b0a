/**
 * Sentiment check: each clause is scored from AFINN-165 word valences (negation flips and damps
 * the next words, intensifiers and capitals strengthen them), plus the rule's cue lexicons
 * (insults, sarcasm, venting phrases), and fires when the score reaches the threshold and the
 * clause is about one of the rule's `targets` (a colleague, the employer). Keyword-free
 * negativity alone rarely reaches a threshold: "the flu is nasty" has no target, and
 * "pay hasn't risen since 2019" has no insult.
 */
import type { Span } from '../types';
import type { CompiledRule } from '../rules/types';
import type { BlockContext, RawFinding } from './index';
import { planFixes, rawFinding, scoreSpan, segmentsOf } from './prose';
import { refineSentences } from './prose';

// Loaded on first use (dist/data/sentiment.json in the bundles), as detect/words.ts does.
let afinn: { words: Record<string, number>; phrases: Map<string, string[]> } | null = null;
function lexicon(): { words: Record<string, number>; phrases: Map<string, string[]> } {
  if (!afinn) {
    const words = (require('../../generated/sentiment.json') as { afinn: Record<string, number> }).afinn;
    // AFINN's few multi-word entries ("fed up", "not good"), by first word.
    const phrases = new Map<string, string[]>();
    for (const key of Object.keys(words)) {
      if (!key.includes(' ')) continue;
      const first = key.split(' ')[0];
      phrases.set(first, [...(phrases.get(first) ?? []), key]);
    }
    afinn = { words, phrases };
  }
  return afinn;
}

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'hardly', 'barely', 'nobody', 'none', 'nothing', 'neither', 'nor', 'cannot', 'aint', "ain't"]);
const BOOSTERS = new Set(['so', 'very', 'really', 'truly', 'totally', 'completely', 'absolutely', 'utterly', 'extremely', 'genuinely', 'literally', 'seriously', 'such', 'most', 'incredibly', 'ridiculously']);
const DAMPERS = new Set(['bit', 'little', 'slightly', 'somewhat', 'kinda', 'kind', 'sort', 'sorta', 'fairly', 'pretty']);

export interface Valence {
  /** Sum of the clause's word valences after negation and intensifiers. */
  sum: number;
  /** Sum of the negative contributions only. */
  negative: number;
  /** The words that weighed most, for the message. */
  words: string[];
}

/**
 * "a hell of a storm", "one heck of a shift", "sharp as hell" (intensifiers: the word before keeps
 * its own valence), "bloody hell", "hell yeah" (interjections): not a curse, not a judgement.
 */
function idiomaticHell(tokens: { word: string }[], i: number): boolean {
  const word = tokens[i].word;
  const prev = tokens[i - 1]?.word ?? '';
  const next = tokens[i + 1]?.word ?? '';
  if (word === 'bloody') return next === 'hell';
  if (word === 'heck') return (next === 'of' && /^an?$/.test(tokens[i + 2]?.word ?? '')) || (prev === 'as' && i >= 2);
  if (word !== 'hell') return false;
  return (next === 'of' && /^an?$/.test(tokens[i + 2]?.word ?? '')) || (prev === 'as' && i >= 2) || /^(?:bloody|holy|oh)$/.test(prev) || /^(?:yes|yeah|yea|yep)$/.test(next);
}

/** Score one stretch of text with AFINN-165, VADER-style negation (×-0.5) and boosters (×1.5). */
export function valence(text: string, span: Span = { start: 0, end: text.length }, neutral: Set<string> = new Set()): Valence {
  const tokens: { word: string; raw: string }[] = [];
  const WORD = /[\p{L}][\p{L}'’-]*/gu;
  WORD.lastIndex = span.start;
  const slice = text.slice(0, span.end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) tokens.push({ word: m[0].toLowerCase().replace(/’/g, "'"), raw: m[0] });
  const { words: AFINN, phrases: PHRASES } = lexicon();
  const shouting = tokens.filter((t) => t.raw.length > 1 && t.raw === t.raw.toUpperCase()).length;
  const allCaps = shouting > tokens.length / 2;
  let sum = 0;
  let negative = 0;
  const weighed: { word: string; v: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { word, raw } = tokens[i];
    let key = word;
    let span = 1;
    for (const phrase of PHRASES.get(word) ?? []) {
      const n = phrase.split(' ').length;
      if (tokens.slice(i, i + n).map((t) => t.word).join(' ') === phrase) {
        key = phrase;
        span = n;
      }
    }
    if (neutral.has(key) || neutral.has(word)) continue;
    if (idiomaticHell(tokens, i)) continue;
    let v = AFINN[key];
    if (v === undefined && word.endsWith("'s")) v = AFINN[word.slice(0, -2)];
    if (v === undefined) continue;
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.word);
    if (before.some((w) => NEGATORS.has(w) || w.endsWith("n't"))) v *= -0.5;
    const prev = before[before.length - 1];
    if (prev && BOOSTERS.has(prev)) v *= 1.5;
    else if (prev && DAMPERS.has(prev)) v *= 0.5;
    if (!allCaps && raw.length > 1 && raw === raw.toUpperCase()) v *= 1.5;
    sum += v;
    if (v < 0) negative += v;
    weighed.push({ word: tokens.slice(i, i + span).map((t) => t.raw).join(' '), v });
    i += span - 1;
  }
  const words = weighed.filter((w) => w.v < 0).sort((a, b) => a.v - b.v).slice(0, 3).map((w) => w.word.toLowerCase());
  return { sum, negative, words };
}

const DETERMINER = /(?:\b(?:the|our|my|your|their|this|that|a\s+certain|whoever|a|an|one\s+of\s+the|some)\s+)+(?:(?:so-called|so\s+called|new|day|night|evening|current|head|lead|senior|junior|charge)\s+)*$/i;

/** The target as the writer named it, with its determiner ("our manager"), for templates. */
function targetPhrase(text: string, t: Span): string {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const det = DETERMINER.exec(before);
  let phrase = (det ? det[0] : '') + text.slice(t.start, t.end);
  phrase = phrase.replace(/\b(?:a\s+certain|whoever|one\s+of\s+the|some)\s+/i, 'the ').replace(/\bso[-\s]called\s+/i, '').replace(/\s+/g, ' ').trim();
  if (!/^(?:the|our|my|your|their|this|that|dr\.?)\b/i.test(phrase) && /^\p{Ll}/u.test(phrase)) phrase = `the ${phrase}`;
  return phrase.replace(/^(The|Our|My|Your|Their|This|That)\b/, (w) => w.toLowerCase());
}

const COPULA = /^\s*(?:[,]?\s*(?:who|that)\s+)?(?:is|are|was|were|'s|’s|has\s+been|have\s+been|is\s+being|are\s+being|acts|act|seems|seem|looks|sounds)\s+(?:(?:so|such|very|really|truly|totally|completely|absolutely|just|a|an|the|most|an?\s+absolute|a\s+total|a\s+complete)\s+)*([\p{L}'’-]+)/iu;

/** "the attending is rude", "admin are clueless": a target, a copula and a negative word right after it. */
function negativePredicate(text: string, target: { end: number }, segment: Span, neutral: Set<string>): string | null {
  const m = COPULA.exec(text.slice(target.end, segment.end));
  if (!m) return null;
  const word = m[1].toLowerCase().replace(/’/g, "'");
  if (neutral.has(word)) return null;
  const v = lexicon().words[word];
  return v !== undefined && v < 0 ? word : null;
}

/**
 * The writer naming their own role ("I was a terrible intern", "Being a respiratory therapist is...",
 * "pharmacy tech life:") is not talking about a colleague.
 */
const SELF_BEFORE = /(?:\b(?:i\s+was|i'm|i’m|im|i\s+am|i've\s+been|i’ve\s+been|i\s+have\s+been|i\s+used\s+to\s+be|i\s+became|becoming|(?<!imagine\s)being|me,|myself,?)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2})$/iu;
const SELF_AFTER = /^\s*(?:[\p{L}-]+\s+)?life\b/iu;
export function selfReference(text: string, t: Span): boolean {
  return SELF_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) || SELF_AFTER.test(text.slice(t.end, t.end + 20));
}

/** Things a department or role word can qualify: "the pharmacy shortage", "the ICU budget". */
const THING_AFTER = /^['’]?s?\s+(?:shortages?|budgets?|hours|software|systems?|computers?|printers?|phones?|pagers?|queues?|lines?|backlogs?|polic(?:y|ies)|workload|stock|suppl(?:y|ies)|costs?|prices?|fees?|parking|wi-?fi|building|renovations?|construction|food|cafeteria|coffee|machines?|website|app|portal|emails?|forms?|paperwork|fridge|elevators?|lifts?|bills?|rota|roster|schedule|scheduling|update|upgrade|equipment|supply\s+chain)\b/i;
/** "it is not the pharmacists' fault": the target is cleared, not blamed. */
const CLEARED = /\bnot\s+(?:the|our|their|his|her|my|your)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A target word that is not a person here: it qualifies a thing, or the sentence clears it. */
function notAboutPeople(text: string, t: Span): boolean {
  const after = text.slice(t.end, t.end + 40);
  if (THING_AFTER.test(after)) return true;
  return CLEARED.test(text.slice(Math.max(0, t.start - 30), t.start)) && /^['’]s?\s+fault\b|^\s+fault\b|^['’]\s+fault\b/i.test(after);
}

interface Scored {
  sentence: Span;
  segment: Span;
  own: boolean;
  target: { phrase: string; term: string } | null;
  v: Valence;
  up: { value: number; cues: string[] };
  down: { value: number; cues: string[] };
  predicate: string | null;
  score: number;
}

export function runSentiment(rules: CompiledRule[], ctx: BlockContext): RawFinding[] {
  const { text } = ctx;
  const sentences = refineSentences(text, ctx.sentences);
  const out: RawFinding[] = [];
  const clauses = sentences.flatMap((sentence) => segmentsOf(text, sentence).map((segment) => ({ sentence, segment })));
  const scores = new Map<string, Valence>();
  const valenceOf = (s: Span, neutral: Set<string>) => {
    const key = `${s.start}:${s.end}:${neutral.size}`;
    let v = scores.get(key);
    if (!v) scores.set(key, (v = valence(text, s, neutral)));
    return v;
  };
  for (const rule of rules) {
    const found = rule.x.targets ? rule.x.targets.find(text) : null;
    if (rule.x.targets && found!.length === 0) continue; // prefilter: nothing in this block is a target
    if (rule.x.unless?.test(text)) continue;
    const targets = found?.filter((t) => !(rule.x.others && selfReference(text, t)) && !notAboutPeople(text, t));
    let carried: { phrase: string; term: string } | null = null;
    let carriedFrom = -1;
    const scored: (Scored | null)[] = [];
    clauses.forEach(({ sentence, segment }, index) => {
      // The emoji or punctuation that closes a clause belongs to its tone ("truly a master of her craft 🙄").
      const next = clauses[index + 1];
      const toned = { start: segment.start, end: next && next.sentence === sentence ? next.segment.start : sentence.end };
      const own = targets?.find((t) => t.start >= segment.start && t.end <= segment.end);
      const target = own ? { phrase: targetPhrase(text, own), term: own.term } : rule.x.carry && carriedFrom === index - 1 ? carried : null;
      if (own) {
        carried = { phrase: targetPhrase(text, own), term: own.term };
        carriedFrom = index;
      }
      if (rule.x.targets && !target) return void scored.push(null);
      const v = valenceOf(segment, rule.x.neutral);
      const up = scoreSpan(ctx.hits, rule.raise, toned, [], 0);
      const down = scoreSpan(ctx.hits, rule.lower, toned, [], 0);
      // An insult or sarcasm cue turns praise words into part of the jab ("truly visionary").
      const negativity = rule.x.ironic && up.value > 0 ? -v.negative + Math.max(0, v.sum - v.negative) * 0.5 : Math.max(0, -v.sum);
      const predicate = rule.x.copula && own ? negativePredicate(text, own, segment, rule.x.neutral) : null;
      const score = rule.strength + rule.x.valence * negativity + up.value + down.value + (predicate ? rule.x.copula : 0);
      scored.push({ sentence, segment, own: !!own, target, v, up, down, predicate, score });
      if (score >= rule.threshold && rule.x.carry && target) carriedFrom = index; // a rant goes on: the next clause may inherit it
    });
    // Weak cues in two clauses of one rant add up: neither reaches the threshold alone, each lends
    // the other half its cue weight, and the stronger of the two is flagged once
    // ("Shoutout to the hospitalist who went home. Detective work of the century.").
    if (rule.x.carry) {
      for (let i = 0; i + 1 < scored.length; i++) {
        const a = scored[i];
        const b = scored[i + 1];
        if (!a || !b || !b.target || b.own || a.score >= rule.threshold || b.score >= rule.threshold) continue;
        if (!(a.up.value > 0 && b.up.value > 0 && a.down.value >= 0 && b.down.value >= 0)) continue;
        const [x, y] = a.score + b.up.value / 2 >= b.score + a.up.value / 2 ? [a, b] : [b, a];
        const combined = x.score + y.up.value / 2;
        if (combined < rule.threshold) continue;
        x.score = combined;
        x.up = { value: x.up.value, cues: [...x.up.cues, ...y.up.cues.map((cue) => `${cue} in the clause beside it`)] };
        i++;
      }
    }
    for (const c of scored) {
      if (!c || c.score < rule.threshold) continue;
      const { sentence, segment, target, v, up, down, predicate, score } = c;
      const cues: string[] = [];
      if (target) cues.push(c.own ? `about "${target.term.toLowerCase()}"` : `about "${target.term.toLowerCase()}" in the sentence before`);
      if (predicate) cues.push(`called "${predicate}"`);
      cues.push(...up.cues);
      if (rule.x.valence && v.words.length) cues.push(`negative words ${v.words.map((w) => `"${w}"`).join(', ')}`);
      cues.push(...down.cues.map((cue) => `despite ${cue}`));
      const plans = planFixes(rule, { text, match: segment, flagged: segment, sentence, target: target?.phrase });
      out.push(rawFinding(rule, segment, sentence, plans, cues, score, true));
    }
  }
  return out;
}
