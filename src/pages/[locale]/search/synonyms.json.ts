import type { APIRoute } from 'astro';
import { localeParams, type Locale } from '../../../lib/kb/paths.ts';
import { absentSynonyms } from '../../../lib/search/synonyms.ts';
import { loadBodies } from '../../../site/bodies.ts';
import { loadKb } from '../../../site/kb.ts';
import { loadLexicon } from '../../../site/search.ts';

export const getStaticPaths = localeParams;

/**
 * Synonym groups for one locale's searches, with the words its articles never use, so neither
 * engine fetches index shards for a synonym that cannot match (see absentSynonyms).
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const [kb, lexicon, bodies] = await Promise.all([loadKb(), loadLexicon(locale), loadBodies()]);
  const text = kb.listed[locale]
    .map(
      (a) =>
        `${a.data.title}\n${a.data.summary}\n${a.data.aliases.join('\n')}\n${a.data.tags.join('\n')}\n${bodies.get(a.id)}`,
    )
    .join('\n');
  const body = { groups: lexicon.synonyms, absent: absentSynonyms(lexicon.synonyms, text) };
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
