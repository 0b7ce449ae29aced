/**
 * Issue 2, acceptance: "An article with `tier: guru`, one with no title and one with a malformed
 * date each stop the build with a message naming the file and the field; nothing is written to
 * dist/". Runs the real `astro build` in a throwaway copy of the project.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildTempProject,
  createTempProject,
  removeTempProject,
  type TempBuild,
} from '../../scripts/lib/temp-project.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TIMEOUT = 240_000;
const MARKER = '<!doctype html><title>earlier build</title>';

// Same structure as content/kb/zh-cn/returns/after-sales-desk-howto.md; `related` is empty because
// the articles it names are not in the temporary project.
const validArticle = `---
title: 售后一站式受理台：退换货五步受理法
summary: 退货和换货合并到一个受理台后，一位坐席从受理到预约取件一次办完，不再转组。
tier: basic
category: returns
type: howto
tags: [售后, 退货, 换货, 一站式]
owner: 售后服务组
reviewed: 2026-10-15
reviewEvery: 90
status: published
audience: internal
aliases: [售后台, 退换货合并]
related: []
translationKey: after-sales-desk-howto
---

2026 年起，退货组和换货组合并为**售后一站式受理台**。

## 五个步骤

1. **核验（1 分钟内）** 核对订单号和收货人手机号后四位。
`;

/** The valid article with one front-matter line replaced (or removed with `null`). */
const variant = (field: string, line: string | null, key: string): string =>
  validArticle
    .replace(new RegExp(`^${field}:.*\\n`, 'm'), line === null ? '' : `${line}\n`)
    .replace(/^translationKey:.*$/m, `translationKey: ${key}`);

const kb = 'content/kb/zh-cn/returns';
const articles: Record<string, string> = {
  'after-sales-desk-howto.md': validArticle,
  'guru-tier.md': variant('tier', 'tier: guru', 'guru-tier'),
  'no-title.md': variant('title', null, 'no-title'),
  'bad-date.md': variant('reviewed', 'reviewed: 2026-13-45', 'bad-date'),
  // Front matter Astro's own loader cannot parse: it fails while the check still runs beside it.
  'unclosed-quote.md': variant('title', 'title: "售后一站式受理台', 'unclosed-quote'),
};

let project: string;
let build: TempBuild;
let output: string;

beforeAll(() => {
  project = createTempProject('build-stops');
  mkdirSync(join(project, kb), { recursive: true });
  for (const [name, source] of Object.entries(articles)) {
    writeFileSync(join(project, kb, name), source);
  }
  // What an earlier, successful build left behind.
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist/previous.html'), MARKER);

  build = buildTempProject(project, TIMEOUT - 5_000);
  output = build.output;
}, TIMEOUT);

afterAll(() => {
  if (project) removeTempProject(project);
});

/** The report's lines, without Astro's `HH:MM:SS [ERROR] [integration]` prefix line. */
const reportLines = (text: string): string => {
  const lines = text.split('\n');
  const first = lines.findIndex((line) =>
    /^content\/\S+:\d+:\d+ {2}(error|warning) {2}/.test(line),
  );
  const last = lines.findIndex((line) => line.startsWith('Nothing was built.'));
  return first < 0 ? '' : lines.slice(first, last < 0 ? undefined : last + 1).join('\n');
};

describe('a build with bad articles', { timeout: TIMEOUT }, () => {
  it('fails', () => {
    expect(build.error, String(build.error)).toBeUndefined();
    expect(build.signal).toBeNull();
    expect(build.status, output).not.toBe(0);
  });

  it('lists each bad file with line:column, the field, the value found and the fix', () => {
    expect(reportLines(output)).toMatchInlineSnapshot(`
      "content/kb/zh-cn/returns/bad-date.md:9:1  error  reviewed: “2026-13-45”: expected a date written YYYY-MM-DD
          → write it like \`reviewed: 2026-09-15\`
      content/kb/zh-cn/returns/guru-tier.md:4:1  error  tier: “guru” is not allowed
          → use one of: basic, advanced, expert
      content/kb/zh-cn/returns/no-title.md:1:1  error  title: is missing
          → add it, e.g. \`title: 退货流程时效说明\`
      content/kb/zh-cn/returns/unclosed-quote.md:2:8  error  title: a quote is opened but never closed
          → close the quote at the end of the value, or remove it
      4 errors, 0 warnings
      Nothing was built. Fix the errors above and build again."
    `);
  });

  it('says nothing about the valid article', () => {
    expect(output).not.toContain('after-sales-desk-howto.md');
  });

  it('prints no stack trace', () => {
    expect(output).not.toMatch(/^ {4}at /m);
  });

  it('leaves the earlier dist/ untouched', () => {
    expect(readdirSync(join(project, 'dist'))).toEqual(['previous.html']);
    expect(readFileSync(join(project, 'dist/previous.html'), 'utf8')).toBe(MARKER);
  });
});
