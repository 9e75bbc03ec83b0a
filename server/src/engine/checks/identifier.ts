/** Identifier check: a detector proposes candidates; context cues decide which are findings. */
import type { CompiledRule } from '../rules/types';
import type { Candidate, DetectContext } from '../detect/types';
import { DETECTORS } from '../detect';
import { scoreCues, type CueHits } from './score';

export interface RawFinding {
  rule: CompiledRule;
  candidate: Candidate;
  cues: string[];
  score: number;
}

/** In strict mode a candidate fires on its own strength unless it is this weak. */
const STRICT_FLOOR = -1.5;

export function runIdentifier(rule: CompiledRule, ctx: DetectContext, hits: CueHits, detector = DETECTORS[rule.detector!]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const candidate of detector(ctx)) {
    const up = scoreCues(hits, rule.raise, candidate.sentence, candidate);
    const down = scoreCues(hits, rule.lower, candidate.sentence, candidate);
    const base = rule.strength + candidate.strength;
    const score = base + up.value + down.value;
    const strictFire = ctx.strict && rule.strict && candidate.strength >= STRICT_FLOOR;
    if (score >= rule.threshold || strictFire) {
      out.push({ rule, candidate, cues: [...candidate.facts, ...up.cues, ...down.cues.map((c) => `despite ${c}`)], score });
    }
  }
  return out;
}
