/** Word lists compiled at build time (server/build.mjs) from subtlex and cspell's people names. */
import data from '../../generated/words.json';

let cache: { common: Set<string>; names: Set<string>; ambiguous: Set<string> } | null = null;

function lists() {
  cache ??= { common: new Set(data.common), names: new Set(data.names), ambiguous: new Set(data.ambiguousNames) };
  return cache;
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
