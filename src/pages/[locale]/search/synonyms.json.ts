import type { APIRoute } from 'astro';
import { loadLexicon } from '../../../page-data/search.ts';
import { localeParams, type Locale } from '../../../lib/i18n.ts';

export const getStaticPaths = localeParams;

/**
 * Synonym groups for one locale's searches, with the words its articles never use, so neither
 * engine fetches index shards for a synonym that cannot match (see absentSynonyms).
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const { synonyms, absent } = await loadLexicon(locale);
  return new Response(JSON.stringify({ groups: synonyms, absent }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
