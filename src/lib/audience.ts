/**
 * What a build holds for its audience. An internal build is the team's whole handbook; a public
 * build (`SITE_AUDIENCE=public`) is the customer-safe knowledge base only: no internal article
 * (the site model filters those) and none of the management sections below.
 */
import type { GitInfo } from './git.ts';

export type Audience = 'internal' | 'public';

/** The site's top-level sections, as the main navigation names them. */
export type Section =
  | 'home'
  | 'kb'
  | 'tags'
  | 'training'
  | 'training-records'
  | 'reports'
  | 'roadmap'
  | 'health'
  | 'tracking';

/**
 * Management material — quarterly reports, the improvement roadmap, content health — is about the
 * team, not for customers: a public build generates none of its pages and links to none of them.
 */
export const internalSections: ReadonlySet<Section> = new Set([
  'reports',
  'roadmap',
  'health',
  // The team's training records (dashboard, growth records): people's names, ids and grades.
  // The learning paths themselves (`training`) are built for every audience.
  'training-records',
  'tracking',
]);

/** Whether a build for `audience` has the section's pages (and so may link to them). */
export const hasSection = (section: Section, audience: Audience): boolean =>
  audience === 'internal' || !internalSections.has(section);

/**
 * The `getStaticPaths` entries of a route in `section`: all of them when the build has the
 * section, none otherwise, so the route writes no file, Pagefind indexes nothing and the sitemap
 * lists nothing for it. `paths` is called only then, so a public build never reads management
 * data (report snapshots, the roadmap) at all.
 */
export const sectionPaths = <T>(
  section: Section,
  audience: Audience,
  paths: () => readonly T[],
): T[] => (hasSection(section, audience) ? [...paths()] : []);

/**
 * Git history as the pages may show it. Commit author names are staff names: fine inside the
 * team, personal data on a public site, so a public build keeps only the date (the article's
 * `owner`, a team, stays visible).
 */
export function gitInfoFor(info: Map<string, GitInfo>, audience: Audience): Map<string, GitInfo> {
  if (audience === 'internal') return info;
  return new Map([...info].map(([file, { updated }]) => [file, { updated, author: '' }]));
}
