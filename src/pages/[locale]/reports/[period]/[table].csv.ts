import type { APIRoute } from 'astro';
import { sectionPaths } from '../../../../lib/audience.ts';
import { siteAudience } from '../../../../lib/build-info.ts';
import type { Locale } from '../../../../lib/i18n.ts';
import { reportPeriods } from '../../../../lib/metrics/report.ts';
import { periodSlug } from '../../../../lib/periods.ts';
import { type DataTable, toCsv } from '../../../../lib/tables/csv.ts';
import { locales } from '../../../../schemas/localized.ts';
import { reportDataTables } from '../../../../page-data/report-tables.ts';
import { loadReportData } from '../../../../page-data/reports.ts';

/**
 * `/<locale>/reports/<yyyy>-q<n>/<table>.csv`: each table of the quarter's report as a file
 * (UTF-8 with BOM, CRLF, headers in the locale's language). Internal builds only, like the
 * report itself (src/lib/audience.ts).
 */
export function getStaticPaths() {
  return sectionPaths('reports', siteAudience(), () =>
    locales.flatMap((locale) =>
      reportPeriods(loadReportData()).flatMap((period) =>
        reportDataTables(period, locale).map((table) => ({
          params: { locale, period: periodSlug(period), table: table.id },
          props: { locale, table },
        })),
      ),
    ),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { locale: Locale; table: DataTable };
  return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
