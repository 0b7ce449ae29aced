import en from '../i18n/en.json' with { type: 'json' };
import zhCn from '../i18n/zh-cn.json' with { type: 'json' };
import { locales, type Locale } from '../schemas/localized.ts';

export type { Locale };

type Plain<K> = K extends `${infer B}.one` | `${infer B}.other` ? B : K;
export type UiKey = Plain<keyof typeof zhCn>;
export type Params = Record<string, string | number>;

export const dictionaries: Record<Locale, Record<string, string>> = { 'zh-cn': zhCn, en };

/** BCP 47 tag for `Intl` and the `lang` attribute. */
export const langTag = (locale: Locale): string => (locale === 'zh-cn' ? 'zh-CN' : 'en');

// Built once per locale: every page calls translate() dozens of times.
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const plural = (locale: Locale, count: number) => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(langTag(locale))));
  return rules.select(count);
};
const formatCount = (locale: Locale, value: number) => {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(langTag(locale))));
  return format.format(value);
};

/**
 * Look up a UI string and fill `{name}` placeholders. A key with `.one` / `.other` variants is
 * chosen by `Intl.PluralRules` from `params.count`. A missing key shows as the key itself, and the
 * i18n test keeps both dictionaries complete.
 */
export function translate(locale: Locale, key: UiKey, params: Params = {}): string {
  const dictionary = dictionaries[locale];
  let template: string | undefined = dictionary[key];
  if (template === undefined && typeof params['count'] === 'number') {
    const form = plural(locale, params['count']);
    template = dictionary[`${key}.${form}`] ?? dictionary[`${key}.other`];
  }
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatCount(locale, value) : value;
  });
}

export const useTranslations = (locale: Locale) => (key: UiKey, params?: Params) =>
  translate(locale, key, params);

/** The other locale, for the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'zh-cn' ? 'en' : 'zh-cn');

/** `getStaticPaths` entries for a page that exists once per locale. */
export const localeParams = () =>
  locales.map((locale) => ({ params: { locale }, props: { locale } }));
