/**
 * The build date every date-dependent result is computed against ("review due", "overdue").
 * `BUILD_DATE=YYYY-MM-DD` pins it (tests do); otherwise it is today in UTC.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const pinned = env['BUILD_DATE'];
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}

/** Which articles a build may contain: `public` builds hold no internal article anywhere. */
export function siteAudience(
  env: Record<string, string | undefined> = process.env,
): 'internal' | 'public' {
  return env['SITE_AUDIENCE'] === 'public' ? 'public' : 'internal';
}
