import type { APIRoute } from 'astro';
import { locales } from '../../../schemas/localized.ts';
import { buildShards } from '../../../lib/search/shards.ts';
import { quickFindRecords } from '../../../page-data/search.ts';

/**
 * The quick-find palette's index for one locale, in shards: `head.json` (fetched when the palette
 * opens) and `<n>.json` (fetched when a query needs it). See src/lib/search/shards.ts.
 */
export async function getStaticPaths() {
  const paths = [];
  for (const locale of locales) {
    const { head, shards } = buildShards(await quickFindRecords(locale));
    paths.push({ params: { locale, shard: 'head' }, props: { body: head } });
    shards.forEach((shard, n) =>
      paths.push({ params: { locale, shard: String(n) }, props: { body: shard } }),
    );
  }
  return paths;
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { body: unknown }).body), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
