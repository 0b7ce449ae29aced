import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/diagnostics/messages/en.ts';
import {
  hintOf,
  messageCodes,
  render,
  schemaHints,
} from '../../src/lib/diagnostics/messages/index.ts';
import { zhCn } from '../../src/lib/diagnostics/messages/zh-cn.ts';

describe('message catalogs', () => {
  it('have the same codes in English and Simplified Chinese', () => {
    expect(Object.keys(zhCn).sort()).toEqual(Object.keys(en).sort());
    expect(messageCodes.length).toBeGreaterThan(80);
  });

  it('give every code a message and a fix in both languages', () => {
    // Parameters every code can be rendered with: strings, numbers and lists a message may need.
    const params = new Proxy(
      {},
      {
        get: (_t, name) =>
          name === 'allowed' ||
          name === 'known' ||
          name === 'declared' ||
          name === 'keys' ||
          name === 'anchors' ||
          name === 'cycle' ||
          name === 'locales'
            ? ['a', 'b']
            : name === 'wrong'
              ? { kind: 'above', value: 120, bound: 100 }
              : name === 'unit'
                ? 'percent'
                : name === 'kind'
                  ? 'article'
                  : name === 'hint'
                    ? 'date'
                    : name === 'noun'
                      ? 'task'
                      : name === 'section'
                        ? 'owners'
                        : `x`,
      },
    );
    for (const code of messageCodes) {
      for (const lang of ['en', 'zh-cn'] as const) {
        const [message, fix] = render(lang, code, params as never);
        expect(message.trim(), `${lang} ${code}`).not.toBe('');
        expect(fix.trim(), `${lang} ${code}`).not.toBe('');
        expect(`${message}${fix}`, `${lang} ${code}`).not.toMatch(/undefined|\[object/);
        if (lang === 'zh-cn') expect(`${message}${fix}`, code).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('know every custom message written in the schemas, so each can be translated', () => {
    const dir = join(import.meta.dirname, '../../src/schemas');
    const messages = readdirSync(dir).flatMap((file) =>
      [
        ...readFileSync(join(dir, file), 'utf8').matchAll(
          /(?:\.regex\([^,]+,\s*|message:\s*|\.refine\(\s*\([^)]*\)\s*=>[^,]+,\s*)'([^']+)'/g,
        ),
      ].map((m) => m[1]!),
    );
    expect(messages).toEqual(expect.arrayContaining(Object.values(schemaHints)));
    const unknown = messages.filter((m) => !hintOf(m) && !/at least two words/.test(m));
    expect(unknown).toEqual([]);
    expect(Object.keys(schemaHints).length).toBeGreaterThanOrEqual(6);
  });
});
