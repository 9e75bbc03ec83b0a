/**
 * Pattern check: a user rule's regular expression (compiled by rules/safe-pattern.ts with RE2JS,
 * linear time) flags each match whose cue score (strength + raise + lower) reaches the threshold.
 * The recommended fix redacts the match: with the rule's `fix.replace`, else "[redacted]".
 */
import type { CompiledRule } from '../rules/types';
import type { Candidate } from '../detect/types';
import type { BlockContext, RawFinding } from './index';
import { scoreCues } from './score';
import { sentenceOf } from './prose';

export function runPatterns(rules: CompiledRule[], ctx: BlockContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of rules) {
    if (!rule.pattern) continue;
    for (const m of rule.pattern.find(ctx.text)) {
      const sentence = sentenceOf(ctx.sentences, m.start);
      const up = scoreCues(ctx.hits, rule.raise, sentence, [m]);
      const down = scoreCues(ctx.hits, rule.lower, sentence, [m]);
      const score = rule.strength + up.value + down.value;
      const matched = ctx.text.slice(m.start, m.end);
      const candidate: Candidate = {
        ...m,
        facts: ['matches the rule pattern'],
        strength: 0,
        // With fix.replace the linter cases the replacement like the match (lint.ts); without, a plain redaction.
        fix: { ...m, text: rule.replace !== undefined ? matched : '[redacted]' },
        fixKind: 'redact',
        fixSafe: true,
        sentence,
      };
      out.push({ rule, candidate, cues: [...candidate.facts, ...up.cues, ...down.cues.map((c) => `despite ${c}`)], score, fired: score >= rule.threshold });
    }
  }
  return out;
}
