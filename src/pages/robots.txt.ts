import type { APIRoute } from 'astro';
import { siteAudience } from '../lib/build-info.ts';
import { robotsTxt } from '../lib/crawl.ts';
import { href } from '../lib/urls.ts';

/** Crawlers welcome on a public build, shut out of an internal one (see src/lib/crawl.ts). */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteAudience(), new URL(href('/sitemap-index.xml'), site).href), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
