/**
 * Context scoring: cue words near a candidate raise or lower its score. A cue in the same sentence
 * counts fully, one elsewhere in the block half; each cue list counts at most twice, so a long
 * paragraph cannot pile up weight.
 */
import type { Span } from '../types';
import type { WeightedLexicon } from '../rules/types';
import type { LexiconMatch } from '../lexicon';

export interface CueHits {
  /** Matches of every sentence-scope lexicon in the block, by lexicon name (computed once per block). */
  byLexicon: Map<string, LexiconMatch[]>;
  /** Document-scope lexicons that matched somewhere in the draft, with the first term found. */
  inDocument: Map<string, string>;
}

export function cueHits(text: string, lexicons: Iterable<WeightedLexicon>, inDocument: Map<string, string> = new Map()): CueHits {
  const byLexicon = new Map<string, LexiconMatch[]>();
  for (const { lexicon, scope } of lexicons) {
    if (scope === 'sentence' && !byLexicon.has(lexicon.name)) byLexicon.set(lexicon.name, lexicon.find(text));
  }
  return { byLexicon, inDocument };
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

export function scoreCues(hits: CueHits, lexicons: WeightedLexicon[], sentence: Span, exclude: Span[]): Score {
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
    const matches = (hits.byLexicon.get(lexicon.name) ?? []).filter((m) => exclude.every((x) => m.end <= x.start || m.start >= x.end));
    const inSentence = matches.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const elsewhere = matches.length - inSentence.length;
    const contribution = weight * Math.min(inSentence.length, 2) + (weight / 2) * Math.min(elsewhere, 2);
    if (contribution === 0) continue;
    value += contribution;
    const shown = [...new Set((inSentence.length ? inSentence : matches).map((m) => m.term.toLowerCase()))].slice(0, 3);
    cues.push(`${lexicon.name} ${shown.map((t) => `"${t}"`).join(', ')}`);
  }
  return { value, cues };
}
