import type { APIRoute } from 'astro';
import { sectionPaths } from '../../../../../lib/audience.ts';
import { siteAudience } from '../../../../../lib/build-info.ts';
import { comparePairs } from '../../../../../lib/metrics/report.ts';
import { periodSlug } from '../../../../../lib/periods.ts';
import { type DataTable, toCsv } from '../../../../../lib/tables/csv.ts';
import { locales } from '../../../../../schemas/localized.ts';
import { compareTable } from '../../../../../page-data/report-tables.ts';
import { loadReportData } from '../../../../../page-data/reports.ts';

/**
 * `/<locale>/reports/<yyyy>-q<n>/compare/<yyyy>-q<n>.csv`: the comparison page's table as a file.
 * Internal builds only, like the page.
 */
export function getStaticPaths() {
  return sectionPaths('reports', siteAudience(), () =>
    locales.flatMap((locale) =>
      comparePairs(loadReportData()).map(({ period, earlier }) => ({
        params: { locale, period: periodSlug(period), earlier: periodSlug(earlier) },
        props: { table: compareTable(period, earlier, locale) },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: DataTable };
  return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
