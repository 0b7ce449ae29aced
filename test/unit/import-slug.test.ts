import { describe, expect, it } from 'vitest';
import {
  assignSlugs,
  categoryIdFrom,
  fingerprint,
  humanize,
  preferredSlug,
  slugifyName,
} from '../../src/lib/kb-import/slug.ts';

describe('slugs for imported files', () => {
  it('makes file names URL-safe', () => {
    expect(slugifyName('SQL_Statements v2')).toBe('sql-statements-v2');
    expect(slugifyName('Crème brûlée')).toBe('creme-brulee');
    expect(slugifyName('--x--')).toBe('x');
    expect(slugifyName('退款说明')).toBe('');
    expect(preferredSlug('a/_index.md')).toBe('a');
    expect(preferredSlug('a/b/README.md')).toBe('a-b');
    expect(preferredSlug('index.md')).toBe('home');
  });

  it('gives a name without Latin letters a stable fingerprint slug', () => {
    expect(preferredSlug('faq/退款说明.md')).toBe(`doc-${fingerprint('faq/退款说明.md')}`);
    expect(preferredSlug('faq/退款说明.md')).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(preferredSlug('faq/退款说明.md')).not.toBe(preferredSlug('faq/发票说明.md'));
  });

  it('tells shared names apart by folder, then by number, whatever the input order', () => {
    const paths = [
      'dm/_index.md',
      'a/b/setup.md',
      'ai/_index.md',
      'x/setup.md',
      'x/Setup.markdown',
      'setup.md',
    ];
    const slugs = assignSlugs(paths);
    expect(Object.fromEntries(slugs)).toEqual({
      'a/b/setup.md': 'a-b-setup',
      'ai/_index.md': 'ai',
      'dm/_index.md': 'dm',
      'setup.md': 'setup',
      'x/Setup.markdown': 'x-setup',
      'x/setup.md': 'x-setup-2',
    });
    expect(assignSlugs([...paths].reverse())).toEqual(slugs);
    expect(new Set(slugs.values()).size).toBe(paths.length);
  });

  it('avoids slugs already taken', () => {
    expect(assignSlugs(['a/refund.md'], new Set(['refund']))).toEqual(
      new Map([['a/refund.md', 'a-refund']]),
    );
  });

  it('derives category ids that start with a letter', () => {
    expect(categoryIdFrom('sql-statements')).toBe('sql-statements');
    expect(categoryIdFrom('2024 Releases')).toBe('c-2024-releases');
    expect(categoryIdFrom('常见问题')).toMatch(/^c-[0-9a-f]{8}$/);
    expect(humanize('best_practices')).toBe('Best practices');
  });
});
