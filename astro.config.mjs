// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'https://handbook.example.com',
  // Serve from a sub-path, e.g. BASE_PATH=/handbook/ for https://example.com/handbook/.
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), searchIndex()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
