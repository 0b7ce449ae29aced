import type { APIRoute } from 'astro';
import { localeParams, type Locale } from '../../lib/kb/paths.ts';
import { quickFindRecords } from '../../site/search.ts';

export const getStaticPaths = localeParams;

/** The quick-find palette's index for one locale, fetched the first time the palette opens. */
export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await quickFindRecords((props as { locale: Locale }).locale)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
