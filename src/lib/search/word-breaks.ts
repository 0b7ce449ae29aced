/**
 * Chinese has no spaces between words, so a full-text index has to find the words itself. Pagefind
 * does it with its own segmenter (jieba, through charabia), while queries reach it split by the
 * browser's `Intl.Segmenter` (see segment.ts): two dictionaries that do not always agree, and
 * Pagefind's way costs it more than twice the memory (3 GB at 8,000 Chinese articles). So the
 * build splits the text with the same segmenter the queries use, putting a space between the
 * words of each run of Chinese characters, and Pagefind finds words it need not split again.
 *
 * Pagefind's excerpts then carry those spaces; `unbreakWords` takes them out again.
 */

const hanRun = /\p{Script=Han}{2,}/gu;
/** A space between two Chinese characters, `<mark>` tags around it included. */
const breaks = /(\p{Script=Han})((?:<\/?mark>)*) ((?:<\/?mark>)*)(?=\p{Script=Han})/gu;

let segmenter: Intl.Segmenter | undefined;

function breakRun(run: string): string {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let out = '';
  for (const { segment, index } of segmenter.segment(run)) out += index ? ` ${segment}` : segment;
  return out;
}

/** Text with a space between the words of each run of Chinese characters. */
export const breakWords = (text: string): string => text.replace(hanRun, breakRun);

/**
 * Text, or an excerpt's HTML, with the spaces between Chinese characters taken out: those
 * `breakWords` added, and the rare one a writer put there (an excerpt reads the same without it).
 */
export const unbreakWords = (text: string): string => text.replace(breaks, '$1$2$3');

/** Elements whose content is not text, left exactly as they are. */
const rawText = /^<(script|style|textarea|title)\b/i;
const bodyTag = /<([a-z][a-z0-9-]*)[^<>]*\sdata-pagefind-body\b/i;

/**
 * A built page's HTML with word breaks in the text of its `data-pagefind-body` element, the part
 * Pagefind reads. Tags, attribute values (filters, meta, alt text), comments, entities and raw-text
 * elements are left alone; only runs of Chinese characters between tags change. The page on disk
 * is never rewritten: this copy goes to the indexer alone.
 */
export function breakWordsInHtml(html: string): string {
  const body = bodyTag.exec(html);
  if (!body) return html;
  const name = body[1]!.toLowerCase();
  const parts = [html.slice(0, body.index)];
  let depth = 0;
  let i = body.index;
  while (i < html.length) {
    if (html[i] === '<' && /[a-zA-Z/!?]/.test(html[i + 1] ?? '')) {
      let end = endOfTag(html, i);
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 40));
      if (tag?.[2]!.toLowerCase() === name && !html.startsWith('/>', end - 2))
        depth += tag[1] ? -1 : 1;
      const raw = rawText.exec(html.slice(i, i + 12));
      if (raw) {
        const close = new RegExp(`</${raw[1]!}`, 'ig');
        close.lastIndex = end;
        end = close.exec(html)?.index ?? html.length;
      }
      parts.push(html.slice(i, end));
      i = end;
      // The body element has closed: the rest of the page is not indexed.
      if (depth === 0) break;
      continue;
    }
    // Text runs to the next `<`; one that opens no tag (`a < b`) is text too.
    const next = html.indexOf('<', i + 1);
    const stop = next < 0 ? html.length : next;
    parts.push(breakWords(html.slice(i, stop)));
    i = stop;
  }
  parts.push(html.slice(i));
  return parts.join('');
}

/** The index just after the tag or comment that opens at `from` (a quoted `>` is skipped). */
function endOfTag(html: string, from: number): number {
  if (html.startsWith('<!--', from)) {
    const close = html.indexOf('-->', from + 4);
    return close < 0 ? html.length : close + 3;
  }
  let quote = '';
  for (let i = from + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}
