// The big word lists are stored as ready-made hash tables (server/build.mjs `freeze`, words.ts
// `thaw`). A lookup must answer exactly as a Set of the same words would: every stored word is
// found (so the build and the engine hash alike), and nothing else is.
import assert from 'node:assert/strict';
import { thaw, wordHash, type FrozenWords } from '../../server/src/engine/detect/words';

const generated = (name: string) => require(`../../server/src/generated/${name}.json`) as Record<string, FrozenWords>;

/** Near misses: other case, one letter more or less, a newline inside. */
function variants(word: string): string[] {
  return [word.toUpperCase(), word.toLowerCase(), `${word}s`, word.slice(1), `${word}\n${word}`, ` ${word}`];
}

describe('frozen word lists', () => {
  const lists: [string, FrozenWords][] = [];
  for (const [file, keys] of [['words', ['common', 'veryCommon', 'names', 'ambiguousNames']], ['medical', ['terms']], ['places', ['cities']]] as const) {
    const data = generated(file);
    for (const key of keys) lists.push([`${file}.${key}`, data[key]]);
  }

  for (const [name, frozen] of lists) {
    it(`${name}: finds every stored word and only those`, () => {
      const words = frozen.keys.split('\n').slice(0, -1);
      assert.ok(words.length > 1000, `${name} has ${words.length} words`);
      const set = new Set(words);
      const lookup = thaw(frozen);
      for (const w of words) assert.ok(lookup.has(w), `${name}: stored word not found (hash mismatch between build and engine?)`);
      for (const w of words.filter((_, i) => i % 7 === 0).flatMap(variants)) assert.equal(lookup.has(w), set.has(w), `${name}: variant of a stored word`);
      for (const w of ['', '\n', 'zzqxj', 'the\n', 'Ω']) assert.equal(lookup.has(w), set.has(w));
    });
  }

  it('an empty list finds nothing', () => {
    assert.equal(thaw({ keys: '', offsets: [0] }).has(''), false);
    assert.equal(thaw({ keys: '', offsets: [0, 0] }).has('a'), false);
  });

  it('hashes UTF-16 code units with FNV-1a', () => {
    assert.equal(wordHash(''), 0x811c9dc5);
    assert.equal(wordHash('a'), 0xe40c292c);
  });
});
