/**
 * The check registry. A rule's `check:` names one entry here. Block checks see one prose block
 * at a time (and are cached per block); document checks see the whole draft once (platform
 * length, hashtag counts) and report in document offsets.
 *
 * Adding a check kind: add it to the `check` enum in rules/schema.json, write checks/<kind>.ts
 * exporting a BlockCheck or DocumentCheck, and register it below.
 */
import type { Block, FrontMatter, Span } from '../types';
import type { CompiledRule, CompiledRuleSet } from '../rules/types';
import type { LintConfig } from '../config';
import type { CueHits } from './score';
import type { RawFinding } from './identifier';
import { runIdentifiers } from './identifier';
import { runLexicon } from './lexicon';
import { runSentiment } from './sentiment';
import { runProfanity } from './profanity';
import { runHashtags } from './hashtag';
import { runImages } from './image';
import { runLength } from './length';
import { runPatterns } from './pattern';

export interface BlockContext {
  text: string;
  sentences: Span[];
  kind: Block['kind'];
  strict: boolean;
  hits: CueHits;
  rules: CompiledRuleSet;
}

/** Runs every rule of its kind over one block; returns candidates with `fired` decided. */
export type BlockCheck = (rules: CompiledRule[], ctx: BlockContext) => RawFinding[];

export interface DocumentContext {
  text: string;
  blocks: Block[];
  frontMatter: FrontMatter;
  config: LintConfig;
  rules: CompiledRuleSet;
  /** Document-scope lexicons that match somewhere in the draft, with the first term found (lint.ts `draftCues`). */
  inDocument: Map<string, string>;
}

/** Runs over the whole draft; candidate offsets are document offsets. */
export type DocumentCheck = (rules: CompiledRule[], ctx: DocumentContext) => RawFinding[];

export const BLOCK_CHECKS: Partial<Record<CompiledRule['check'], BlockCheck>> = {
  identifier: runIdentifiers,
  'case-detail': runIdentifiers,
  lexicon: runLexicon,
  sentiment: runSentiment,
  profanity: runProfanity,
  hashtag: runHashtags,
  pattern: runPatterns,
};

export const DOCUMENT_CHECKS: Partial<Record<CompiledRule['check'], DocumentCheck>> = {
  image: runImages,
  length: runLength,
};

export type { RawFinding } from './identifier';
