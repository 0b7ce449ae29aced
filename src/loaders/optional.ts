import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * `loader` when the collection's folder exists, otherwise a loader of nothing: a project without
 * a curriculum (`content/training/`) builds without the glob loader's "does not exist" warning,
 * which no editor could act on.
 */
export function whenFolderExists(base: string, loader: () => Loader, root = process.cwd()): Loader {
  if (existsSync(join(root, base))) return loader();
  return {
    name: 'service-handbook:absent-folder',
    load: ({ store }) => {
      store.clear();
      return Promise.resolve();
    },
  };
}
