/**
 * What the two search engines need from the build: the quick-find records per locale and the
 * lexicon (script maps and synonyms) per locale, shared by the palette and the search page.
 */
import * as OpenCC from 'opencc-js';
import { from as openccFrom, to as openccTo } from 'opencc-js/preset';
import synonymsFile from '../../data/synonyms.json';
import { bodyHeadings } from '../lib/markdown/links.ts';
import type { QuickFindRecord } from '../lib/search/palette.ts';
import {
  buildPhraseTables,
  phraseGroups,
  type PhraseDictionary,
  type PhraseGroup,
} from '../lib/search/phrases.ts';
import { buildScriptMaps } from '../lib/search/script.ts';
import { absentSynonyms } from '../lib/search/synonyms.ts';
import type { Lexicon } from '../lib/search/variants.ts';
import { href } from '../lib/urls.ts';
import { synonymsSchema } from '../schemas/synonyms.ts';
import type { Locale } from '../schemas/localized.ts';
import { loadBodies } from './bodies.ts';
import { loadKb } from './kb.ts';

/**
 * One locale's quick-find records: every listed article, then the sections of each (its level 2
 * and 3 headings, which the palette jumps to), articles first so they win ties.
 */
export async function quickFindRecords(locale: Locale): Promise<QuickFindRecord[]> {
  const [kb, bodies] = await Promise.all([loadKb(), loadBodies()]);
  const articles = kb.listed[locale];
  const records: QuickFindRecord[] = articles.map((a) => ({
    t: a.data.title,
    u: href(a.path),
    s: a.data.summary,
    r: a.data.tier,
    y: a.data.type,
    k: [...a.data.aliases, ...a.data.tags].join(' '),
  }));
  for (const a of articles) {
    const seen = new Set<string>();
    for (const h of bodyHeadings(bodies.get(a.id) ?? '')) {
      if (h.depth < 2 || h.depth > 3 || !h.text.trim() || seen.has(h.text)) continue;
      seen.add(h.text);
      records.push({
        t: h.text,
        u: `${href(a.path)}#${h.id}`,
        r: a.data.tier,
        p: a.data.title,
      });
    }
  }
  return records;
}

const lexicons = new Map<Locale, Promise<Lexicon>>();
let groups: PhraseGroup[] | undefined;

/**
 * OpenCC's phrase dictionaries, both ways: Simplified ↔ Traditional (STPhrases, TSPhrases) and
 * standard Traditional → Taiwan and Hong Kong vocabulary (TWPhrases, HKPhrases), whose entries
 * are searched both ways (a reverse dictionary adds nothing the groups do not hold).
 * The presets name them as the first dictionary of each conversion's first group.
 */
function phraseDictionaries(): PhraseDictionary[] {
  const first = (chain: readonly (readonly unknown[])[] | undefined) =>
    typeof chain?.[0]?.[0] === 'string' ? chain[0][0] : '';
  const dictionaries: PhraseDictionary[] = [
    { text: first(openccFrom['cn']), regional: false }, // STPhrases: 日志 → 日誌
    { text: first(openccTo['cn']), regional: false }, // TSPhrases
    { text: first(openccTo['twp']), regional: 'both' }, // TWPhrases: 數據庫 → 資料庫
    { text: first(openccTo['hkp']), regional: 'to-region' }, // HKPhrases
  ];
  return dictionaries.filter((d) => d.text.length > 0);
}
let converters: { toSimplified: (s: string) => string; toTraditional: (s: string) => string };

/**
 * One locale's lexicon, from the text of its listed articles:
 * - its script map keeps only the pairs whose result occurs there: a conversion to characters the
 *   locale never uses cannot match, and Pagefind, which drops the words it does not know, would
 *   search the rest of the query alone;
 * - `absent` names the synonyms that occur nowhere there, never swapped into a query.
 */
export function loadLexicon(locale: Locale): Promise<Lexicon> {
  let lexicon = lexicons.get(locale);
  if (!lexicon) {
    lexicon = (async () => {
      const [kb, bodies] = await Promise.all([loadKb(), loadBodies()]);
      const text = kb.listed[locale]
        .map((a) =>
          [a.data.title, a.data.summary, ...a.data.aliases, ...a.data.tags, bodies.get(a.id)].join(
            '\n',
          ),
        )
        .join('\n');
      converters ??= {
        toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }),
        toTraditional: OpenCC.Converter({ from: 'cn', to: 't' }),
      };
      const synonyms = synonymsSchema.parse(synonymsFile);
      const maps = buildScriptMaps(text, converters.toSimplified, converters.toTraditional);
      groups ??= phraseGroups(phraseDictionaries(), converters.toSimplified);
      const { phrases, traditional } = buildPhraseTables(text, groups, maps, converters);
      return {
        maps: {
          ...maps,
          ...(Object.keys(phrases).length ? { phrases } : {}),
          ...(Object.keys(traditional).length ? { traditionalPhrases: traditional } : {}),
        },
        synonyms,
        absent: absentSynonyms(synonyms, text),
      };
    })();
    lexicons.set(locale, lexicon);
  }
  return lexicon;
}
