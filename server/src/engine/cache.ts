/**
 * A small LRU map: per-block analysis results keyed by block text, told apart by a short
 * `context` (rule-set fingerprint, strict, document cues, block kind). The text alone is the map
 * key so that a block text seen before, the same string object when it comes out of the parse
 * cache, is found without hashing or copying it again; a concatenated key would be a new string
 * to flatten and hash on every lint.
 */
export class BlockCache<V> {
  private map = new Map<string, { context: string; value: V; used: number }[]>();
  private tick = 0;
  constructor(readonly capacity = 5000) {}

  get(text: string, context = ''): V | undefined {
    const entry = this.map.get(text)?.find((e) => e.context === context);
    if (!entry) return undefined;
    // Recency is a counter, not a move to the end of the map: a warm lint makes hundreds of hits.
    entry.used = ++this.tick;
    return entry.value;
  }

  set(text: string, value: V, context = ''): void {
    // A few contexts per text (a paragraph and a list item with the same words, two rule sets).
    const entries = [{ context, value, used: ++this.tick }, ...(this.map.get(text) ?? []).filter((e) => e.context !== context)].slice(0, 4);
    this.map.set(text, entries);
    if (this.map.size > this.capacity * 1.25) this.evict();
  }

  get size(): number {
    return this.map.size;
  }

  /** Down to capacity, least recently used texts first; a quarter over capacity, so it runs seldom. */
  private evict(): void {
    const byUse = [...this.map].map(([text, entries]) => ({ text, used: Math.max(...entries.map((e) => e.used)) })).sort((a, b) => a.used - b.used);
    for (const { text } of byUse.slice(0, this.map.size - this.capacity)) this.map.delete(text);
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
