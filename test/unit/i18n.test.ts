import { describe, expect, it } from 'vitest';
import { dictionaries, translate } from '../../src/lib/i18n.ts';

const base = (key: string) => key.replace(/\.(one|other)$/, '');

describe('UI strings', () => {
  it('has every key in both locales (plural variants counted once)', () => {
    const keys = (locale: 'zh-cn' | 'en') =>
      [...new Set(Object.keys(dictionaries[locale]).map(base))].sort();
    expect(keys('en')).toEqual(keys('zh-cn'));
  });
  it('uses the same placeholders in both locales', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(dictionaries['zh-cn'])) {
      const en =
        dictionaries.en[key] ??
        dictionaries.en[`${base(key)}.other`] ??
        dictionaries.en[key.replace(/\.other$/, '')];
      expect(names(en ?? ''), key).toEqual(names(zh));
    }
  });
  it('has no empty string', () => {
    for (const dictionary of Object.values(dictionaries)) {
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
    }
  });
  it('interpolates and picks plural forms with Intl', () => {
    expect(translate('en', 'home.due', { count: 1 })).toBe('1 article is due for review');
    expect(translate('en', 'home.due', { count: 1200 })).toBe('1,200 articles are due for review');
    expect(translate('zh-cn', 'home.due', { count: 3 })).toBe('3 篇文章已到复核期');
    expect(translate('en', 'tag.title', { tag: 'refund' })).toBe('Tag: refund');
  });
});
