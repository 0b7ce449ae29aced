/**
 * The front-matter reference in CONTRIBUTING.md, generated from `src/schemas/article.ts` so it
 * cannot drift from what the build accepts: types, required/default and allowed values come from
 * the zod schema itself; descriptions and examples from each field's JSDoc (English text, `@zh`
 * for Chinese, `@example`).
 */
import type { z } from 'astro/zod';
import ts from 'typescript';

export type DocLang = 'zh-cn' | 'en';

/** What the reference says about one front-matter field. */
export interface FieldDoc {
  name: string;
  kind: 'text' | 'slug' | 'enum' | 'positive-int' | 'number' | 'date' | 'text-list' | 'slug-list';
  required: boolean;
  /** Present when the field has a default. */
  defaultValue?: unknown;
  allowed?: readonly string[];
  description: Record<DocLang, string>;
  example?: string;
}

interface JsDoc {
  en: string;
  zh?: string;
  example?: string;
  line: number;
}

/** Each property's JSDoc in `const <exportName> = z.object({ … })`, by field name. */
export function readJsDoc(sourceText: string, exportName: string): Map<string, JsDoc> {
  const file = ts.createSourceFile('schema.ts', sourceText, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, JsDoc>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === exportName &&
      node.initializer &&
      ts.isCallExpression(node.initializer)
    ) {
      const shape = node.initializer.arguments[0];
      if (shape && ts.isObjectLiteralExpression(shape)) {
        for (const property of shape.properties) {
          if (!property.name || !ts.isIdentifier(property.name)) continue;
          const line = file.getLineAndCharacterOfPosition(property.getStart()).line + 1;
          const jsDoc = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc).at(-1);
          const text = (comment: ts.JSDoc['comment']) =>
            (ts.getTextOfJSDocComment(comment) ?? '').replace(/\s+/g, ' ').trim();
          const tag = (name: string) => jsDoc?.tags?.find((t) => t.tagName.text === name)?.comment;
          const zh = text(tag('zh'));
          const example = text(tag('example'));
          docs.set(property.name.text, {
            en: text(jsDoc?.comment),
            ...(zh ? { zh } : {}),
            ...(example ? { example } : {}),
            line,
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return docs;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The field's kind, read from the zod definition after unwrapping default/optional. */
function kindOf(schema: z.ZodType): Pick<FieldDoc, 'kind' | 'allowed'> {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'enum':
      return { kind: 'enum', allowed: Object.values(def.entries ?? {}) };
    case 'string':
      return { kind: checks.some((c) => c.format === 'regex') ? 'slug' : 'text' };
    case 'number':
      return {
        kind:
          checks.some((c) => c.format === 'safeint') &&
          checks.some((c) => c.check === 'greater_than')
            ? 'positive-int'
            : 'number',
      };
    case 'array':
      return {
        kind: def.element && kindOf(def.element).kind === 'slug' ? 'slug-list' : 'text-list',
      };
    case 'pipe': {
      // The date field: a union of a YAML date and a `YYYY-MM-DD` string, normalised by a transform.
      const input = def.in ? defOf(def.in) : undefined;
      if (input?.type === 'union' && input.options?.some((o) => defOf(o).type === 'date'))
        return { kind: 'date' };
      return def.in ? kindOf(def.in) : { kind: 'text' };
    }
    default:
      throw new Error(
        `schema-reference: no wording for a zod “${def.type}” field; add it to kindOf`,
      );
  }
}

/**
 * Every field of `schema` with its docs. Fields whose JSDoc lacks an English text or an `@zh`
 * line are returned as problems (file:line, field, fix) instead of a half-empty reference.
 */
export function describeFields(
  schema: z.ZodObject,
  sourceText: string,
  file = 'src/schemas/article.ts',
  exportName = 'articleSchema',
): { fields: FieldDoc[]; problems: string[] } {
  const docs = readJsDoc(sourceText, exportName);
  const fields: FieldDoc[] = [];
  const problems: string[] = [];
  for (const [name, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const doc = docs.get(name);
    const at = `${file}:${doc?.line ?? 1}`;
    if (!doc?.en)
      problems.push(
        `${at}  ${name}: has no JSDoc description → add /** What it is. @zh 中文说明。 */ above it`,
      );
    else if (!doc.zh)
      problems.push(
        `${at}  ${name}: its JSDoc has no Chinese description → add a line \` * @zh 中文说明。\``,
      );
    let inner = fieldSchema;
    let required = true;
    let defaultValue: unknown;
    let hasDefault = false;
    for (
      let def = defOf(inner);
      def.type === 'default' || def.type === 'optional';
      def = defOf(inner)
    ) {
      required = false;
      if (def.type === 'default') {
        hasDefault = true;
        defaultValue = def.defaultValue;
      }
      inner = def.innerType!;
    }
    fields.push({
      name,
      ...kindOf(inner),
      required,
      ...(hasDefault ? { defaultValue } : {}),
      description: { en: doc?.en ?? '', 'zh-cn': doc?.zh ?? '' },
      ...(doc?.example ? { example: doc.example } : {}),
    });
  }
  return { fields, problems };
}

const words: Record<
  DocLang,
  {
    head: string[];
    kind: Record<FieldDoc['kind'], string>;
    required: string;
    optional: string;
    default: string;
  }
> = {
  'zh-cn': {
    head: ['字段', '类型', '必填 / 默认值', '可选值', '说明', '示例'],
    kind: {
      text: '文本',
      slug: 'slug（小写字母、数字、连字符）',
      enum: '取值之一',
      'positive-int': '正整数',
      number: '数字',
      date: '日期 YYYY-MM-DD',
      'text-list': '文本列表 `[a, b]`',
      'slug-list': 'slug 列表 `[a, b]`',
    },
    required: '必填',
    optional: '可不填',
    default: '默认',
  },
  en: {
    head: ['Field', 'Type', 'Required / default', 'Allowed values', 'Description', 'Example'],
    kind: {
      text: 'text',
      slug: 'slug (lowercase letters, digits, hyphens)',
      enum: 'one of the values',
      'positive-int': 'whole number > 0',
      number: 'number',
      date: 'date YYYY-MM-DD',
      'text-list': 'list of text `[a, b]`',
      'slug-list': 'list of slugs `[a, b]`',
    },
    required: 'required',
    optional: 'optional',
    default: 'default',
  },
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown table of every field, in one language. */
export function frontMatterTable(fields: readonly FieldDoc[], lang: DocLang): string {
  const w = words[lang];
  const rows = fields.map((f) => [
    `\`${f.name}\``,
    w.kind[f.kind],
    f.required
      ? `**${w.required}**`
      : 'defaultValue' in f
        ? `${w.default} \`${JSON.stringify(f.defaultValue).replace(/"/g, '')}\``
        : w.optional,
    f.allowed ? f.allowed.map((v) => `\`${v}\``).join(' · ') : '—',
    cell(f.description[lang]),
    f.example ? `\`${f.name}: ${cell(f.example)}\`` : '—',
  ]);
  return [w.head, w.head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export const markers = (lang: DocLang) =>
  [`<!-- frontmatter:start ${lang} -->`, `<!-- frontmatter:end ${lang} -->`] as const;

const notice =
  '<!-- Generated from src/schemas/article.ts by `npx node scripts/docs-frontmatter.ts`; edit the schema’s JSDoc, not this table. -->';

/**
 * `document` with the text between each language's markers replaced by that language's table.
 * Throws when a marker pair is missing, naming it, so the generator never writes a wrong file.
 */
export function injectReference(document: string, fields: readonly FieldDoc[]): string {
  let result = document;
  for (const lang of ['zh-cn', 'en'] as const) {
    const [start, end] = markers(lang);
    const from = result.indexOf(start);
    const to = result.indexOf(end);
    if (from < 0 || to < from)
      throw new Error(
        `CONTRIBUTING.md: the markers ${start} … ${end} are missing or out of order; put them back where the ${lang} table belongs`,
      );
    result = `${result.slice(0, from + start.length)}\n${notice}\n\n${frontMatterTable(fields, lang)}\n\n${result.slice(to)}`;
  }
  return result;
}
