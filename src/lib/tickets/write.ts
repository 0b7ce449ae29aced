/** Writing the figures file so that re-importing the same export changes no byte. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TicketFigures } from '../../schemas/ticket-figures.ts';

/** The file's text; `computedAt` is kept from the previous file when nothing else changed. */
export function figuresText(
  figures: TicketFigures,
  previous: string | undefined,
  now: Date,
): string {
  const render = (computedAt: string) =>
    `${JSON.stringify({ ...figures, provenance: { ...figures.provenance, computedAt } }, null, 2)}\n`;
  if (previous !== undefined) {
    try {
      const old = JSON.parse(previous) as { provenance?: { computedAt?: unknown } };
      const at = old.provenance?.computedAt;
      if (typeof at === 'string' && render(at) === previous) return previous;
    } catch {
      // A broken previous file is simply replaced.
    }
  }
  return render(now.toISOString());
}

/** Write the figures file (atomically: a half-written file never replaces a good one). */
export function writeFigures(
  path: string,
  figures: TicketFigures,
  now: Date,
): { changed: boolean } {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const text = figuresText(figures, previous, now);
  if (text === previous) return { changed: false };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  return { changed: true };
}
