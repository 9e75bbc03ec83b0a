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
  /** Case-insensitive terms, and acronyms ("ER", "OR", "IV") that only count in capitals. */
  private readonly patterns: RegExp[];
  constructor(readonly name: string, readonly terms: readonly string[], private readonly words?: () => Set<string>) {
    const unique = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    const acronym = (t: string) => /^[A-Z0-9&]{2,}$/.test(t);
    const build = (list: string[], flags: string, before = '\\p{L}\\p{N}_') =>
      list.length ? [new RegExp(`(?<![${before}])(?:${list.map(termToSource).join('|')})(?![\\p{L}\\p{N}_])`, flags)] : [];
    // Acronyms may also end a camel-case hashtag ("#BayviewICU"): only capitals and digits may precede them.
    this.patterns = [...build(unique.filter((t) => !acronym(t)), 'giu'), ...build(unique.filter(acronym), 'gu', '\\p{Lu}\\p{N}_')];
  }

  find(text: string, from = 0, to = text.length): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    if (this.words) {
      // A word list too big for one alternation: look each lower-case word up instead.
      const set = this.words();
      const WORD = /[\p{L}][\p{L}-]*/gu;
      WORD.lastIndex = from;
      for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
        if (m.index + m[0].length <= to && set.has(m[0].toLowerCase())) out.push({ start: m.index, end: m.index + m[0].length, term: m[0], lexicon: this.name });
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
    if (this.words) return this.find(text).length > 0;
    return this.patterns.some((re) => {
      re.lastIndex = 0;
      return re.test(text);
    });
  }
}

/** `#` in a term: a quantity ("2", "50,000", "2.5", "two", "a", "half a"). */
const NUMBER = '(?:\\d[\\d,.]*|(?:half\\s+)?an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|a\\s+few|a\\s+couple\\s+of|several)';

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
