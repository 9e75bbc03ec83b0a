/**
 * Lexicon check: a phrase from the rule's `terms` fires when every `near` group also matches
 * close by in the same sentence, nothing in `unless` is in the paragraph, and the cue score
 * (strength + raise + lower) reaches the threshold. Most rules of the newer packs are this check
 * with different words: posting from work, photo talk, patient slang, intoxication, threats, claims.
 */
import type { Span } from '../types';
import type { CompiledRule } from '../rules/types';
import type { LexiconMatch } from '../lexicon';
import type { BlockContext, RawFinding } from './index';
import { scoreCues } from './score';
import { isQuoted, planFixes, rawFinding, segmentAt, sentenceOf, trim, wordsBetween } from './prose';
import { refineSentences } from './prose';

function nearMatch(rule: CompiledRule, text: string, m: LexiconMatch, sentence: Span, group: CompiledRule['x']['near'][number]): LexiconMatch | null {
  let best: LexiconMatch | null = null;
  let bestDistance = Infinity;
  for (const n of group.lexicon.find(text, sentence.start, sentence.end)) {
    if (n.start < m.end && m.start < n.end) continue;
    if (group.side === 'after' && n.start < m.end) continue;
    if (group.side === 'before' && n.end > m.start) continue;
    if (rule.x.unlessQuoted && isQuoted(text, n)) continue;
    const d = wordsBetween(text, m, n);
    if (d <= group.within && d < bestDistance) {
      best = n;
      bestDistance = d;
    }
  }
  return best;
}

export function runLexicon(rules: CompiledRule[], ctx: BlockContext): RawFinding[] {
  const { text } = ctx;
  const sentences = refineSentences(text, ctx.sentences);
  const out: RawFinding[] = [];
  // Two rules of one category flagging the very same words say one thing: the higher score keeps it.
  const byCategory = new Map<string, RawFinding[]>();
  for (const rule of rules) {
    if (!rule.terms || !rule.terms.test(text)) continue; // cheap prefilter: one regex per rule and block
    if (rule.x.unless?.test(text)) continue;
    const taken: Span[] = [];
    for (const m of rule.terms.find(text)) {
      if (rule.x.unlessQuoted && isQuoted(text, m)) continue;
      const sentence = sentenceOf(sentences, m.start);
      const parts: LexiconMatch[] = [m];
      let ok = true;
      for (const group of rule.x.near) {
        const n = nearMatch(rule, text, m, sentence, group);
        if (!n) {
          ok = false;
          break;
        }
        parts.push(n);
        // Runs of the same group belong together: "from the ambulance bay between calls".
        for (let more = true; more; ) {
          more = false;
          for (const o of group.lexicon.find(text, sentence.start, sentence.end)) {
            const covered = { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
            if (o.start >= covered.end && wordsBetween(text, covered, o) <= 2 && !parts.includes(o) && !parts.some((p) => p.start === o.start)) {
              parts.push(o);
              more = true;
              break;
            }
          }
        }
      }
      if (!ok) continue;
      const match = { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
      const flagged =
        rule.x.span === 'sentence' ? trim(text, sentence) : rule.x.span === 'segment' ? cover(segmentAt(text, sentence, m.start), match) : match;
      if (taken.some((t) => t.start < flagged.end && flagged.start < t.end)) continue;
      const same = byCategory.get(rule.category) ?? [];
      const twin = same.find((t) => t.candidate.start === flagged.start && t.candidate.end === flagged.end);
      const scored = rule.x.span === 'match' ? sentence : flagged;
      const up = scoreCues(ctx.hits, rule.raise, scored, parts);
      const down = scoreCues(ctx.hits, rule.lower, scored, []);
      const score = rule.strength + up.value + down.value;
      const fired = score >= rule.threshold;
      if (!fired || (twin && twin.score >= score)) continue;
      taken.push(flagged);
      const cues = [...new Set(parts.map((p) => `"${p.term.toLowerCase()}"`))].join(' + ');
      const plans = planFixes(rule, { text, match, flagged, sentence });
      const finding = rawFinding(rule, flagged, sentence, plans, [cues, ...up.cues, ...down.cues.map((c) => `despite ${c}`)], score, fired);
      if (twin) out.splice(out.indexOf(twin), 1);
      byCategory.set(rule.category, [...same.filter((t) => t !== twin), finding]);
      out.push(finding);
    }
  }
  return out;
}

function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
