import type { Category, Severity } from '../types';
import type { Lexicon } from '../lexicon';

/** A rule pack as written in rules/*.yaml (validated against rules/schema.json). */
export interface RulePackData {
  category: Category;
  description?: string;
  severity?: Severity;
  docs?: string;
  lexicons?: Record<string, { weight?: number; description?: string; terms?: string[]; source?: 'medical-terms'; scope?: 'sentence' | 'document' }>;
  rules: RuleData[];
}

export interface RuleData {
  id: string;
  check: 'identifier' | 'case-detail' | 'lexicon' | 'pattern';
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
  fix?: { title?: string; replace?: string };
  examples?: { flag?: string[]; allow?: string[]; fix?: { before: string; after: string }[] };
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
  pattern?: RegExp;
  message: string;
  description: string;
  docs?: string;
  fixTitle: string;
  replace?: string;
  examples: NonNullable<RuleData['examples']>;
  source: string;
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  byId: Map<string, CompiledRule>;
  lexicons: Map<string, WeightedLexicon>;
  /** Changes when the rules change: part of the block-cache key. */
  fingerprint: string;
}
