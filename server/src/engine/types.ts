/**
 * Plain data shared by every layer. All offsets are UTF-16 code-unit offsets into the
 * document text exactly as the caller passed it (JavaScript string indices); spans are
 * half-open: `start` inclusive, `end` exclusive.
 */

export const CATEGORIES = [
  'patient-privacy',
  'patient-photo',
  'coworker-complaint',
  'posting-from-work',
  'unprofessional',
  'work-venting',
  'unverified-claim',
  'platform',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Span {
  start: number;
  end: number;
}

/** One text replacement. Edits inside one fix never overlap. */
export interface Edit extends Span {
  newText: string;
}

export type FixKind = 'redact' | 'rephrase' | 'remove' | 'disable' | 'citation';

export interface Fix {
  title: string;
  kind: FixKind;
  edits: Edit[];
  /** Safe fixes are applied unattended by `scrubs fix` and fix-all; the others are only offered. */
  safe: boolean;
}

export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Why it fired: the cue words and detector facts, in the order they weighed. */
  cues: string[];
  /** The flagged text, for allowlisting ("This is not a patient"). */
  term: string;
  /** Recommended fix first. */
  fixes: Fix[];
}

/** A stretch of prose the checks see, with a map back to the document. */
export interface Block {
  /** Prose with markup removed; checks work on this string. */
  text: string;
  /** Sorted pieces: block text [blockOffset, blockOffset+length) came from document [docOffset, ...). */
  pieces: Piece[];
  /** What the block is in the document: paragraph, heading, image-alt, ... */
  kind: BlockKind;
  /** Document span the block covers (for cache keys and "remove sentence"). */
  start: number;
  end: number;
}

export interface Piece {
  blockOffset: number;
  docOffset: number;
  length: number;
  /** Source width; differs from `length` for entities: then the piece maps as a whole. */
  sourceLength: number;
}

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'blockquote'
  | 'table-cell'
  | 'image-alt'
  | 'image-title'
  | 'image-url'
  | 'link-title'
  | 'plaintext';

export interface FrontMatter {
  /** Raw data (whatever the YAML held); `null` when there was none. */
  data: Record<string, unknown> | null;
  /** Document span of the whole front matter including fences. */
  span: Span | null;
  /** Problems reading it (invalid YAML), never fatal. */
  problems: string[];
}

export interface ParsedDocument {
  text: string;
  language: 'markdown' | 'plaintext';
  blocks: Block[];
  frontMatter: FrontMatter;
  /** Inline scrubs directives found in HTML comments or directive lines. */
  directives: Directive[];
}

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  /** Rule ids or categories; empty means every rule. */
  targets: string[];
  /** 0-based line of the directive. */
  line: number;
}
