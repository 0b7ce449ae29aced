/**
 * A diagnosed problem's frequency counted from the ticket export: the share of the quarter's
 * tickets carrying the problem's tag, rated 1–5 by the bands of `data/problem-frequency.json`.
 */
import { existsSync } from 'node:fs';
import { readJsonWith } from '../diagnostics/json-read.ts';
import type { Problem } from '../diagnostics/problem.ts';
import type { MessageParams } from '../diagnostics/messages/index.ts';
import { closest } from '../diagnostics/zod-problems.ts';
import { problemFrequencySchema } from '../../schemas/problem-frequency.ts';
import type { FrequencyBasis } from '../../schemas/snapshot.ts';
import type { TicketFigures } from '../../schemas/ticket-figures.ts';

export const PROBLEM_FREQUENCY_FILE = 'data/problem-frequency.json';

/** What tag-counted frequencies are worked out from; either part may be missing. */
export interface FrequencySource {
  /** The import's figures (`data/tickets/computed.json`). */
  figures: TicketFigures | undefined;
  /** Lowest shares (%) rating 2, 3, 4 and 5. */
  bands: readonly number[] | undefined;
}

/** The 1–5 rating of a share: 1 plus the number of band floors it reaches. */
export const frequencyOfShare = (share: number, bands: readonly number[]): number =>
  1 + bands.filter((floor) => share >= floor).length;

const known = new WeakMap<TicketFigures, string[]>();
/** Every tag the export has, in any period (worked out once per figures file). */
function knownTags(figures: TicketFigures): string[] {
  let tags = known.get(figures);
  if (!tags) {
    const all = new Set<string>();
    for (const period of Object.values(figures.periods))
      for (const t of period.tags) all.add(t.tag);
    tags = [...all].sort();
    known.set(figures, tags);
  }
  return tags;
}

type FailureCode =
  | 'tickets.problem-no-export'
  | 'tickets.problem-no-bands'
  | 'tickets.problem-period'
  | 'tickets.problem-tag-unknown';
/** Why a tag gives no frequency, as a message code with its parameters. */
export type Failure = { [C in FailureCode]: { code: C; params: MessageParams<C> } }[FailureCode];

/** The frequency a tag gives a quarter, or the one reason it cannot. */
export function frequencyFromTag(
  tag: string,
  quarter: string,
  source: FrequencySource,
): { frequency: number; basis: FrequencyBasis } | Failure {
  const wanted = tag.toLowerCase();
  if (!source.figures)
    return { code: 'tickets.problem-no-export', params: { tag, period: quarter } };
  if (!source.bands)
    return {
      code: 'tickets.problem-no-bands',
      params: { tag, file: PROBLEM_FREQUENCY_FILE },
    };
  const { figures } = source;
  const period = figures.periods[quarter];
  if (!period || period.kind !== 'quarter' || !period.complete)
    return {
      code: 'tickets.problem-period',
      params: {
        tag,
        period: quarter,
        first: figures.provenance.firstDay,
        last: figures.provenance.exportedOn,
      },
    };
  const tags = knownTags(figures);
  if (!tags.includes(wanted)) {
    const suggestion = closest(wanted, tags);
    return {
      code: 'tickets.problem-tag-unknown',
      params: {
        tag,
        export: figures.provenance.files.map((f) => f.file).join(', '),
        ...(suggestion ? { suggestion } : {}),
      },
    };
  }
  const tickets = period.tags.find((t) => t.tag === wanted)?.tickets ?? 0;
  const of = period.scopes['all']?.volume ?? 0;
  // Rated on the share as the page shows it (two decimals), so the figure and its band agree.
  const share = of ? Math.round((10_000 * tickets) / of) / 100 : 0;
  return {
    frequency: frequencyOfShare(share, source.bands),
    basis: { tag: wanted, tickets, of, share },
  };
}

/** Read and check the bands file; undefined (and no problem) when there is none. */
export function loadFrequencyBands(root: string): {
  value: readonly number[] | undefined;
  problems: Problem[];
} {
  if (!existsSync(`${root}/${PROBLEM_FREQUENCY_FILE}`)) return { value: undefined, problems: [] };
  const read = readJsonWith(root, PROBLEM_FREQUENCY_FILE, problemFrequencySchema);
  return { value: read.value?.bands, problems: read.problems };
}
