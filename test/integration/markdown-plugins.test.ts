import type { AstroIntegration } from 'astro';
import { sync } from 'astro';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A plugin definition's name, or a placeholder. */
const named = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string'
    ? value.name
    : '(none for this file)';

/**
 * A plugin's names; a factory (plugins per document) is asked for an article's plugins, and a list
 * gives the names of its members in order.
 */
function namesOf(plugin: unknown, fileURL: URL): string[] {
  const made: unknown =
    typeof plugin === 'function' ? Reflect.apply(plugin, undefined, [{ fileURL }]) : plugin;
  return Array.isArray(made) ? made.map(named) : [named(made)];
}

/** The names of the hast plugins in the order Astro will run them, read after every integration. */
async function hastPluginNames(): Promise<string[]> {
  let names: string[] = [];
  const recorder: AstroIntegration = {
    name: 'test:record-hast-plugins',
    hooks: {
      'astro:config:done': ({ config }) => {
        const { processor } = config.markdown as {
          processor?: { options?: { hastPlugins?: unknown[] } };
        };
        const article = pathToFileURL(join(process.cwd(), 'content/kb/zh-cn/returns/x.md'));
        const plugins: unknown[] = processor?.options?.hastPlugins ?? [];
        names = plugins.flatMap((plugin) => namesOf(plugin, article));
      },
    },
  };
  await sync({ root: process.cwd(), logLevel: 'silent', integrations: [recorder] });
  return names;
}

describe('Markdown hast plugins', () => {
  it('run article links first and the sanitiser last, as astro.config.mjs says', async () => {
    expect(await hastPluginNames()).toEqual([
      'article-links',
      'callouts',
      'footnotes',
      'service-handbook:sanitize:raw',
      'service-handbook:sanitize',
    ]);
  }, 120_000);
});
