/**
 * Question words and particles: what agents type around the words they are looking for
 * (如何卡券, 錯誤處理怎麼辦, how do I refund). Pagefind requires every word of a query, so one of
 * these words costs every page that does not happen to contain it, and ranks the pages that do
 * above the one the agent wants. They are taken out of a query before it is searched; a query
 * made of nothing else is searched as typed.
 */

/**
 * Question phrases in either script, taken out wherever they stand: none of them is part of a
 * longer word a documentation page would be found by. Longest first, so 怎么办 goes before 怎么.
 */
const questionPhrases = [
  '怎么办',
  '怎麼辦',
  '怎么样',
  '怎麼樣',
  '为什么',
  '為什麼',
  '为何',
  '為何',
  '是什么',
  '是什麼',
  '什么',
  '什麼',
  '如何',
  '怎么',
  '怎麼',
  '怎样',
  '怎樣',
  '请问',
  '請問',
  '哪里',
  '哪裡',
  '哪裏',
  '能否',
  '可否',
  '是否',
].sort((a, b) => b.length - a.length);

const phrasePattern = new RegExp(questionPhrases.join('|'), 'gu');

/**
 * Words dropped only when the segmenter gives them as words of their own: inside a word they
 * belong to it (的 in 目的, 了 in 了解, 吗 never, but 能 in 性能).
 */
const particles = new Set(
  [
    // Chinese, both scripts
    '的 了 吗 嗎 呢 吧 啊 呀 么 麼 得 地 着 著 要 能 会 會 该 該 可以 应该 應該 需要 想 我 我们 我們 你 您 请 請 一下 下 呢 在 有 没有 沒有 是 和 与 與 及 或 把 被 给 給 让 讓 对 對 用 去',
    // English
    'how what why when where which who whom whose do does did doing i me my we our you your can could should would will shall may might must is are was were be been am the a an to of for please there it its this that these those',
  ]
    .join(' ')
    .split(' ')
    .filter(Boolean),
);

/** Whether a word is a question word or particle on its own. */
export const isQuestionWord = (word: string): boolean =>
  particles.has(word.toLowerCase()) || questionPhrases.includes(word);

/** The query with its question phrases replaced by spaces (words on either side stay apart). */
export const stripQuestionPhrases = (query: string): string =>
  query.replace(phrasePattern, ' ').replace(/\s+/g, ' ').trim();

/**
 * The words of a segmented query that carry its meaning: question words and particles left out,
 * unless nothing else is left (a query of only 什么 is searched as it is).
 */
export function contentWords(words: readonly string[]): string[] {
  const kept = words.filter((w) => !isQuestionWord(w));
  return kept.length ? kept : [...words];
}
