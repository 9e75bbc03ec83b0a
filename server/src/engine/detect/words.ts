/** Word lists compiled at build time (server/build.mjs) from subtlex and cspell's people names. */
// Loaded on first use: esbuild wraps a require()d JSON module in a function, so the CLI does not
// pay for parsing megabytes of word lists before it knows it needs them.
//
// Each list is stored as a ready-made hash table (see `FrozenWords`), not as an array to put in a
// Set: turning 60,000–80,000 strings into a Set took as long as parsing them, and every start of
// the CLI, the language server and each worker thread paid for both before its first lint.
type Words = { common: FrozenWords; veryCommon: FrozenWords; names: FrozenWords; ambiguousNames: FrozenWords };
const loadWords = (): Words => require('../../generated/words.json');
const loadMedical = (): { terms: FrozenWords } => require('../../generated/medical.json');
const loadPlaces = (): { cities: FrozenWords } => require('../../generated/places.json');

/**
 * A set of words as server/build.mjs `freeze` writes it: the words, each followed by a newline,
 * grouped by bucket (FNV-1a of the UTF-16 code units, modulo the number of buckets), and where
 * each bucket starts in `keys`. Parsing it is one long string and a short array of numbers.
 */
export interface FrozenWords {
  keys: string;
  /** offsets[b] … offsets[b + 1]: bucket b's words in `keys`. */
  offsets: number[];
}

/** What the word-list lexicons and detectors ask of a word list. */
export interface WordLookup {
  has(word: string): boolean;
}

/** FNV-1a over UTF-16 code units; server/build.mjs uses the same function to fill the buckets. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Look words up in a frozen list without building anything: exact, case-sensitive, like Set#has. */
export function thaw(frozen: FrozenWords): WordLookup {
  const { keys, offsets } = frozen;
  const buckets = offsets.length - 1;
  return {
    has(word: string): boolean {
      if (buckets < 1) return false;
      const b = wordHash(word) % buckets;
      for (let at = offsets[b], end = offsets[b + 1]; at < end; ) {
        const newline = keys.indexOf('\n', at);
        // A word with a newline in it never matches: the length check stops at the first one.
        if (newline - at === word.length && keys.startsWith(word, at)) return true;
        at = newline + 1;
      }
      return false;
    },
  };
}

let cache: { common: WordLookup; veryCommon: WordLookup; names: WordLookup; ambiguous: WordLookup } | null = null;

function lists() {
  // `veryCommon` is the head of the frequency list: function words that are never names ("He", "No").
  if (!cache) {
    const data = loadWords();
    cache = { common: thaw(data.common), veryCommon: thaw(data.veryCommon), names: thaw(data.names), ambiguous: thaw(data.ambiguousNames) };
  }
  return cache;
}

/** One of the ~1,500 most frequent words ("how", "will", "he"): never read as a name. */
export function isVeryCommonWord(word: string): boolean {
  return lists().veryCommon.has(word.toLowerCase());
}

/** A word people usually write in lower case ("grace" is, "priya" is not). */
export function isCommonWord(word: string): boolean {
  return lists().common.has(word.toLowerCase());
}

/** 'name' for a given name or surname that is not a common word, 'ambiguous' for Grace, Will, Rose. */
export function nameKind(word: string): 'name' | 'ambiguous' | null {
  const l = lists();
  const bare = word.replace(/['’]s$/, '');
  if (l.names.has(bare)) return 'name';
  if (l.ambiguous.has(bare)) return 'ambiguous';
  return null;
}

let medicalSet: WordLookup | null = null;

/**
 * Built-in word lists a lexicon can name as its `source`. Only `has` is there to call (lexicon.ts
 * asks for nothing else); the cast keeps Lexicon's signature as it is.
 */
export function wordList(source: 'medical-terms'): () => Set<string> {
  return () => (medicalSet ??= thaw(loadMedical().terms)) as unknown as Set<string>;
}

let cities: WordLookup | null = null;

/** Town and city names (cities-list, ~80,000 places with 1,000+ people). */
export function isCityName(name: string): boolean {
  return (cities ??= thaw(loadPlaces().cities)).has(name);
}
