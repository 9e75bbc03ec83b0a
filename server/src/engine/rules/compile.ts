/** Rule data → compiled rules. Errors name the pack file, the line and the field at fault. */
import type { ErrorObject } from 'ajv';
import schema from '../../../../rules/schema.json';
import { Lexicon } from '../lexicon';
import { CATEGORIES, type Severity } from '../types';
import type { CompiledRule, CompiledRuleSet, RuleData, RuleExtras, RulePackData, RulePackSource, WeightedLexicon } from './types';
import { DETECTORS } from '../detect';
import { compileUserPattern, type SafePattern } from './safe-pattern';
import { wordList } from '../detect/words';
import { profanityWords } from '../checks/profanity';

export interface RuleProblem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

export function formatProblem(p: RuleProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;
}

let validator: import('ajv').ValidateFunction | null = null;
function validatePack(data: unknown): ErrorObject[] {
  // Required on first use: the built-in packs are validated at build time, so a run without user
  // packs never evaluates ajv (a few tens of milliseconds of every start-up).
  if (!validator) {
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return path ? `${path}.${extra}` : extra;
  }
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return path ? `${path}.${missing}` : missing;
  }
  return path || '(pack)';
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return 'is not a known field';
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'enum') return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return error.message ?? 'is invalid';
}

/**
 * Compile packs into one rule set. Packs that fail validation are skipped whole; a rule that
 * fails compiling is skipped; every problem is reported and the rest keeps working.
 */
export function compileRules(sources: RulePackSource[], options: { validate?: boolean | ((source: RulePackSource) => boolean) } = {}): { ruleSet: CompiledRuleSet; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const lexicons = new Map<string, WeightedLexicon>();
  const valid: { source: RulePackSource; pack: RulePackData }[] = [];
  for (const source of sources) {
    const shouldValidate = typeof options.validate === 'function' ? options.validate(source) : options.validate !== false;
    if (shouldValidate) {
      const errors = validatePack(source.data);
      if (errors.length) {
        for (const e of errors.slice(0, 5)) {
          const ruleIndex = /^\/rules\/(\d+)/.exec(e.instancePath);
          problems.push({ file: source.file, line: ruleIndex ? source.ruleLines?.[Number(ruleIndex[1])] : undefined, field: fieldOf(e), message: describe(e) });
        }
        continue;
      }
    }
    const pack = source.data as RulePackData;
    valid.push({ source, pack });
    for (const [name, lex] of Object.entries(pack.lexicons ?? {})) {
      lexicons.set(name, { lexicon: new Lexicon(name, lex.terms ?? [], lex.source === 'profanity' ? profanityWords : lex.source ? wordList(lex.source) : undefined), weight: lex.weight ?? 1, scope: lex.scope ?? 'sentence' });
    }
  }

  const rules: CompiledRule[] = [];
  const byId = new Map<string, CompiledRule>();
  for (const { source, pack } of valid) {
    pack.rules.forEach((rule, index) => {
      const line = source.ruleLines?.[index];
      const at = (field: string, message: string) => problems.push({ file: source.file, line, field: `rules[${index}].${field}`, message });
      const compiled = compileRule(rule, pack, source.file, lexicons, at);
      if (!compiled) return;
      if (byId.has(compiled.id)) byId.delete(compiled.id); // a later pack overrides a rule of the same id
      byId.set(compiled.id, compiled);
    });
  }
  rules.push(...byId.values());
  const fingerprint = hashString(JSON.stringify(sources.map((s) => s.data)));
  return { ruleSet: { rules, byId, lexicons, fingerprint }, problems };
}

function compileRule(
  rule: RuleData,
  pack: RulePackData,
  file: string,
  lexicons: Map<string, WeightedLexicon>,
  at: (field: string, message: string) => void,
): CompiledRule | null {
  const id = `${pack.category}/${rule.id}`;
  const resolve = (names: string[] | undefined, field: string): WeightedLexicon[] | null => {
    const out: WeightedLexicon[] = [];
    for (const name of names ?? []) {
      const lex = lexicons.get(name);
      if (!lex) {
        at(field, `unknown lexicon "${name}"`);
        return null;
      }
      out.push(lex);
    }
    return out;
  };
  const raise = resolve(rule.raise, 'raise');
  const lower = resolve(rule.lower, 'lower');
  if (!raise || !lower) return null;
  if ((rule.check === 'identifier' || rule.check === 'case-detail') && (!rule.detector || !DETECTORS[rule.detector])) {
    at('detector', rule.detector ? `unknown detector "${rule.detector}" (known: ${Object.keys(DETECTORS).join(', ')})` : 'is required for this check');
    return null;
  }
  let terms: Lexicon | undefined;
  if (rule.check === 'lexicon' || (rule.terms?.length && rule.check !== 'identifier' && rule.check !== 'case-detail')) {
    if (!rule.terms?.length) {
      at('terms', 'is required for check: lexicon');
      return null;
    }
    const words = rule.terms.flatMap((t) => lexicons.get(t)?.lexicon.terms ?? [t]);
    terms = new Lexicon(id, words);
  }
  let pattern: SafePattern | undefined;
  if (rule.check === 'pattern') {
    if (typeof rule.pattern !== 'string' || !rule.pattern) {
      at('pattern', 'is required for check: pattern');
      return null;
    }
    // Linear-time RE2 matching: a hostile pattern is refused here, with the reason, and the other rules run on.
    const compiled = compileUserPattern(rule.pattern);
    if ('problem' in compiled) {
      at('pattern', compiled.problem);
      return null;
    }
    pattern = compiled.pattern;
  }
  const severity: Severity = rule.severity ?? pack.severity ?? 'warning';
  if (!(CATEGORIES as readonly string[]).includes(pack.category)) return null;
  const x = compileExtras(rule, pack, id, lexicons, at);
  if (!x) return null;
  return {
    id,
    category: pack.category,
    severity,
    check: rule.check,
    detector: rule.detector,
    strength: rule.strength ?? 0,
    threshold: rule.threshold ?? (rule.check === 'identifier' || rule.check === 'case-detail' ? 2 : 0),
    raise,
    lower,
    strict: rule.strict ?? rule.check === 'identifier',
    terms,
    pattern,
    message: rule.message,
    description: rule.description,
    docs: rule.docs ?? (pack.docs ? `${pack.docs}#${rule.id}` : undefined),
    fixTitle: rule.fix?.title ?? 'Redact identifier',
    replace: rule.fix?.replace,
    examples: rule.examples ?? {},
    source: file,
    x,
  };
}

/** Lexicon names or literal terms → one lexicon (built-in word lists keep their lookup). */
function termLexicon(name: string, names: string[], lexicons: Map<string, WeightedLexicon>): Lexicon {
  const single = names.length === 1 ? lexicons.get(names[0]) : undefined;
  if (single) return single.lexicon;
  return new Lexicon(name, names.flatMap((t) => lexicons.get(t)?.lexicon.terms ?? [t]));
}

/** Fields of the newer checks, with their defaults; problems name the field. */
function compileExtras(rule: RuleData, pack: RulePackData, id: string, lexicons: Map<string, WeightedLexicon>, at: (field: string, message: string) => void): RuleExtras | null {
  const unknown = (field: string, names: string[] | undefined, reserved: string[] = []) => {
    const bad = (names ?? []).find((n) => !reserved.includes(n) && !lexicons.has(n));
    if (bad) at(field, `unknown lexicon "${bad}"`);
    return !bad;
  };
  if (!unknown('targets', rule.targets) || !unknown('unless', rule.unless, ['quoted'])) return null;
  let substitutions: RuleExtras['substitutions'] = null;
  if (rule.substitutions?.length) {
    const map = new Map<string, string[]>();
    for (const name of rule.substitutions) {
      const table = pack.substitutions?.[name];
      if (!table) {
        at('substitutions', `unknown substitution table "${name}"`);
        return null;
      }
      for (const [from, to] of Object.entries(table)) if (!map.has(from.toLowerCase())) map.set(from.toLowerCase(), Array.isArray(to) ? to : [to]);
    }
    substitutions = { lexicon: new Lexicon(`${id}#substitutions`, [...map.keys()]), map };
  }
  const unless = (rule.unless ?? []).filter((n) => n !== 'quoted');
  return {
    near: (rule.near ?? []).map((n, i) => ({ lexicon: termLexicon(`${id}#near${i}`, n.terms, lexicons), within: n.within ?? 6, side: n.side ?? 'either' })),
    span: rule.span ?? 'match',
    unless: unless.length ? termLexicon(`${id}#unless`, unless, lexicons) : null,
    unlessQuoted: (rule.unless ?? []).includes('quoted'),
    targets: rule.targets?.length ? termLexicon(`${id}#targets`, rule.targets, lexicons) : null,
    valence: rule.valence ?? 0,
    carry: rule.carry ?? false,
    ironic: rule.ironic ?? false,
    others: rule.others ?? false,
    copula: rule.copula ?? 0,
    neutral: new Set((rule.neutral ?? []).flatMap((t) => lexicons.get(t)?.lexicon.terms ?? [t]).map((t) => t.toLowerCase())),
    sureness: rule.sureness ?? 2,
    skip: new Set((rule.skip ?? []).flatMap((t) => lexicons.get(t)?.lexicon.terms ?? [t]).map((t) => t.toLowerCase())),
    substitutions,
    templates: rule.templates ?? [],
    limits: rule.limits ?? {},
    counting: rule.counting ?? {},
    measure: rule.measure ?? 'characters',
    tagParts: Object.fromEntries(
      (['hospitals', 'support', 'acronyms', 'units', 'rooms', 'honorifics', 'generic'] as const).map((k) => [k, (rule.tagParts?.[k] ?? []).flatMap((t) => lexicons.get(t)?.lexicon.terms ?? [t])]),
    ) as RuleExtras['tagParts'],
    fix: rule.fix ?? {},
  };
}

/** FNV-1a, 32-bit, as hex: stable across runs and cheap. */
export function hashString(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
