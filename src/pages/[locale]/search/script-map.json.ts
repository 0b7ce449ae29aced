import type { APIRoute } from 'astro';
import { localeParams, type Locale } from '../../../lib/kb/paths.ts';
import { loadLexicon } from '../../../site/search.ts';

export const getStaticPaths = localeParams;

/**
 * One locale's Traditional ↔ Simplified character map, fetched on Chinese pages when search
 * opens and elsewhere only once a query contains Chinese.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(JSON.stringify((await loadLexicon(locale)).maps), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
