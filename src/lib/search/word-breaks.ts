/**
 * Chinese has no spaces between words, so a full-text index has to find the words itself. Pagefind
 * does it with its own segmenter (jieba, through charabia), while queries reach it split by the
 * browser's `Intl.Segmenter` (see segment.ts): two dictionaries that do not always agree, and
 * Pagefind's way costs it more than twice the memory (3 GB at 8,000 Chinese articles). So the
 * build splits the text with the same segmenter the queries use, putting a WORD_BREAK between
 * the words of each run of Chinese characters, and Pagefind finds words it need not split again.
 * (Node and Chromium both split with ICU's dictionary; builds of different ICU versions may differ
 * on a rare word.)
 *
 * Pagefind's excerpts keep those breaks; `unbreakWords` takes out exactly them, so a space the
 * writer put between two Chinese words stays.
 */

const hanRun = /\p{Script=Han}{2,}/gu;
/** U+200B ZERO WIDTH SPACE: a word boundary to Pagefind that its excerpts keep as it is. */
export const WORD_BREAK = '\u200b';
const breaks = /\u200b/g;

let segmenter: Intl.Segmenter | undefined;

function breakRun(run: string): string {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let out = '';
  for (const { segment, index } of segmenter.segment(run))
    out += index ? `${WORD_BREAK}${segment}` : segment;
  return out;
}

/** Text with a WORD_BREAK between the words of each run of Chinese characters. */
export const breakWords = (text: string): string => text.replace(hanRun, breakRun);

/** Text, or an excerpt's HTML, without the breaks `breakWords` added. */
export const unbreakWords = (text: string): string => text.replace(breaks, '');

/** Elements whose content is not text, left exactly as they are. */
const rawText = /^<(script|style|textarea|title)\b/i;
const bodyTag = /<([a-z][a-z0-9-]*)[^<>]*\sdata-pagefind-body\b/i;
/**
 * Elements inside a line of text: a word may run across them (退款<a>时效</a>), so the text on
 * both sides is split as one. Any other tag ends the run, as it ends a line for Pagefind.
 */
const inlineTags = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);

/**
 * A built page's HTML with word breaks in the text of its `data-pagefind-body` element, the part
 * Pagefind reads. Tags, attribute values (filters, meta, alt text), comments, entities and raw-text
 * elements are left alone; only runs of Chinese characters change, split as one where they run
 * across inline elements. The page on disk is never rewritten: this copy goes to the indexer alone.
 */
export function breakWordsInHtml(html: string): string {
  const body = bodyTag.exec(html);
  if (!body) return html;
  const name = body[1]!.toLowerCase();
  const parts = [html.slice(0, body.index)];
  // Indexes in `parts` of the text pieces of the current line.
  let line: number[] = [];
  const endLine = () => {
    breakLine(parts, line);
    line = [];
  };
  let depth = 0;
  let i = body.index;
  while (i < html.length) {
    if (html[i] === '<' && /[a-zA-Z/!?]/.test(html[i + 1] ?? '')) {
      let end = endOfTag(html, i);
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 40));
      const tagName = tag?.[2]!.toLowerCase();
      if (tagName === name && !html.startsWith('/>', end - 2)) depth += tag![1] ? -1 : 1;
      const raw = rawText.exec(html.slice(i, i + 12));
      if (raw) {
        const close = new RegExp(`</${raw[1]!}`, 'ig');
        close.lastIndex = end;
        end = close.exec(html)?.index ?? html.length;
      }
      // Comments (no tag name) and inline elements keep the line going.
      if (raw || (tagName && !inlineTags.has(tagName))) endLine();
      parts.push(html.slice(i, end));
      i = end;
      // The body element has closed: the rest of the page is not indexed.
      if (depth === 0) break;
      continue;
    }
    // Text runs to the next `<`; one that opens no tag (`a < b`) is text too.
    const next = html.indexOf('<', i + 1);
    const stop = next < 0 ? html.length : next;
    line.push(parts.push(html.slice(i, stop)) - 1);
    i = stop;
  }
  endLine();
  parts.push(html.slice(i));
  return parts.join('');
}

/**
 * Puts a WORD_BREAK between the words of the Chinese runs of one line of text, given as pieces
 * of `parts` (the text between inline tags); a break where a piece starts goes at its start.
 */
function breakLine(parts: string[], line: readonly number[]): void {
  const texts = line.map((k) => parts[k]!);
  const joined = texts.join('');
  const cuts: number[] = [];
  for (const run of joined.matchAll(hanRun)) {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const { index } of segmenter.segment(run[0])) if (index) cuts.push(run.index + index);
  }
  if (!cuts.length) return;
  let start = 0;
  let c = 0;
  line.forEach((k, j) => {
    const text = texts[j]!;
    const end = start + text.length;
    let out = '';
    let from = start;
    for (; c < cuts.length && cuts[c]! < end; c++) {
      out += `${joined.slice(from, cuts[c])}${WORD_BREAK}`;
      from = cuts[c]!;
    }
    parts[k] = out + joined.slice(from, end);
    start = end;
  });
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
