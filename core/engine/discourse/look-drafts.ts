/**
 * The drafts of one look back (candidates.ts), by key, in the order first filed. The map from key
 * to draft lives as long as the article's candidate memo and each key keeps one draft object,
 * marked with the look that filed it last: a look starts by moving to a new mark rather than by
 * clearing a Map, whose table (about thirty drafts a look) was grown again, step by step, at each
 * of the thousands of looks in a long text.
 */
export class LookDrafts<D extends { look: number }> {
  private readonly byKey = new Map<string, D>();
  private readonly order: D[] = [];
  private look = 0;

  /** How many drafts this look has filed. */
  get size(): number {
    return this.order.length;
  }

  /** Starts a new look: no draft is filed in it yet. */
  clear(): void {
    this.look++;
    this.order.length = 0;
  }

  /** The draft this look filed under `key`, if it did. */
  get(key: string): D | undefined {
    const d = this.byKey.get(key);
    return d && d.look === this.look ? d : undefined;
  }

  /**
   * Files the draft kept for `key` in this look (made by `make` when the key is new), after the
   * others; the caller fills it anew. Only for a key this look has not filed.
   */
  file(key: string, make: () => D): D {
    let d = this.byKey.get(key);
    if (!d) this.byKey.set(key, (d = make()));
    d.look = this.look;
    this.order.push(d);
    return d;
  }

  /** This look's drafts, in the order filed. */
  values(): readonly D[] {
    return this.order;
  }
}
