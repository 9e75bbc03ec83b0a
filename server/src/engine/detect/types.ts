import type { BlockKind, FixKind, Span } from '../types';

/** What a detector sees: one block of prose and its sentences. Offsets are block offsets. */
export interface DetectContext {
  text: string;
  sentences: Span[];
  strict: boolean;
  /** What the block is: an image file name reads differently from a paragraph. */
  kind?: BlockKind;
}

/** A possible identifier. The rule's context scoring decides whether it becomes a finding. */
export interface Candidate extends Span {
  /** Facts about the match that explain the score ("honorific Mrs."). */
  facts: string[];
  /** Added to the rule's strength before cues are counted: what the words around it say. */
  strength: number;
  /** How much the text looks like an identifier at all, whatever the context (--strict). Defaults to strength. */
  shape?: number;
  /** The recommended redaction: replace [start, end) with text (block offsets). */
  fix: Span & { text: string };
  /** Further edits of the same redaction (case details touch several words). */
  extraEdits?: (Span & { text: string })[];
  /** Kind and safety of the recommended fix (default: a safe redaction). */
  fixKind?: FixKind;
  fixSafe?: boolean;
  /** More fixes offered after the recommended one (other rewordings, "remove sentence"). */
  alternatives?: { title: string; kind: FixKind; safe: boolean; edits: (Span & { text: string })[] }[];
  /** Fires only in strict mode, whatever the context (a link to any site). */
  strictOnly?: boolean;
  /** The sentence it sits in. */
  sentence: Span;
}

export type Detector = (ctx: DetectContext) => Candidate[];
