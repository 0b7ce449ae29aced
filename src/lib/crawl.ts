/**
 * What search engines are told. A public build invites crawling and lists its pages in the
 * sitemap; an internal handbook must stay out of search engines even if it is reachable by
 * mistake, so it says so twice: `Disallow: /` in robots.txt (which only counts at a host's root)
 * and a `noindex` meta tag on every page (which counts wherever the site is served from).
 */
import type { Audience } from './audience.ts';

/** robots.txt for the build; `sitemap` is the absolute URL of the sitemap index. */
export function robotsTxt(audience: Audience, sitemap: string): string {
  if (audience === 'internal') {
    return [
      '# Internal handbook: not for search engines.',
      'User-agent: *',
      'Disallow: /',
      '',
    ].join('\n');
  }
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
}

/** The `<meta name="robots">` content every page carries, or undefined for none. */
export const robotsMeta = (audience: Audience): string | undefined =>
  audience === 'internal' ? 'noindex, nofollow' : undefined;

/**
 * Which built URLs the sitemap lists: pages (directory URLs) only, not the root (it only
 * redirects to the default locale), the 404 page or data files such as quick-find.json, feeds or
 * robots.txt. `siteRoot` is the absolute URL of the site's base, with a trailing slash.
 */
export function sitemapPage(url: string, siteRoot: string): boolean {
  if (!url.startsWith(siteRoot) || url === siteRoot) return false;
  const path = url.slice(siteRoot.length);
  // Training records (dashboard, per-agent growth records) are about people: never listed.
  if (/^[a-z-]+\/training\/(?:dashboard|agents)\//.test(path)) return false;
  return path.endsWith('/') && !/^(?:[a-z-]+\/)?404\/$/.test(path);
}
