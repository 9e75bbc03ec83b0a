import type { Category, Severity } from '../types';
import type { Lexicon } from '../lexicon';

/** A rule pack as written in rules/*.yaml (validated against rules/schema.json). */
export interface RulePackData {
  category: Category;
  description?: string;
  severity?: Severity;
  docs?: string;
  lexicons?: Record<string, { weight?: number; description?: string; terms?: string[]; source?: 'medical-terms' | 'profanity'; scope?: 'sentence' | 'document' }>;
  /** Rewording tables by name: phrase → replacement(s); rules name them in `substitutions`. */
  substitutions?: Record<string, Record<string, string | string[]>>;
  rules: RuleData[];
}

/** A lexicon that must match near a trigger (check: lexicon). */
export interface NearData {
  terms: string[];
  /** Words between the trigger and the match, at most (default 6). */
  within?: number;
  side?: 'before' | 'after' | 'either';
}

export interface RuleData {
  id: string;
  check: 'identifier' | 'case-detail' | 'lexicon' | 'pattern' | 'sentiment' | 'profanity' | 'image' | 'hashtag' | 'length';
  severity?: Severity;
  detector?: string;
  strength?: number;
  threshold?: number;
  raise?: string[];
  lower?: string[];
  strict?: boolean;
  terms?: string[];
  pattern?: string;
  message: string;
  description: string;
  docs?: string;
  fix?: FixData;
  /** check: lexicon — every group must match near the trigger, in the same sentence. */
  near?: NearData[];
  /** What a finding covers: the matched words (default), their clause or the whole sentence. */
  span?: 'match' | 'segment' | 'sentence';
  /** Lexicons that, anywhere in the paragraph, silence the rule (a citation); `quoted`: a term in quotes is talked about, not used. */
  unless?: string[];
  /** check: sentiment — what the sentence must be about (lexicon names). */
  targets?: string[];
  /** check: sentiment — weight of the sentence's negative AFINN valence. */
  valence?: number;
  /** check: sentiment — a sentence right after a flagged one about a target inherits the target. */
  carry?: boolean;
  /** check: sentiment — lexicons of words whose AFINN valence does not count (clinical words: "pain", "risk", "died"). */
  neutral?: string[];
  /** check: sentiment — added when the target is followed by a copula and a negative word ("the attending is rude"). */
  copula?: number;
  /** check: sentiment — next to an insult or sarcasm cue, praise words count against ("truly visionary"). */
  ironic?: boolean;
  /** check: sentiment — the targets are other people: one the writer names as their own role ("I was a terrible intern") does not count. */
  others?: boolean;
  /** check: profanity — the lowest cuss sureness flagged (0 maybe … 2 sure). */
  sureness?: number;
  /** check: profanity — words of the profanity lexicon never flagged (lexicon names or words). */
  skip?: string[];
  /** Substitution tables (pack `substitutions`) that reword the flagged sentence. */
  substitutions?: string[];
  /** Rewordings of the whole sentence; `{target}` is the person or group it is about. */
  templates?: string[];
  /** check: length / hashtag — per platform (`default` for any other). */
  limits?: Record<string, number>;
  /** check: length — how a platform counts: twitter (URLs 23, wide characters 2), mastodon (URLs 23), graphemes, code-points. */
  counting?: Record<string, 'twitter' | 'mastodon' | 'graphemes' | 'code-points'>;
  /** check: length — the character limit, or more hashtags than the platform's good practice. */
  measure?: 'characters' | 'hashtags';
  /** check: hashtag — lexicons for the parts of a tag. */
  tagParts?: { hospitals?: string[]; support?: string[]; acronyms?: string[]; units?: string[]; rooms?: string[]; honorifics?: string[]; generic?: string[] };
  examples?: { flag?: string[]; allow?: string[]; fix?: { before: string; after: string }[] };
}

export interface FixData {
  title?: string;
  replace?: string;
  /** Whether `scrubs fix` may apply the recommended fix unattended (default: true for identifiers, false otherwise). */
  safe?: boolean;
  /** The recommended fix: rephrase (substitutions, templates), remove the matched words, the sentence, or (image) the image. */
  prefer?: 'rephrase' | 'remove' | 'remove-sentence' | 'citation';
  /** Offer "Add a citation placeholder" (text inserted at the sentence end). */
  citation?: string;
  /** Offer "Remove sentence" (default true for rephrase rules). */
  removeSentence?: boolean;
}

/** A pack with the file it came from, as loaders hand it to the compiler. */
export interface RulePackSource {
  file: string;
  data: unknown;
  /** Line of each rule (by index) in the source, for error messages. */
  ruleLines?: number[];
}

export interface WeightedLexicon {
  lexicon: Lexicon;
  weight: number;
  /** 'document': one match anywhere in the draft counts fully. */
  scope: 'sentence' | 'document';
}

export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  check: RuleData['check'];
  detector?: string;
  strength: number;
  threshold: number;
  raise: WeightedLexicon[];
  lower: WeightedLexicon[];
  strict: boolean;
  terms?: import('../lexicon').Lexicon;
  pattern?: import('./safe-pattern').SafePattern;
  message: string;
  description: string;
  docs?: string;
  fixTitle: string;
  replace?: string;
  examples: NonNullable<RuleData['examples']>;
  source: string;
  /** Everything the newer checks (lexicon, sentiment, profanity, image, hashtag, length) read. */
  x: RuleExtras;
}

export interface CompiledNear {
  lexicon: Lexicon;
  within: number;
  side: 'before' | 'after' | 'either';
}

export interface Substitution {
  /** Keys of every table, longest first, matched on word boundaries. */
  lexicon: Lexicon;
  /** Lower-cased key → replacements (first is preferred). */
  map: Map<string, string[]>;
}

export interface RuleExtras {
  near: CompiledNear[];
  span: 'match' | 'segment' | 'sentence';
  unless: Lexicon | null;
  unlessQuoted: boolean;
  targets: Lexicon | null;
  valence: number;
  carry: boolean;
  ironic: boolean;
  others: boolean;
  copula: number;
  neutral: Set<string>;
  sureness: number;
  skip: Set<string>;
  substitutions: Substitution | null;
  templates: string[];
  limits: Record<string, number>;
  counting: Record<string, 'twitter' | 'mastodon' | 'graphemes' | 'code-points'>;
  measure: 'characters' | 'hashtags';
  tagParts: { hospitals: string[]; support: string[]; acronyms: string[]; units: string[]; rooms: string[]; honorifics: string[]; generic: string[] };
  fix: FixData;
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  byId: Map<string, CompiledRule>;
  lexicons: Map<string, WeightedLexicon>;
  /** Changes when the rules change: part of the block-cache key. */
  fingerprint: string;
}
