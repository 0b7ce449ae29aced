/**
 * The quarterly reports as feed items (internal builds only: the feed route asks
 * src/lib/audience.ts first). Pure: the caller passes the quarters, the narratives written for
 * them and how to make an absolute URL.
 */
import type { Locale } from '../../schemas/localized.ts';
import { translate } from '../i18n.ts';
import type { FeedItem } from '../kb/feed.ts';
import { periodEnd } from '../periods.ts';
import { reportPath } from '../urls.ts';
import { quarterLabel } from './report.ts';

export interface ReportFeedSource {
  period: string;
  /** The quarter's narrative, if one was written: its summary describes the item. */
  narrative: { summary: string } | undefined;
  /** What the item says without a narrative: the status counts, e.g. "达标 2 项 · 有风险 6 项…". */
  fallback: string;
}

/**
 * One item per report. Its date is the last day of the quarter it reports on (the day the
 * figures describe; neither snapshot nor narrative records a publishing date).
 */
export function reportFeedItems(
  reports: readonly ReportFeedSource[],
  locale: Locale,
  url: (path: string) => string,
): FeedItem[] {
  return reports.map(({ period, narrative, fallback }) => ({
    title: translate(locale, 'report.pageTitle', { quarter: quarterLabel(period, locale) }),
    link: url(reportPath(locale, period)),
    description: narrative?.summary ?? fallback,
    pubDate: new Date(`${periodEnd(period)}T00:00:00Z`),
    categories: [translate(locale, 'feed.report.category')],
  }));
}
