import type { APIRoute } from 'astro';
import { loadLexicon } from '../../site/search.ts';

/** Traditional ↔ Simplified character map, fetched only once a query contains Chinese. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await loadLexicon()).maps), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
