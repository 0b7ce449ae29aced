import { findingActions, findingKinds, type Finding, type FindingKind } from './markdown.ts';
import type { ImportPlan } from './import-plan.ts';

/** The machine-readable report (`--report file.json`). */
export interface ImportReport {
  source: string;
  locale: string;
  dryRun: boolean;
  imported: { source: string; path: string; title: string; derived: string[] }[];
  skipped: ImportPlan['skipped'];
  categoriesCreated: ImportPlan['categoriesCreated'];
  /** What was carried over in the site's own syntax, counted. */
  converted: ImportPlan['stats'];
  unmapped: {
    kind: FindingKind;
    action: string;
    count: number;
    files: number;
    items: Omit<Finding, 'kind'>[];
  }[];
}

export function buildImportReport(
  plan: ImportPlan,
  meta: { source: string; locale: string; dryRun: boolean },
): ImportReport {
  return {
    ...meta,
    imported: plan.files.map((f) => ({
      source: f.source,
      path: f.path,
      title: f.title,
      derived: f.derived,
    })),
    skipped: plan.skipped,
    categoriesCreated: plan.categoriesCreated,
    converted: plan.stats,
    unmapped: findingKinds
      .map((kind) => {
        const items = plan.findings.filter((f) => f.kind === kind);
        return {
          kind,
          action: findingActions[kind],
          count: items.length,
          files: new Set(items.map((i) => i.file)).size,
          items: items.map(({ file, line, text }) => ({ file, line, text })),
        };
      })
      .filter((k) => k.count > 0),
  };
}

const n = (value: number) => value.toLocaleString('en');
const plural = (count: number, word: string, many = `${word}s`) =>
  `${n(count)} ${count === 1 ? word : many}`;

/** The human summary printed on stdout: counts first, then a few examples of each kind. */
export function formatImportReport(report: ImportReport, examples = 3): string {
  const derivedTitles = report.imported.filter((i) => i.derived.includes('title')).length;
  const derivedSummaries = report.imported.filter((i) => i.derived.includes('summary')).length;
  const lines = [
    `${report.dryRun ? 'Would import' : 'Imported'} ${plural(report.imported.length, 'article')} from ${report.source} into content/kb/${report.locale}/` +
      ` (title from the first heading: ${n(derivedTitles - report.converted.tocTitles)};` +
      (report.converted.tocTitles
        ? ` from a table of contents: ${n(report.converted.tocTitles)};`
        : '') +
      ` summary from the first paragraph: ${n(derivedSummaries)}).`,
  ];
  if (report.skipped.length) {
    lines.push(`Skipped ${plural(report.skipped.length, 'file')}:`);
    for (const s of report.skipped.slice(0, examples))
      lines.push(`  ${s.source}${s.target ? ` → ${s.target}` : ''}: ${s.reason}`);
    if (report.skipped.length > examples)
      lines.push(`  … and ${n(report.skipped.length - examples)} more`);
  }
  if (report.categoriesCreated.length) {
    lines.push(
      `${report.dryRun ? 'Would declare' : 'Declared'} ${plural(report.categoriesCreated.length, 'category', 'categories')} in data/categories.json: ${report.categoriesCreated.map((c) => c.id).join(', ')}`,
    );
  }
  const c = report.converted;
  const carried = [
    c.callouts && `${n(c.callouts)} containers → callouts`,
    c.details && `${n(c.details)} details blocks`,
    c.headingIds && `${n(c.headingIds)} heading ids`,
    c.anchors && `${n(c.anchors)} <a name> anchors`,
    c.tocFiles &&
      `${plural(c.tocFiles, 'table of contents', 'tables of contents')} (${n(c.tocTitles)} titles)`,
    c.genericTitles && `${n(c.genericTitles)} generic titles given their section`,
    c.traditional && `${n(c.traditional)} pages marked lang: zh-Hant`,
    c.prefixedLinks && `${n(c.prefixedLinks)} links through --link-prefix`,
  ].filter(Boolean);
  if (carried.length) lines.push(`Carried over: ${carried.join('; ')}.`);
  const { kept, dropped } = c.anchorLinks;
  if (kept + dropped)
    lines.push(`Links to a #heading: ${n(kept)} kept, ${n(dropped)} without their anchor.`);
  if (!report.unmapped.length) {
    lines.push('Everything was mapped.');
    return lines.join('\n');
  }
  lines.push('Could not map:');
  for (const kind of report.unmapped) {
    lines.push(
      `  ${kind.kind}: ${n(kind.count)} in ${plural(kind.files, 'file')} — ${kind.action}`,
    );
    for (const item of kind.items.slice(0, examples))
      lines.push(`    ${item.file}:${item.line}  ${item.text}`);
  }
  return lines.join('\n');
}
