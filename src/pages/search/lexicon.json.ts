import type { APIRoute } from 'astro';
import { loadLexicon } from '../../site/search.ts';

/** Script maps and synonyms, fetched with the first search in either engine. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadLexicon()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
