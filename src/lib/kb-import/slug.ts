/**
 * File and folder names from another docs tool become slugs and category ids here. Everything is
 * deterministic: the same corpus always gives the same addresses, so a second import finds the
 * first one's files and skips them instead of creating twins.
 */

/** FNV-1a, 32 bits, as 8 hex digits: a stable short fingerprint of a path. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Lowercase ASCII letters, digits and single hyphens; accents dropped; '' when nothing is left. */
export function slugifyName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const baseName = (path: string): string =>
  (path.split('/').pop() ?? path).replace(/\.(md|markdown|mdx)$/i, '');

/**
 * The slug a file would like: its name made URL-safe. A folder's index page (`_index.md`,
 * `index.md`, `README.md`) is named after its folder (`ai/_index.md` → `ai`, the root's → `home`):
 * Astro builds a page whose slug is `index` at its parent's address, where the category page is.
 * A name with nothing URL-safe in it (e.g. `退款说明.md`) gets `doc-` and a fingerprint of its
 * path: no transliteration library guesses readings, and the title still carries the words.
 */
export function preferredSlug(path: string): string {
  const name = baseName(path);
  if (/^_?(index|readme)$/i.test(name)) {
    const folders = path.split('/').slice(0, -1).map(slugifyName).filter(Boolean);
    return folders.length ? folders.join('-') : 'home';
  }
  return slugifyName(name) || `doc-${fingerprint(path)}`;
}

/**
 * One slug per path, unique among themselves and against `taken` (slugs already used in the
 * locale). Names shared by several files are told apart by their folder (`ai/_index.md` →
 * `ai-index`, while a root `_index.md` keeps `index`); what still clashes gets `-2`, `-3`, … in
 * path order.
 */
export function assignSlugs(
  paths: readonly string[],
  taken: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const sorted = [...paths].sort();
  const byBase = new Map<string, string[]>();
  for (const path of sorted) {
    const base = preferredSlug(path);
    byBase.set(base, [...(byBase.get(base) ?? []), path]);
  }
  const wanted = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const path of group) {
      const folders = path.split('/').slice(0, -1).map(slugifyName).filter(Boolean);
      const shared = group.length > 1 || taken.has(base);
      wanted.set(path, shared && folders.length ? `${folders.join('-')}-${base}` : base);
    }
  }
  const used = new Set(taken);
  const out = new Map<string, string>();
  for (const path of sorted) {
    const first = wanted.get(path)!;
    let slug = first;
    for (let n = 2; used.has(slug); n++) slug = `${first}-${n}`;
    used.add(slug);
    out.set(path, slug);
  }
  return out;
}

/** A category id (`^[a-z][a-z0-9-]*$`) from a folder name; `c-<fingerprint>` when nothing is left. */
export function categoryIdFrom(folder: string): string {
  const slug = slugifyName(folder);
  if (!slug) return `c-${fingerprint(folder)}`;
  return /^[a-z]/.test(slug) ? slug : `c-${slug}`;
}

/** `sql-statements` → `Sql statements`: a readable label until an editor writes a better one. */
export function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}
