import type { QuickFindRecord } from '../lib/search/palette.ts';
import { searchShards, type Shard, type ShardHead } from '../lib/search/shards.ts';
import type { Lexicon } from '../lib/search/variants.ts';

/**
 * The sharded quick-find index in the browser (`<base>head.json`, `<base><n>.json`): shards are
 * fetched the first time a query needs them and kept, so most keystrokes search at once.
 */
export function shardedIndex(base: string, lexicon: Lexicon) {
  let loadedHead: ShardHead | undefined;
  let headPromise: Promise<ShardHead> | undefined;
  // Fetched on first use, not when the page loads.
  const head = () =>
    (headPromise ??= fetch(`${base}head.json`)
      .then((r) => {
        if (!r.ok) throw new Error(`${base}head.json: HTTP ${r.status}`);
        return r.json() as Promise<ShardHead>;
      })
      .then((h) => (loadedHead = h)));
  const shards = new Map<number, Shard>();
  const pending = new Map<number, Promise<void>>();
  const load = (n: number) => {
    let p = pending.get(n);
    if (!p) {
      p = fetch(`${base}${n}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<Shard>) : { r: [], g: {} }))
        .then((s) => void shards.set(n, s));
      pending.set(n, p);
    }
    return p;
  };
  return {
    ready: (): Promise<void> => head().then(() => undefined),
    /** Results now if every shard the query needs is here, otherwise undefined. */
    now(query: string, limit = 8): QuickFindRecord[] | undefined {
      if (!loadedHead) return undefined;
      const found = searchShards(query, lexicon, loadedHead, (n) => shards.get(n), limit);
      return found.missing.length ? undefined : found.results;
    },
    /** Results once the shards the query needs have loaded. */
    async search(query: string, limit = 8): Promise<QuickFindRecord[]> {
      const h = await head();
      for (;;) {
        const found = searchShards(query, lexicon, h, (n) => shards.get(n), limit);
        if (!found.missing.length) return found.results;
        await Promise.all(found.missing.map(load));
      }
    },
  };
}
