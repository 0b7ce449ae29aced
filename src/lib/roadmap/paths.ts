import type { Locale } from '../../schemas/localized.ts';
import type { StatusFilter } from './tasks.ts';

export const roadmapPath = (locale: Locale) => `/${locale}/roadmap/`;
export const roadmapOwnerPath = (locale: Locale, owner: string) =>
  `/${locale}/roadmap/owner/${encodeURIComponent(owner)}/`;
export const roadmapStatusPath = (locale: Locale, status: StatusFilter) =>
  `/${locale}/roadmap/status/${status}/`;
/** Fragment id of a task row, so dependencies and reports can link to it. */
export const taskAnchor = (id: string) => `task-${id}`;
