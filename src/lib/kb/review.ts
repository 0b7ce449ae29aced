import { addDays, daysBetween } from '../dates.ts';

export interface ReviewState {
  /** The day the next review falls due. */
  dueOn: string;
  /** True when that day is before the build date. */
  overdue: boolean;
  /** Days past due (positive) or left (negative). */
  daysOverdue: number;
}

export function reviewState(reviewed: string, reviewEvery: number, today: string): ReviewState {
  const dueOn = addDays(reviewed, reviewEvery);
  const daysOverdue = daysBetween(dueOn, today);
  return { dueOn, overdue: daysOverdue > 0, daysOverdue };
}
