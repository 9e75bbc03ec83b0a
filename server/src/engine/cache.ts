/** A small LRU map: per-block analysis results keyed by block text + rule-set fingerprint. */
export class BlockCache<V> {
  private map = new Map<string, V>();
  constructor(readonly capacity = 5000) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
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
