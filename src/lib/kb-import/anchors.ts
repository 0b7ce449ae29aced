import GithubSlugger from 'github-slugger';
import { fencedLines } from '../markdown/fences.ts';
import { linksOutsideCode } from './markdown.ts';

/**
 * Heading anchors after an import. Other docs tools make ids their own way: PingCAP's site, for
 * one, drops the Chinese part of `## 部署本地测试集群 (Deploy a local test cluster)` and links to
 * `#deploy-a-local-test-cluster`, where Astro's id is `部署本地测试集群-deploy-a-local-test-cluster`.
 * Links are pointed at the ids the site will really have.
 */

const latinKey = (id: string) => id.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The id on the target page an anchor from another tool meant: the same id, else the heading
 * whose Latin letters and digits are the anchor's (ids that drop or keep Chinese, `_` or `.`
 * alike). `undefined` when no heading fits.
 */
export function matchAnchor(anchor: string, ids: readonly string[]): string | undefined {
  let wanted = anchor;
  try {
    wanted = decodeURIComponent(anchor);
  } catch {
    // Keep it as written.
  }
  wanted = wanted.toLowerCase();
  if (ids.includes(wanted)) return wanted;
  const slugged = new GithubSlugger().slug(wanted);
  if (ids.includes(slugged)) return slugged;
  const key = latinKey(wanted);
  if (!key) return undefined;
  return ids.find((id) => latinKey(id) === key) ?? ids.find((id) => latinKey(id).endsWith(key));
}

/** The ids a page has, and the source's old anchor names that lead to one of them. */
export interface PageAnchors {
  ids: readonly string[];
  aliases: ReadonlyMap<string, string>;
}

/**
 * Point every link's `#anchor` in `body` at an existing heading. `idsOf` gives the ids of the
 * page a relative href leads to (`''` is the page itself), or `undefined` for pages not imported,
 * whose anchors are left alone. Anchors that fit no heading are dropped, so the link opens the
 * page; each is reported through `miss` with its 0-based line.
 */
export function fixAnchors(
  body: string,
  idsOf: (href: string) => PageAnchors | undefined,
  miss: (lineIndex: number, link: string) => void,
  hit: (lineIndex: number) => void = () => {},
): string {
  const lines = body.split('\n');
  const fenced = fencedLines(lines);
  return lines
    .map((line, lineIndex) => {
      if (fenced[lineIndex]) return line;
      const target = (path: string, anchor: string, whole: string) => {
        const page = idsOf(path);
        if (!page) return { keep: true, id: undefined };
        let name = anchor;
        try {
          name = decodeURIComponent(anchor);
        } catch {
          // Keep it as written.
        }
        const id = page.aliases.get(name) ?? matchAnchor(anchor, page.ids);
        if (id === undefined) miss(lineIndex, whole);
        else hit(lineIndex);
        return { keep: false, id };
      };
      const inline = (whole: string, label: string, path: string, anchor: string) => {
        const { keep, id } = target(path, anchor, whole);
        if (keep) return whole;
        if (id === '') return `[${label}](${path || '#'})`;
        if (id !== undefined) return `[${label}](${path}#${id})`;
        return path ? `[${label}](${path})` : label;
      };
      const definition = (whole: string, before: string, path: string, anchor: string) => {
        const { keep, id } = target(path, anchor, whole);
        if (keep || (id === undefined && !path)) return whole;
        return `${before}${path}${id ? `#${id}` : path ? '' : '#'}`;
      };
      return linksOutsideCode(
        line,
        /\[((?:[^[\]]|\[[^\]]*\])*)\]\(((?:[^()\s#:]*\.md)?)#([^)\s]+)\)/g,
        inline,
      ).replace(/^(\s{0,3}\[[^\]]+\]:\s*)((?:[^\s#:]*\.md)?)#(\S+)$/, definition);
    })
    .join('\n');
}
