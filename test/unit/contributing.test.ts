import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { repoRoot } from '../../scripts/lib/temp-project.ts';
import {
  describeFields,
  frontMatterTable,
  injectReference,
} from '../../scripts/lib/schema-reference.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const schemaSource = readFileSync(join(repoRoot, 'src/schemas/article.ts'), 'utf8');
const contributing = readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md front-matter reference', () => {
  it('is up to date with src/schemas/article.ts (else run npx node scripts/docs-frontmatter.ts)', () => {
    const { fields, problems } = describeFields(articleSchema, schemaSource);
    expect(problems).toEqual([]);
    // A plain equality would print the whole file; compare the two tables for a readable diff.
    const tables = (text: string) =>
      [
        ...text.matchAll(
          /<!-- frontmatter:start ([\w-]+) -->([\s\S]*?)<!-- frontmatter:end \1 -->/g,
        ),
      ].map((m) => m[2]!.trim());
    expect(tables(contributing), 'run: npx node scripts/docs-frontmatter.ts').toEqual(
      tables(injectReference(contributing, fields)),
    );
    expect(tables(contributing)).toHaveLength(2);
  });

  it('documents every schema field in both languages, with type, default and allowed values', () => {
    const { fields } = describeFields(articleSchema, schemaSource);
    expect(fields.map((f) => f.name)).toEqual(Object.keys(articleSchema.shape));
    const en = frontMatterTable(fields, 'en').split('\n');
    expect(en[0]).toBe(
      '| Field | Type | Required / default | Allowed values | Description | Example |',
    );
    expect(en.find((l) => l.startsWith('| `status` |'))).toBe(
      '| `status` | one of the values | default `published` | `draft` · `published` · `archived` | `draft` shows only in `npm run dev`; `archived` stays reachable, marked, and out of lists and search. | — |',
    );
    expect(en.find((l) => l.startsWith('| `reviewed` |'))).toBe(
      '| `reviewed` | date YYYY-MM-DD | **required** | — | The day the content was last checked. | `reviewed: 2026-09-15` |',
    );
    const zh = frontMatterTable(fields, 'zh-cn').split('\n');
    expect(zh.find((l) => l.startsWith('| `lang` |'))).toBe(
      '| `lang` | 取值之一 | 可不填 | `zh-Hans` · `zh-Hant` · `en` | 只在文字不是该语言目录的常用文字时填写，例如 `zh-cn` 里的繁体中文。 | `lang: zh-Hant` |',
    );
  });

  it('refuses to generate a reference for a field without a Chinese or any description', () => {
    const schema = z.object({ a: z.string(), b: z.number().optional() });
    const source = `const articleSchema = z.object({
  /** Only English. */
  a: z.string(),
  b: z.number().optional(),
});`;
    expect(describeFields(schema, source, 'x.ts').problems).toMatchInlineSnapshot(`
      [
        "x.ts:3  a: its JSDoc has no Chinese description → add a line \` * @zh 中文说明。\`",
        "x.ts:4  b: has no JSDoc description → add /** What it is. @zh 中文说明。 */ above it",
      ]
    `);
  });

  it('names the missing markers instead of writing a file without the table', () => {
    expect(() => injectReference('# no markers', [])).toThrow(
      'the markers <!-- frontmatter:start zh-cn --> … <!-- frontmatter:end zh-cn --> are missing',
    );
  });
});
