/**
 * Term lists compiled into one case-insensitive alternation per list (longest first, as Vale's
 * substitution check does), matched on word boundaries. Terms may use `*` for "any word ending".
 */
export interface LexiconMatch {
  start: number;
  end: number;
  term: string;
  lexicon: string;
}

export class Lexicon {
  /** Case-insensitive terms, and acronyms ("ER", "OR", "IV") that only count in capitals. Built on first use. */
  private compiled: RegExp[] | null = null;
  /** Words one of which must occur for any term to match (see `Anchors`); null when some term has none. Built on first use. */
  private prefilter: Anchors | null | undefined;
  /** Where each term (in `unique()` order) can start, and its own sticky regex; null when some term has no literal start. */
  private starters: { starts: Start[]; sticky: (RegExp | undefined)[] } | null | undefined;
  private uniqueTerms: string[] | null = null;
  private lastText: string | null = null;
  private lastCandidates: number[] = [];
  constructor(readonly name: string, readonly terms: readonly string[], readonly words?: () => Set<string>) {}

  /** Most lexicons of a rule set never meet a matching block in a short run: compile them only when asked (start-up time). */
  private get patterns(): RegExp[] {
    if (!this.compiled) {
      const build = (list: string[], flags: string, before = '\\p{L}\\p{N}_') =>
        list.length ? [new RegExp(`(?<![${before}])(?:${list.map(termToSource).join('|')})(?![\\p{L}\\p{N}_])`, flags)] : [];
      const unique = this.unique();
      // Acronyms may also end a camel-case hashtag ("#BayviewICU"): only capitals and digits may precede them.
      this.compiled = [...build(unique.filter((t) => !isAcronym(t)), 'giu'), ...build(unique.filter(isAcronym), 'gu', '\\p{Lu}\\p{N}_')];
    }
    return this.compiled;
  }

  private get anchors(): Anchors | null {
    if (this.prefilter === undefined) this.prefilter = this.words ? null : anchorsOf(this.unique(), isAcronym);
    return this.prefilter;
  }

  /** The terms without duplicates, longest first (so an alternation prefers the longer phrase). */
  private unique(): string[] {
    return (this.uniqueTerms ??= [...new Set(this.terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length));
  }

  private get startRules(): { starts: Start[]; sticky: (RegExp | undefined)[] } | null {
    if (this.starters === undefined) {
      const starts = this.words || !this.anchors ? [] : this.unique().map(startOf);
      this.starters = starts.length && starts.every((x): x is Start => x !== null) ? { starts, sticky: [] } : null;
    }
    return this.starters;
  }

  find(text: string, from = 0, to = text.length): LexiconMatch[] {
    const anchors = this.anchors;
    const starters = this.startRules;
    if (starters && anchors) return this.matchAtStarts(starters, this.candidates(anchors, text), text, from, to);
    if (anchors && !mayMatch(anchors, text)) return [];
    return this.scan(text, from, to);
  }

  /** The candidate terms of the last text asked about: checks ask about a block sentence by sentence. */
  private candidates(anchors: Anchors, text: string): number[] {
    if (text !== this.lastText) {
      this.lastCandidates = candidatesOf(anchors, text);
      this.lastText = text;
    }
    return this.lastCandidates;
  }

  /**
   * The alternation's matches without running the alternation: every candidate term (its anchor
   * words are in the text) is tried with its own sticky regex only where it can start (where its
   * first word occurs), and the matches are walked left to right as the alternation would: at
   * each position the first term in `unique()` order that matches there wins, and the walk goes
   * on after it. Trying a few regexes at a few positions replaces scanning the block with one of
   * hundreds of alternatives (the largest cost of a lint, and of V8's regex compilation at
   * start-up). `test/engine/lexicon.test.ts` proves it equal to `scan`.
   */
  private matchAtStarts(starters: { starts: Start[]; sticky: (RegExp | undefined)[] }, terms: number[], text: string, from: number, to: number): LexiconMatch[] {
    if (!terms.length) return [];
    const where = tokensOf(text);
    const unique = this.unique();
    const hay = to + 64 < text.length ? text.slice(0, to + 64) : text;
    const tries: { at: number; term: number }[] = [];
    for (const term of terms) for (const at of startsOf(starters.starts[term], where, text, from, to)) tries.push({ at, term });
    tries.sort((a, b) => a.at - b.at || a.term - b.term);
    // The words and the acronyms are two alternations, each walking the text on its own (a word
    // match may overlap an acronym match), merged by start with words first, as `scan` does.
    const out: LexiconMatch[] = [];
    for (const acronyms of [false, true]) {
      let next = from;
      for (let i = 0; i < tries.length; i++) {
        const { at, term } = tries[i];
        if (at < next || isAcronym(unique[term]) !== acronyms || (i > 0 && tries[i - 1].at === at && tries[i - 1].term === term)) continue;
        const re = (starters.sticky[term] ??= stickyRegex(unique[term]));
        re.lastIndex = at;
        const m = re.exec(hay);
        if (!m) continue;
        if (at + m[0].length <= to) out.push({ start: at, end: at + m[0].length, term: m[0], lexicon: this.name });
        next = m[0].length ? at + m[0].length : at + 1;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** `find` without the anchor prefilter: every regex runs (what the prefilter must agree with). */
  scan(text: string, from = 0, to = text.length): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    if (this.words) {
      // A word list too big for one alternation: look each lower-case word up instead.
      const set = this.words();
      if (from > 0 && /[\p{L}-]/u.test(text[from - 1]) && /\p{L}/u.test(text[from] ?? '')) {
        // Starting inside a word: scan from there, as the text's own word list would not.
        const WORD = /[\p{L}][\p{L}-]*/gu;
        WORD.lastIndex = from;
        for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
          if (m.index + m[0].length <= to && set.has(m[0].toLowerCase())) out.push({ start: m.index, end: m.index + m[0].length, term: m[0], lexicon: this.name });
        }
      } else {
        const words = tokensOf(text).words();
        for (let i = firstWordAt(words, from); i < words.length && words[i].start < to; i++) {
          const w = words[i];
          if (w.end <= to && set.has(w.lower)) out.push({ start: w.start, end: w.end, term: text.slice(w.start, w.end), lexicon: this.name });
        }
      }
    }
    // Search a prefix ending shortly after `to`: a term missing from a short sentence must not
    // scan to the end of the block (quadratic on long blocks). The margin keeps lookaheads exact.
    const hay = to + 64 < text.length ? text.slice(0, to + 64) : text;
    for (const re of this.patterns) {
      re.lastIndex = from;
      for (let m = re.exec(hay); m && m.index < to; m = re.exec(hay)) {
        if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length, term: m[0], lexicon: this.name });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    if (this.patterns.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  }

  test(text: string): boolean {
    if (this.words || this.startRules) return this.find(text).length > 0;
    const anchors = this.anchors;
    if (anchors && !mayMatch(anchors, text)) return false;
    return this.patterns.some((re) => {
      re.lastIndex = 0;
      return re.test(text);
    });
  }
}

/** `#` in a term: a quantity ("2", "50,000", "2.5", "two", "a", "half a"). */
const NUMBER = '(?:\\d[\\d,.]*|(?:half\\s+)?an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|a\\s+few|a\\s+couple\\s+of|several)';

const isAcronym = (t: string) => /^[A-Z0-9&]{2,}$/.test(t);

function termToSource(term: string): string {
  // "* accident": match the literal first and look back for the word, so the regex does not try
  // a wildcard at every position of the text.
  const leading = /^\*\s+(.+)$/.exec(term);
  if (leading) {
    const rest = termToSource(leading[1]);
    return `(?:${rest})(?<=[\\p{L}\\p{N}'’-][\\s\\-]+(?:${rest}))`;
  }
  return term
    .split(/\s+/)
    .map((word) =>
      word === '*'
        ? "[\\p{L}\\p{N}'’-]+" // a whole word: "my * birthday"
        : word === '#'
        ? NUMBER // a number in digits or words: "# mg"
        : word
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
        .join('[\\p{L}\\p{N}-]*'),
    )
    .join("[\\s\\-]+");
}

/** A term's own regex, sticky: tried only at the positions where it can start. */
function stickyRegex(term: string): RegExp {
  return isAcronym(term)
    ? new RegExp(`(?<![\\p{Lu}\\p{N}_])(?:${termToSource(term)})(?![\\p{L}\\p{N}_])`, 'uy')
    : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${termToSource(term)})(?![\\p{L}\\p{N}_])`, 'iuy');
}

/**
 * Where a term's match can begin: at a token equal to the first run of letters and digits of its
 * first word, less what comes before that run in the word ("#bayview" starts one character before
 * the token "bayview"); at a token starting with that run when the word goes on with a wildcard
 * ("nurs*"); at a number (`#`); or, for acronyms, emoji and symbols, where the text holds them
 * verbatim. A leading "* " is looked back for, so the match begins at the next word. These are
 * necessary conditions only: the sticky regex decides.
 */
type Start = { kind: 'token' | 'prefix'; run: string; back: number } | { kind: 'number' } | { kind: 'verbatim'; text: string };

const NUMBER_WORDS = new Set('half a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred several'.split(' '));

function startOf(term: string): Start | null {
  if (isAcronym(term)) return { kind: 'verbatim', text: term };
  const words = term.replace(/^\*\s+/, '').split(/\s+/);
  const first = words[0];
  if (first === '#') return { kind: 'number' };
  if (!first || first.startsWith('*')) return null;
  const literal = first.split('*')[0];
  const run = /[\p{L}\p{N}]+/u.exec(literal);
  if (!run) return /['’]/.test(literal) ? null : { kind: 'verbatim', text: literal };
  // What stands before the run is symbols ("#", "(", an apostrophe either way): one code unit each in the text too.
  const open = run.index + run[0].length === literal.length && first.includes('*');
  return { kind: open ? 'prefix' : 'token', run: run[0].toLowerCase(), back: run.index };
}

/** The positions in [from, to) where a term with this start could begin. */
function startsOf(start: Start, where: TextTokens, text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const add = (at: number) => {
    if (at >= from && at < to) out.push(at);
  };
  if (start.kind === 'verbatim') {
    for (let at = text.indexOf(start.text, from); at >= 0 && at < to; at = text.indexOf(start.text, at + 1)) add(at);
  } else if (start.kind === 'number') {
    for (const [token, positions] of where.positions()) if (/^\d/.test(token) || NUMBER_WORDS.has(token)) positions.forEach(add);
  } else if (start.kind === 'token') {
    for (const at of where.positions().get(start.run) ?? []) add(at - start.back);
  } else {
    const { sorted } = where;
    for (let i = lowerBound(sorted, start.run); i < sorted.length && sorted[i].startsWith(start.run); i++) {
      for (const at of where.positions().get(sorted[i]) ?? []) add(at - start.back);
    }
  }
  return out;
}

/**
 * A cheap necessary condition for a lexicon to match, so most lexicons skip most blocks without
 * running their regex (over a hundred lexicons each scanning every block was most of a lint).
 * Every case-insensitive term holds a literal word; the first run of letters and digits of that
 * word must occur in the text as a whole token ("o'clock" → "o", "#bayview" → "bayview"), or as a
 * token's start when the word ends in a wildcard ("nurs*" → a token starting "nurs"). Acronyms
 * and terms of emoji or symbols must occur verbatim. Terms with no literal at all ("*ology")
 * disable the filter for their lexicon.
 * Tokens are lower-cased with toLowerCase, which agrees with the regexes' Unicode case folding on
 * everything but a few letters no term uses (long s, Greek final sigma).
 */
interface Anchors {
  /** Terms by their rarest-looking whole-token word: the term's other words must occur too. */
  tokens: Map<string, Requirement[] & { bare?: boolean }>;
  /** Terms whose rarest word ends in a wildcard ("nurs*"), by that word's literal start. */
  prefixes: { prefix: string; requirement: Requirement }[];
  /** Acronyms, emoji and symbols, found by substring search. */
  verbatim: string[];
  /** The terms (positions in `unique()`) behind each verbatim entry. */
  verbatimTerms: number[];
}

/** The words a term needs: whole tokens, and token starts (a word ending in a wildcard). */
interface Requirement {
  /** The term's position in the lexicon's `unique()` list. */
  term: number;
  tokens: string[];
  prefixes: string[];
}

const RUNS = /[\p{L}\p{N}]+/gu;
/** Words too frequent to anchor a term when it has another. */
const COMMON = new Set('a an the i me my we our us you your he him his she her they them their it its this that these those is am are was were be been to of in on at for with by from up so and or but not no do did does can have had has got get just all one'.split(' '));

function anchorsOf(terms: string[], acronym: (t: string) => boolean): Anchors | null {
  const anchors: Anchors = { tokens: new Map(), prefixes: [], verbatim: [], verbatimTerms: [] };
  for (const [index, term] of terms.entries()) {
    if (acronym(term)) {
      anchors.verbatim.push(term);
      anchors.verbatimTerms.push(index);
      continue;
    }
    // Every run of letters and digits before a word's first wildcard must be in the text.
    const requirement: Requirement = { term: index, tokens: [], prefixes: [] };
    for (const word of term.split(/\s+/)) {
      if (word === '*' || word === '#') continue;
      const literal = word.split('*')[0].toLowerCase();
      for (const run of literal.matchAll(RUNS)) {
        const open = run.index! + run[0].length === literal.length && word.includes('*');
        (open ? requirement.prefixes : requirement.tokens).push(run[0]);
      }
    }
    const rank = (w: string) => (COMMON.has(w) ? 0 : 100) + w.length;
    const token = requirement.tokens.reduce<string | null>((best, w) => (best === null || rank(w) > rank(best) ? w : best), null);
    const prefix = requirement.prefixes.reduce<string | null>((best, w) => (best === null || rank(w) > rank(best) ? w : best), null);
    if (token !== null && (prefix === null || rank(token) >= rank(prefix))) {
      const list = anchors.tokens.get(token) ?? [];
      list.push(requirement);
      if (requirement.tokens.length === 1 && requirement.prefixes.length === 0) list.bare = true;
      anchors.tokens.set(token, list);
    } else if (prefix !== null) anchors.prefixes.push({ prefix, requirement });
    else {
      // Emoji and symbols ("📸", "?") have no case: the text must hold them verbatim.
      const symbol = term.split(/\s+/).map((w) => w.split('*')[0]).find((w) => w && w !== '#' && !w.includes("'"));
      if (!symbol) return null;
      anchors.verbatim.push(symbol);
      anchors.verbatimTerms.push(index);
    }
  }
  return anchors;
}

/** A text's tokens, lower-cased: as a set, and sorted for prefix search. Kept for the last few texts (a block is asked about by every lexicon in turn). */
interface TextTokens {
  set: Set<string>;
  sorted: string[];
  /** Words as the word-list lexicons see them (letters and inner hyphens), found on first use. */
  words: () => TextWord[];
  /** Whether the text holds a verbatim term (remembered: many lexicons share acronyms and emoji). */
  holds: (verbatim: string) => boolean;
  /** Where each lower-cased token starts, found on first use. */
  positions: () => Map<string, number[]>;
}
interface TextWord {
  start: number;
  end: number;
  lower: string;
}

function firstWordAt(words: TextWord[], offset: number): number {
  let lo = 0;
  for (let hi = words.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const recentTokens = new Map<string, TextTokens>();
let recentLength = 0;

function tokensOf(text: string): TextTokens {
  let t = recentTokens.get(text);
  if (!t) {
    const set = new Set<string>();
    for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) set.add(m[0]);
    let words: TextWord[] | null = null;
    const verbatim = new Map<string, boolean>();
    const sorted = [...set].sort();
    let positions: Map<string, number[]> | null = null;
    t = {
      set,
      sorted,
      positions: () => {
        if (!positions) {
          positions = new Map();
          // On the text itself, so offsets stay the text's own; each token lower-cased alone.
          for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
            const token = m[0].toLowerCase();
            const list = positions.get(token);
            if (list) list.push(m.index!);
            else positions.set(token, [m.index!]);
          }
        }
        return positions;
      },
      words: () => (words ??= [...text.matchAll(/[\p{L}][\p{L}-]*/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, lower: m[0].toLowerCase() }))),
      holds: (v) => {
        let found = verbatim.get(v);
        if (found === undefined) verbatim.set(v, (found = text.includes(v)));
        return found;
      },
    };
    // The last 64 texts, and no more than about 4 MB of them (a huge one-line draft is one block).
    while (recentTokens.size && (recentTokens.size >= 64 || recentLength + text.length > 4_000_000)) {
      const oldest = recentTokens.keys().next().value as string;
      recentLength -= oldest.length;
      recentTokens.delete(oldest);
    }
    recentLength += text.length;
    recentTokens.set(text, t);
  }
  return t;
}

function lowerBound(sorted: string[], prefix: string): number {
  let lo = 0;
  for (let hi = sorted.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasPrefix(sorted: string[], prefix: string): boolean {
  const lo = lowerBound(sorted, prefix);
  return lo < sorted.length && sorted[lo].startsWith(prefix);
}

function met(r: Requirement, set: Set<string>, sorted: string[]): boolean {
  return r.tokens.every((t) => set.has(t)) && r.prefixes.every((p) => hasPrefix(sorted, p));
}

function mayMatch(anchors: Anchors, text: string): boolean {
  const { set, sorted, holds } = tokensOf(text);
  for (const v of anchors.verbatim) if (holds(v)) return true;
  const satisfied = (requirements: (Requirement[] & { bare?: boolean }) | undefined) => requirements !== undefined && (requirements.bare === true || requirements.some((r) => met(r, set, sorted)));
  if (set.size < anchors.tokens.size) {
    for (const t of set) if (satisfied(anchors.tokens.get(t))) return true;
  } else for (const [t, requirements] of anchors.tokens) if (set.has(t) && satisfied(requirements)) return true;
  for (const { prefix, requirement } of anchors.prefixes) if (hasPrefix(sorted, prefix) && met(requirement, set, sorted)) return true;
  return false;
}

/** The terms (positions in `unique()`, ascending) whose anchor words all occur in `text`: `mayMatch` without stopping at the first. */
function candidatesOf(anchors: Anchors, text: string): number[] {
  const { set, sorted, holds } = tokensOf(text);
  const out: number[] = [];
  anchors.verbatim.forEach((v, i) => {
    if (holds(v)) out.push(anchors.verbatimTerms[i]);
  });
  const add = (requirements: Requirement[] | undefined) => {
    if (requirements) for (const r of requirements) if (met(r, set, sorted)) out.push(r.term);
  };
  if (set.size < anchors.tokens.size) for (const t of set) add(anchors.tokens.get(t));
  else for (const [t, requirements] of anchors.tokens) if (set.has(t)) add(requirements);
  for (const { prefix, requirement } of anchors.prefixes) if (hasPrefix(sorted, prefix) && met(requirement, set, sorted)) out.push(requirement.term);
  return out.sort((a, b) => a - b);
}
