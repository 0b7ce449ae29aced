import { describe, expect, it } from 'vitest';
import { validateKb, type SourceFile } from '../../src/lib/kb/validate.ts';
import { formatProblems } from '../../src/lib/diagnostics/problem.ts';
import type { Category } from '../../src/schemas/category.ts';
import { articleFile, validFields } from './helpers/articles.ts';

const categories: Category[] = ['returns', 'complaints'].map((id) => ({
  id,
  label: { 'zh-cn': id, en: id },
  description: { 'zh-cn': id, en: id },
}));
const file = (path: string, source: string): SourceFile => ({ path, source });
const check = (...files: SourceFile[]) => validateKb(files, categories);
const withField = (field: string, value: string) =>
  articleFile(validFields.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`));

describe('validateKb', () => {
  it('accepts a valid article and derives locale and slug from its path', () => {
    const result = check(
      file('content/kb/zh-cn/returns/return-timelines.md', articleFile(validFields)),
    );
    expect(result.problems).toEqual([]);
    expect(result.value[0]).toMatchObject({ locale: 'zh-cn', slug: 'return-timelines' });
    expect(result.value[0]?.data.reviewed).toBe('2026-09-15');
  });

  it('names the file, line, field, the value found and the values allowed for a bad tier', () => {
    const { problems } = check(file('content/kb/zh-cn/returns/a.md', withField('tier', 'guru')));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/kb/zh-cn/returns/a.md:4:1  error  tier: “guru” is not allowed
          → use one of: basic, advanced, expert"
    `);
  });

  it('reports a missing title at the top of the front matter with an example to copy', () => {
    const source = articleFile(validFields.replace(/^title:.*\n/m, ''));
    const { problems } = check(file('content/kb/zh-cn/returns/a.md', source));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/kb/zh-cn/returns/a.md:1:1  error  title: is missing
          → add it, e.g. \`title: 退货流程时效说明\`"
    `);
  });

  it('rejects a malformed date instead of guessing', () => {
    for (const bad of ['2026-13-45', '15/09/2026', 'next week']) {
      const { problems, value } = check(
        file('content/kb/zh-cn/returns/a.md', withField('reviewed', bad)),
      );
      expect(value).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: 9, field: 'reviewed', severity: 'error' });
      expect(problems[0]?.fix).toContain('reviewed: 2026-09-15');
    }
  });

  it('asks for quotes when a number stands where text belongs', () => {
    const { problems } = check(
      file('content/kb/zh-cn/returns/a.md', withField('aliases', '[12315, 退钱]')),
    );
    expect(problems[0]).toMatchObject({ line: 13, column: 11, field: 'aliases.0' });
    expect(problems[0]?.fix).toBe('put it in quotes so it stays text: "12315"');
  });

  it('warns about an unknown field with a suggestion, without failing the article', () => {
    const source = articleFile(`${validFields}reveiwEvery: 90`);
    const { problems, value } = check(file('content/kb/zh-cn/returns/a.md', source));
    expect(value).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'reveiwEvery',
        line: 16,
        fix: 'did you mean `reviewEvery`?',
      }),
    ]);
  });

  it('checks the category is declared and matches the folder', () => {
    const undeclared = check(
      file('content/kb/zh-cn/returns/a.md', withField('category', 'retruns')),
    );
    expect(undeclared.problems[0]?.fix).toContain('did you mean `returns`?');
    const moved = check(file('content/kb/zh-cn/complaints/a.md', articleFile(validFields)));
    expect(moved.problems[0]?.message).toBe(
      'is “returns” but the file is in the folder “complaints”',
    );
  });

  it('reports every problem of every file in one pass', () => {
    const { problems } = check(
      file('content/kb/zh-cn/returns/a.md', withField('tier', 'guru')),
      file('content/kb/zh-cn/returns/b.md', withField('type', 'recipe')),
      file('content/kb/zh-cn/returns/c.md', ''),
      file('content/kb/xx/returns/d.md', articleFile(validFields)),
    );
    expect(problems.map((p) => `${p.file.split('/').pop()}:${p.field || p.message}`)).toEqual([
      'a.md:tier',
      'b.md:type',
      'c.md:the file is empty',
      'd.md:locale folder “xx” is unknown',
    ]);
  });

  it('points YAML syntax errors at their line', () => {
    const source = articleFile(`${validFields}\nnote: [a, b\n`);
    const { problems } = check(file('content/kb/zh-cn/returns/a.md', source));
    expect(problems[0]?.message).toMatch(/not valid YAML/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(16);
  });

  it('checks related slugs, duplicate translation keys and self references across files', () => {
    const a = withField('related', '[return-timeline, a]');
    const b = articleFile(validFields);
    const { problems } = check(
      file('content/kb/zh-cn/returns/a.md', a),
      file('content/kb/zh-cn/returns/return-timelines.md', b),
    );
    expect(problems.map((p) => [p.field, p.message, p.fix])).toEqual([
      [
        'translationKey',
        '“return-timelines” is also used by content/kb/zh-cn/returns/a.md',
        expect.any(String),
      ],
      ['related.0', 'no article “return-timeline” in zh-cn', 'did you mean `return-timelines`?'],
      ['related.1', 'an article cannot be related to itself', expect.any(String)],
    ]);
  });

  it('handles a byte-order mark and Windows line endings without changing values', () => {
    const source = `\uFEFF${articleFile(validFields)}`.replace(/\n/g, '\r\n');
    const { problems, value } = check(file('content/kb/zh-cn/returns/a.md', source));
    expect(problems).toEqual([]);
    expect(value[0]?.data.title).toBe('退货流程时效');
  });
});

describe('validateKb cross-references', () => {
  it('does not report links to an article whose own front matter is broken', () => {
    const broken = articleFile(validFields.replace('tier: basic', 'tier: guru'));
    const linking = articleFile(
      validFields
        .replace('related: []', 'related: [return-timelines]')
        .replace('translationKey: return-timelines', 'translationKey: b'),
    );
    const { problems } = validateKb(
      [
        { path: 'content/kb/zh-cn/returns/return-timelines.md', source: broken },
        { path: 'content/kb/zh-cn/returns/b.md', source: linking },
      ],
      [{ id: 'returns', label: { 'zh-cn': 'r', en: 'r' }, description: { 'zh-cn': 'r', en: 'r' } }],
    );
    expect(problems.map((p) => p.field)).toEqual(['tier']);
  });
});
