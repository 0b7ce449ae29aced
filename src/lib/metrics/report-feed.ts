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
import type { Status } from './compute.ts';
import { quarterLabel } from './report.ts';
import { statusCountsText } from './scorecard.ts';

export interface ReportFeedSource {
  period: string;
  /** The quarter's narrative, if one was written: its summary describes the item. */
  narrative: { summary: string } | undefined;
  /** The quarter's status counts, which describe it when no narrative was written. */
  counts: Record<Status, number>;
}

/** A quarter without a narrative: its status counts, or that it is the baseline quarter. */
export function reportFallback(counts: Record<Status, number>, locale: Locale): string {
  const judged = counts['on-track'] + counts['at-risk'] + counts['off-track'] + counts.late;
  return judged === 0
    ? translate(locale, 'feed.report.baseline')
    : translate(locale, 'feed.report.figures', { counts: statusCountsText(counts, locale) });
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
  return reports.map(({ period, narrative, counts }) => ({
    title: translate(locale, 'report.pageTitle', { quarter: quarterLabel(period, locale) }),
    link: url(reportPath(locale, period)),
    description: narrative?.summary ?? reportFallback(counts, locale),
    pubDate: new Date(`${periodEnd(period)}T00:00:00Z`),
    categories: [translate(locale, 'feed.report.category')],
  }));
}
