/**
 * What the two search engines need from the build: the quick-find records per locale and the
 * lexicon (script maps and synonyms) per locale, shared by the palette and the search page.
 */
import * as OpenCC from 'opencc-js';
import synonymsFile from '../../data/synonyms.json';
import type { QuickFindRecord } from '../lib/search/palette.ts';
import { buildScriptMaps } from '../lib/search/script.ts';
import { absentSynonyms } from '../lib/search/synonyms.ts';
import type { Lexicon } from '../lib/search/variants.ts';
import { href } from '../lib/urls.ts';
import { synonymsSchema } from '../schemas/synonyms.ts';
import type { Locale } from '../schemas/localized.ts';
import { loadBodies } from './bodies.ts';
import { loadKb } from './kb.ts';

export async function quickFindRecords(locale: Locale): Promise<QuickFindRecord[]> {
  const kb = await loadKb();
  return kb.listed[locale].map((a) => ({
    t: a.data.title,
    u: href(a.path),
    s: a.data.summary,
    r: a.data.tier,
    y: a.data.type,
    k: [...a.data.aliases, ...a.data.tags].join(' '),
  }));
}

const lexicons = new Map<Locale, Promise<Lexicon>>();
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
      return {
        maps: buildScriptMaps(text, converters.toSimplified, converters.toTraditional),
        synonyms,
        absent: absentSynonyms(synonyms, text),
      };
    })();
    lexicons.set(locale, lexicon);
  }
  return lexicon;
}
