/**
 * A small LRU map: per-block analysis results keyed by block text, told apart by a short
 * `context` (rule-set fingerprint, strict, document cues, block kind). The text alone is the map
 * key so that a block text seen before, the same string object when it comes out of the parse
 * cache, is found without hashing or copying it again; a concatenated key would be a new string
 * to flatten and hash on every lint.
 */
export class BlockCache<V> {
  private map = new Map<string, { context: string; value: V }[]>();
  constructor(readonly capacity = 5000) {}

  get(text: string, context = ''): V | undefined {
    const entries = this.map.get(text);
    const entry = entries?.find((e) => e.context === context);
    if (entry) {
      this.map.delete(text);
      this.map.set(text, entries!);
    }
    return entry?.value;
  }

  set(text: string, value: V, context = ''): void {
    // A few contexts per text (a paragraph and a list item with the same words, two rule sets).
    const entries = [{ context, value }, ...(this.map.get(text) ?? []).filter((e) => e.context !== context)].slice(0, 4);
    this.map.delete(text);
    this.map.set(text, entries);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  get size(): number {
    return this.map.size;
  }
}

const sides = new WeakMap<BlockCache<unknown>, Map<string, BlockCache<unknown>>>();

/**
 * An LRU that lives beside a block cache, as long and as large: whoever keeps one BlockCache warm
 * between lints (the language server, the benchmarks) also keeps the chunk parses and per-block
 * document cues of those drafts, without a second thing to pass around.
 */
export function sideCache<V>(owner: BlockCache<unknown>, name: 'chunks' | 'document-cues'): BlockCache<V> {
  let byName = sides.get(owner);
  if (!byName) sides.set(owner, (byName = new Map()));
  let cache = byName.get(name);
  if (!cache) byName.set(name, (cache = new BlockCache<unknown>(owner.capacity)));
  return cache as BlockCache<V>;
}
