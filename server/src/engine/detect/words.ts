/** Word lists compiled at build time (server/build.mjs) from subtlex and cspell's people names. */
// Loaded on first use: esbuild wraps a require()d JSON module in a function, so the CLI does not
// pay for parsing megabytes of word lists before it knows it needs them.
type Words = { common: string[]; names: string[]; ambiguousNames: string[] };
const loadWords = (): Words => require('../../generated/words.json');
const loadMedical = (): { terms: string[] } => require('../../generated/medical.json');

let cache: { common: Set<string>; veryCommon: Set<string>; names: Set<string>; ambiguous: Set<string> } | null = null;

function lists() {
  // `common` is sorted by frequency: its head are function words that are never names ("He", "No").
  if (!cache) {
    const data = loadWords();
    cache = { common: new Set(data.common), veryCommon: new Set(data.common.slice(0, 1500)), names: new Set(data.names), ambiguous: new Set(data.ambiguousNames) };
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

let medicalSet: Set<string> | null = null;

/** Built-in word lists a lexicon can name as its `source`. */
export function wordList(source: 'medical-terms'): () => Set<string> {
  return () => (medicalSet ??= new Set(loadMedical().terms));
}
