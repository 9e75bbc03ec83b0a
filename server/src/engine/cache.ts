/** A small LRU map: per-block analysis results keyed by block text + rule-set fingerprint. */
export class BlockCache<V> {
  private map = new Map<string, V>();
  constructor(private readonly capacity = 5000) {}

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
