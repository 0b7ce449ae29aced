/** The computed ticket figures as the pages read them, once per build. */
import { loadTicketFigures } from '../lib/tickets/merge.ts';
import type { TicketFigures } from '../schemas/ticket-figures.ts';

let figures: { value: TicketFigures | undefined } | undefined;

export function loadTicketFigureData(root: string = process.cwd()): TicketFigures | undefined {
  figures ??= { value: loadTicketFigures(root).value };
  return figures.value;
}
