/** Identifier check: a detector proposes candidates; context cues decide which are findings. */
import type { CompiledRule, CompiledRuleSet } from '../rules/types';
import type { Candidate, Detector } from '../detect/types';
import type { BlockContext } from './index';
import { DETECTORS } from '../detect';
import { makeCaseDetails } from '../detect/case-details';
import { Lexicon } from '../lexicon';
import { scoreCues, type CueHits } from './score';

export interface RawFinding {
  rule: CompiledRule;
  candidate: Candidate;
  cues: string[];
  score: number;
  /** Whether it is a finding on its own; unfired candidates can still fire by agreement (lint.ts). */
  fired: boolean;
  /** Title of the recommended fix when it is not the rule's `fix.title` (a rewording rule whose preferred fix did not apply). */
  fixTitle?: string;
}

/** In strict mode a candidate fires on its own strength unless it is this weak. */
const STRICT_FLOOR = -1;

/**
 * Score candidates by the cues around them. Cue words inside any identifier ("Public Library" in
 * an employer's name, "room" in "room 12") say nothing about context and are skipped.
 */
export function scoreCandidates(rule: CompiledRule, candidates: Candidate[], hits: CueHits, identifiers: Candidate[]): RawFinding[] {
  const out: RawFinding[] = [];
  // One exclusion list for the block (the candidate is usually among the identifiers): scoreCues
  // indexes it once, instead of a copy per candidate (quadratic in a long paragraph).
  const known = new Set(identifiers);
  for (const candidate of candidates) {
    const exclude = known.has(candidate) ? identifiers : [candidate, ...identifiers];
    const up = scoreCues(hits, rule.raise, candidate.sentence, exclude);
    const down = scoreCues(hits, rule.lower, candidate.sentence, exclude);
    const score = rule.strength + candidate.strength + up.value + down.value;
    out.push({ rule, candidate, cues: [...candidate.facts, ...up.cues, ...down.cues.map((c) => `despite ${c}`)], score, fired: false });
  }
  return out;
}

/**
 * Identifiers keep each other company: a name in the same sentence as a room number or a
 * record number is far more likely a patient's. Each other plausible identifier in the sentence
 * adds to the score (1.5 for the first, 0.5 for the next).
 */
export function addCoOccurrence(all: RawFinding[]): void {
  const plausible = all.filter((r) => r.rule.check === 'identifier' && r.rule.strength + r.candidate.strength >= 1);
  for (const r of all) {
    if (r.rule.check !== 'identifier') continue;
    const s = r.candidate.sentence;
    const others = plausible.filter(
      (o) => o !== r && o.rule.id !== r.rule.id && o.candidate.sentence.start === s.start && (o.candidate.end <= r.candidate.start || o.candidate.start >= r.candidate.end),
    );
    if (others.length === 0) continue;
    r.score += 1.5 + (others.length > 1 ? 0.5 : 0);
    r.cues.push(`next to ${others[0].candidate.facts[0] ?? 'another identifier'}`);
  }
}

export function decide(all: RawFinding[], strict: boolean): void {
  for (const r of all) {
    const strictFire = strict && r.rule.strict && (r.candidate.shape ?? r.candidate.strength) >= STRICT_FLOOR;
    r.fired = strictFire || (!r.candidate.strictOnly && r.score >= r.rule.threshold);
    if (strictFire && (r.candidate.strictOnly || r.score < r.rule.threshold)) r.cues = ['strict mode flags every identifier', ...r.cues];
  }
}

/** Identifiers that, once they fire, make a paragraph about one patient. */
const ANCHORS = new Set(['person-name', 'room-number', 'age-over-89', 'id-number', 'ssn', 'phone', 'email', 'street-address']);

/**
 * A paragraph about a patient colours its other details: an identifier that nearly fired (within
 * a point of its threshold) fires when another sentence of the paragraph names the patient, a room
 * or a record ("Mrs. Adeyemi went home. She wants to be back at the Harlow Road Co-op by summer").
 */
export function addParagraphSupport(all: RawFinding[]): void {
  const anchors = all.filter((r) => r.fired && r.rule.check === 'identifier' && ANCHORS.has(r.rule.detector ?? ''));
  if (anchors.length === 0) return;
  for (const r of all) {
    if (r.fired || r.rule.check !== 'identifier' || r.candidate.strictOnly || r.score < r.rule.threshold - 1) continue;
    const c = r.candidate;
    if (c.shape !== undefined && c.shape < 0) continue; // a word that hardly looks like a name ("the first bill")
    const other = anchors.find((a) => a.candidate.sentence.start !== c.sentence.start && (a.candidate.end <= c.start || a.candidate.start >= c.end));
    if (!other) continue;
    r.score += 1;
    r.cues.push(`in a paragraph about a patient (${other.candidate.facts[0] ?? 'another identifier'})`);
    r.fired = r.score >= r.rule.threshold;
  }
}

const caseDetectors = new WeakMap<CompiledRuleSet, Detector>();
function caseDetector(rules: CompiledRuleSet): Detector {
  let d = caseDetectors.get(rules);
  if (!d) {
    d = makeCaseDetails(rules.lexicons.get('rare-events')?.lexicon ?? new Lexicon('rare-events', []));
    caseDetectors.set(rules, d);
  }
  return d;
}

/** Identifier and case-detail rules run together: they exclude and support each other. */
export function runIdentifiers(rules: CompiledRule[], ctx: BlockContext): RawFinding[] {
  const detected = rules.map((rule) => ({ rule, candidates: (rule.check === 'case-detail' ? caseDetector(ctx.rules) : DETECTORS[rule.detector!])(ctx) }));
  const identifiers = detected.filter((d) => d.rule.check === 'identifier').flatMap((d) => d.candidates);
  const out: RawFinding[] = [];
  for (const { rule, candidates } of detected) out.push(...scoreCandidates(rule, candidates, ctx.hits, identifiers));
  addCoOccurrence(out);
  decide(out, ctx.strict);
  addParagraphSupport(out);
  return out;
}
