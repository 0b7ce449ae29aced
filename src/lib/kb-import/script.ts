/**
 * Which Chinese script a page is written in. A Traditional page imported into the Simplified
 * locale gets `lang: zh-Hant`, so its text is marked up (and read aloud, and hyphenated) as what
 * it is. Decided by characters that exist in one script only, with OpenCC's tables.
 */
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** How much of a page is read: enough to decide, cheap on a 1,000-page corpus. */
const SAMPLE = 20_000;

/**
 * `zh-Hant` when the text has clearly more Traditional-only characters than Simplified-only ones,
 * `zh-Hans` when the reverse, `undefined` when there is too little Chinese to tell.
 */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' | undefined {
  const han = (text.slice(0, SAMPLE).match(/\p{Script=Han}/gu) ?? []).join('');
  if (han.length < 8) return undefined;
  const simplified = toSimplified(han);
  const traditional = toTraditional(han);
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  const a = [...han];
  const s = [...simplified];
  const t = [...traditional];
  for (let i = 0; i < a.length; i++) {
    if (s[i] !== a[i]) traditionalOnly++;
    if (t[i] !== a[i]) simplifiedOnly++;
  }
  if (traditionalOnly + simplifiedOnly < 3) return undefined;
  return traditionalOnly > simplifiedOnly * 2 ? 'zh-Hant' : 'zh-Hans';
}
