import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file that must not exist yet, creating its folder. `wx` makes "does it exist?" and the
 * write one step, so a file that appeared since the caller checked (another run, an editor) is
 * never replaced. Returns false, writing nothing, when the file is already there.
 */
export function writeNewFile(file: string, content: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
