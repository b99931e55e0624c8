/**
 * A short-lived cache of server-rendered landing pages (docs/adr/0035). Every render is anonymous, so a page is the
 * same for every visitor until the data behind it changes; keeping it a few seconds turns a crowd on the home page
 * into one render per page and interval, and visitors arriving together share the render in flight.
 */
export class RenderCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The page for `key`: the kept one while it is fresh, else a new one from `produce`. A result that `keep` refuses
   * (a failed render, say) or a rejection is not kept, so the next visitor asks again.
   */
  get(key: string, produce: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    if (this.ttlMs <= 0) return produce();
    const found = this.entries.get(key);
    if (found && this.now() - found.at < this.ttlMs) return found.value;
    const value = produce();
    const entry = { at: this.now(), value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Map keeps insertion order: the first key is the oldest.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    value.then((result) => (keep(result) ? undefined : forget()), forget);
    return value;
  }
}
