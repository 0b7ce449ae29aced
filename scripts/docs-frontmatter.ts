/**
 * `npx node scripts/docs-frontmatter.ts [--check]`: regenerate the front-matter reference tables in
 * CONTRIBUTING.md from src/schemas/article.ts (types, defaults and allowed values from the zod
 * schema; descriptions from the JSDoc, `@zh` for Chinese). `--check` changes nothing and exits 1
 * when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleSchema } from '../src/schemas/article.ts';
import { describeFields, injectReference } from './lib/schema-reference.ts';

const root = resolve(import.meta.dirname, '..');
const schemaFile = 'src/schemas/article.ts';
const target = join(root, 'CONTRIBUTING.md');

const { fields, problems } = describeFields(
  articleSchema,
  readFileSync(join(root, schemaFile), 'utf8'),
  schemaFile,
);
if (problems.length) {
  console.error(`CONTRIBUTING.md was not changed:\n${problems.join('\n')}`);
  process.exit(1);
}
const before = readFileSync(target, 'utf8');
const after = injectReference(before, fields);
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('CONTRIBUTING.md is out of date: run npx node scripts/docs-frontmatter.ts');
    process.exit(1);
  }
  console.log('CONTRIBUTING.md matches src/schemas/article.ts.');
} else if (after === before) {
  console.log('CONTRIBUTING.md is up to date.');
} else {
  writeFileSync(target, after);
  console.log(`CONTRIBUTING.md: front-matter reference regenerated (${fields.length} fields).`);
}
