/**
 * Issue 13: the newest quarterly report prints to A4 as the browser's own print would, with every
 * table column on the page, a running header and page numbers, in at most ten pages. The PDF's text is read back with
 * pdftotext (poppler-utils, installed by .ci/run when missing).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartsDrawn, useBrowser } from './harness.ts';

const browser = useBrowser();
const folder = mkdtempSync(join(tmpdir(), 'report-print-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Text without any white space, so a header wrapped over two lines still matches. */
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Whether `header` is in the PDF's text. A header that wraps inside its narrow cell comes out of
 * pdftotext with the next cells' text between its lines (负责 … 人), so its parts are looked for
 * in order within a short window: each Latin word whole, each other character on its own.
 */
function printedHeader(printed: string, header: string, window = 80): boolean {
  // Words are split before white space goes: “Change vs previous quarter” wraps between words.
  const parts = header.match(/[A-Za-z0-9%]+|[^\sA-Za-z0-9%]/g) ?? [];
  if (!parts.length) return true;
  for (
    let start = printed.indexOf(parts[0]!);
    start >= 0;
    start = printed.indexOf(parts[0]!, start + 1)
  ) {
    let at = start + parts[0]!.length;
    let found = 1;
    for (; found < parts.length; found++) {
      const next = printed.indexOf(parts[found]!, at);
      if (next < 0 || next + parts[found]!.length > start + window) break;
      at = next + parts[found]!.length;
    }
    if (found === parts.length) return true;
  }
  return false;
}

describe.each([
  ['zh-cn', '/zh-cn/reports/2026-q3/'],
  ['en', '/en/reports/2026-q3/'],
])('the newest report printed (%s)', (locale, path) => {
  it('keeps every column header of every table, with a running header and page numbers', async () => {
    const page = await browser.page(path);
    await chartsDrawn(page);
    await page.emulateMedia({ media: 'print' });
    // What print shows of each table's column headers, read from the page itself.
    const headers = await page.evaluate(() =>
      [...document.querySelectorAll('main table')]
        .filter((table) => table.getClientRects().length > 0)
        .flatMap((table) =>
          [...table.querySelectorAll('thead th')].map((th) => (th as HTMLElement).innerText),
        )
        .filter((text) => text.trim().length > 0),
    );
    expect(headers.length).toBeGreaterThan(10);
    const title = await page.title();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(folder, `${locale}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim()).length;
    console.log(`${path}: ${pages} A4 pages`);
    // The aim for the sample's newest quarter: a report a director forwards, not a booklet.
    expect(pages).toBeLessThanOrEqual(10);

    // A header wrapped over several lines of a narrow column is read in content order (-raw),
    // where its lines follow one another; the layout text interleaves them with other columns.
    const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    const printed = [squash(text), squash(raw)];
    const missing = headers.filter((h) => !printed.some((p) => printedHeader(p, h)));
    expect(missing, 'column headers missing from the PDF').toEqual([]);
    // pdftotext keeps or drops the spaces around the slash depending on the glyphs' spacing.
    for (let n = 1; n <= pages; n++)
      expect(text).toMatch(new RegExp(`\\b${n}\\s*/\\s*${pages}\\b`));
    // The running header: the page's title, on the first page and the last.
    const [first, ...rest] = text.split('\f').filter((p) => p.trim());
    const running = squash(title.split(' · ')[0]!);
    expect(squash(first!)).toContain(running);
    expect(squash(rest.at(-1) ?? first!)).toContain(running);
  }, 120_000);
});
