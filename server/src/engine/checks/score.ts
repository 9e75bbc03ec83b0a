/**
 * Context scoring: cue words near a candidate raise or lower its score. A cue in the same sentence
 * counts fully, one elsewhere in the block half; each cue list counts at most twice, so a long
 * paragraph cannot pile up weight.
 */
import type { Span } from '../types';
import type { WeightedLexicon } from '../rules/types';
import type { Lexicon, LexiconMatch } from '../lexicon';

export interface CueHits {
  /** The block the matches are in. */
  text: string;
  /** Matches of sentence-scope lexicons in the block, by lexicon name: found on first use (`matchesOf`), kept for the block's other rules. */
  byLexicon: Map<string, LexiconMatch[]>;
  /** Document-scope lexicons that matched somewhere in the draft, with the first term found. */
  inDocument: Map<string, string>;
}

/**
 * A block's cue matches, looked up lazily: most blocks hold no candidate and no trigger word, so
 * most cue lexicons are never run over them.
 */
export function cueHits(text: string, inDocument: Map<string, string> = new Map()): CueHits {
  return { text, byLexicon: new Map(), inDocument };
}

export function matchesOf(hits: CueHits, lexicon: Lexicon): LexiconMatch[] {
  let matches = hits.byLexicon.get(lexicon.name);
  if (!matches) hits.byLexicon.set(lexicon.name, (matches = lexicon.find(hits.text)));
  return matches;
}

/** Which document-scope lexicons match anywhere in the draft (part of the block cache key). */
export function documentCues(blocks: string[], lexicons: Iterable<WeightedLexicon>): Map<string, string> {
  const found = new Map<string, string>();
  for (const { lexicon, scope } of lexicons) {
    if (scope !== 'document' || found.has(lexicon.name)) continue;
    for (const text of blocks) {
      const m = lexicon.find(text)[0];
      if (m) {
        found.set(lexicon.name, m.term.toLowerCase());
        break;
      }
    }
  }
  return found;
}

export interface Score {
  value: number;
  cues: string[];
}

/** Spans sorted by start with a running maximum of their ends, built once per exclusion list. */
const exclusionIndex = new WeakMap<Span[], { spans: Span[]; maxEnd: number[] }>();

/** Whether a match overlaps none of `exclude`: a plain scan for a few spans, a binary search for many. */
function keptBy(exclude: Span[]): (m: Span) => boolean {
  if (exclude.length < 16) return (m) => exclude.every((x) => m.end <= x.start || m.start >= x.end);
  let ix = exclusionIndex.get(exclude);
  if (!ix) {
    const spans = [...exclude].sort((a, b) => a.start - b.start);
    let max = -Infinity;
    ix = { spans, maxEnd: spans.map((s) => (max = Math.max(max, s.end))) };
    exclusionIndex.set(exclude, ix);
  }
  const { spans, maxEnd } = ix;
  return (m) => {
    let lo = 0;
    for (let hi = spans.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < m.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && maxEnd[i] > m.start; i--) if (spans[i].end > m.start) return false;
    return true;
  };
}

/** A block's matches of one lexicon sorted by start, with their index in the list (built once per list). */
const sortedMatches = new WeakMap<LexiconMatch[], { m: LexiconMatch; i: number }[]>();
function byStart(list: LexiconMatch[]): { m: LexiconMatch; i: number }[] {
  let sorted = sortedMatches.get(list);
  if (!sorted) {
    sorted = list.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || a.i - b.i);
    sortedMatches.set(list, sorted);
  }
  return sorted;
}

export function scoreCues(hits: CueHits, lexicons: WeightedLexicon[], sentence: Span, exclude: Span[]): Score {
  let value = 0;
  const cues: string[] = [];
  const kept = keptBy(exclude);
  for (const { lexicon, weight, scope } of lexicons) {
    if (scope === 'document') {
      const term = hits.inDocument.get(lexicon.name);
      if (term !== undefined) {
        value += weight;
        cues.push(`${lexicon.name} "${term}"`);
      }
      continue;
    }
    // A paragraph can hold thousands of matches and candidates: find the sentence's matches by binary
    // search and stop counting the others at two (all the score uses), so scoring stays linear.
    const all = matchesOf(hits, lexicon);
    const inside = (m: LexiconMatch) => m.start >= sentence.start && m.end <= sentence.end;
    const sorted = byStart(all);
    let lo = 0;
    for (let hi = sorted.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].m.start < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    const found: { m: LexiconMatch; i: number }[] = [];
    for (let j = lo; j < sorted.length && sorted[j].m.start <= sentence.end; j++) if (inside(sorted[j].m) && kept(sorted[j].m)) found.push(sorted[j]);
    const inSentence = found.sort((a, b) => a.i - b.i).map((x) => x.m);
    let elsewhere = 0;
    for (let j = 0; j < all.length && elsewhere < 2; j++) if (!inside(all[j]) && kept(all[j])) elsewhere++;
    const contribution = weight * Math.min(inSentence.length, 2) + (weight / 2) * Math.min(elsewhere, 2);
    if (contribution === 0) continue;
    value += contribution;
    let shown: string[];
    if (inSentence.length) shown = [...new Set(inSentence.map((m) => m.term.toLowerCase()))].slice(0, 3);
    else {
      const terms = new Set<string>();
      for (let j = 0; j < all.length && terms.size < 3; j++) if (kept(all[j])) terms.add(all[j].term.toLowerCase());
      shown = [...terms];
    }
    cues.push(`${lexicon.name} ${shown.map((t) => `"${t}"`).join(', ')}`);
  }
  return { value, cues };
}
