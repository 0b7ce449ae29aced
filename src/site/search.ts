/**
 * What the two search engines need from the build: the quick-find records per locale and the
 * lexicon (script maps and synonyms) per locale, shared by the palette and the search page.
 */
import * as OpenCC from 'opencc-js';
import synonymsFile from '../../data/synonyms.json';
import type { QuickFindRecord } from '../lib/search/palette.ts';
import { buildScriptMaps } from '../lib/search/script.ts';
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

/**
 * One locale's lexicon. Its script map keeps only the pairs whose result occurs in that locale's
 * articles: a conversion to characters the locale never uses cannot match, and Pagefind, which
 * drops the words it does not know, would search the rest of the query alone.
 */
export function loadLexicon(locale: Locale): Promise<Lexicon> {
  let lexicon = lexicons.get(locale);
  if (!lexicon) {
    lexicon = (async () => {
      const kb = await loadKb();
      const bodies = await loadBodies();
      const text = kb.listed[locale]
        .map(
          (a) =>
            `${a.data.title} ${a.data.summary} ${a.data.aliases.join(' ')} ${a.data.tags.join(' ')} ${bodies.get(a.id)}`,
        )
        .join('\n');
      const maps = buildScriptMaps(
        text,
        OpenCC.Converter({ from: 't', to: 'cn' }),
        OpenCC.Converter({ from: 'cn', to: 't' }),
      );
      return { maps, synonyms: synonymsSchema.parse(synonymsFile) };
    })();
    lexicons.set(locale, lexicon);
  }
  return lexicon;
}
