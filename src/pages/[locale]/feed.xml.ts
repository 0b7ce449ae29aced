import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { type Locale, langTag, localeParams, translate } from '../../lib/i18n.ts';
import { hasSection } from '../../lib/audience.ts';
import { siteAudience } from '../../lib/build-info.ts';
import { feedItems, mergeFeedItems } from '../../lib/kb/feed.ts';
import { homePath, href } from '../../lib/urls.ts';
import { loadKb } from '../../page-data/kb.ts';
import { reportFeed } from '../../page-data/reports.ts';

export const getStaticPaths = localeParams;

/**
 * `/<locale>/feed.xml`: the locale's listed articles, most recently reviewed or changed first,
 * and in internal builds every quarterly report, dated by its quarter's last day. Reads the
 * audience-filtered site model, so a public build's feed holds no internal article and no report.
 */
export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const kb = await loadKb();
  const absolute = (path: string) => new URL(href(path), site).href;
  return rss({
    title: translate(locale, 'feed.title', { site: translate(locale, 'site.name') }),
    description: translate(locale, 'feed.description'),
    site: absolute(homePath(locale)),
    items: mergeFeedItems(
      feedItems(kb.listed[locale], { git: kb.git, url: absolute }),
      hasSection('reports', siteAudience()) ? await reportFeed(locale, absolute) : [],
    ),
    customData: `<language>${langTag(locale)}</language>`,
  });
};
