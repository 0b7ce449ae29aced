import type { APIRoute } from 'astro';
import { loadLexicon } from '../../site/search.ts';

/** Synonym groups, fetched with the first search in either engine. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await loadLexicon()).synonyms), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
