import type { AstroIntegration } from 'astro';
import { sync } from 'astro';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Plugin = { name?: string } | ((ctx: { fileURL: URL | undefined }) => { name?: string } | null);

/** The names of the hast plugins in the order Astro will run them, read after every integration. */
async function hastPluginNames(): Promise<string[]> {
  let names: string[] = [];
  const recorder: AstroIntegration = {
    name: 'test:record-hast-plugins',
    hooks: {
      'astro:config:done': ({ config }) => {
        const processor = config.markdown.processor as
          { options?: { hastPlugins?: Plugin[] } } | undefined;
        const article = pathToFileURL(join(process.cwd(), 'content/kb/zh-cn/returns/x.md'));
        names = (processor?.options?.hastPlugins ?? []).map((plugin) => {
          const definition = typeof plugin === 'function' ? plugin({ fileURL: article }) : plugin;
          return definition?.name ?? '(unnamed)';
        });
      },
    },
  };
  await sync({ root: process.cwd(), logLevel: 'silent', integrations: [recorder] });
  return names;
}

describe('Markdown hast plugins', () => {
  it('run article links first and the sanitiser last, as astro.config.mjs says', async () => {
    expect(await hastPluginNames()).toEqual(['article-links', 'service-handbook:sanitize']);
  }, 120_000);
});
