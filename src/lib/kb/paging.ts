/**
 * Listing pages (knowledge-base index, facet pages, tag pages) are split into pages of a fixed
 * size so no page's HTML grows with the corpus. Page 1 keeps the listing's own address; page n is
 * `<listing>/n/`, which is what Astro's `paginate()` writes for a `[...page]` route.
 */

/** Articles per listing page: a multiple of 2, 3 and 4 so the card grid fills its last row. */
export const listingPageSize = 48;

/** How many pages a listing of `total` items needs; an empty listing still has its first page. */
export const pageCount = (total: number, size: number = listingPageSize): number =>
  Math.max(1, Math.ceil(total / size));

/** Site path of page `page` of the listing whose first page is `firstPath` (ending in `/`). */
export const listingPagePath = (firstPath: string, page: number): string =>
  page <= 1 ? firstPath : `${firstPath}${page}/`;

/** Every page path a listing of `total` items is built at, page 1 first. */
export const listingPagePaths = (
  firstPath: string,
  total: number,
  size: number = listingPageSize,
): string[] =>
  Array.from({ length: pageCount(total, size) }, (_, i) => listingPagePath(firstPath, i + 1));

export type PageItem = { page: number; path: string; current: boolean } | { gap: true };

export interface PaginationModel {
  current: number;
  last: number;
  prev: string | undefined;
  next: string | undefined;
  /** Numbered links: the first, the last and the current page with its neighbours; gaps between. */
  items: PageItem[];
}

/**
 * The page numbers a pagination bar shows. A gap that would hide a single page shows that page
 * instead, since "…" is no shorter than the number it replaces.
 */
export function pageNumbers(current: number, last: number, around = 1): (number | 'gap')[] {
  const wanted = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  let previous = 0;
  for (const n of sorted) {
    if (n - previous === 2) out.push(n - 1);
    else if (n - previous > 2) out.push('gap');
    out.push(n);
    previous = n;
  }
  return out;
}

/** Everything the pagination bar renders for page `current` of `last`. */
export function paginationModel(firstPath: string, current: number, last: number): PaginationModel {
  return {
    current,
    last,
    prev: current > 1 ? listingPagePath(firstPath, current - 1) : undefined,
    next: current < last ? listingPagePath(firstPath, current + 1) : undefined,
    items: pageNumbers(current, last).map((n) =>
      n === 'gap'
        ? { gap: true }
        : { page: n, path: listingPagePath(firstPath, n), current: n === current },
    ),
  };
}

/** The document title of a listing page: pages after the first say which page they are. */
export const pagedTitle = (
  title: string,
  page: number,
  last: number,
  format: (params: { title: string; page: number; last: number }) => string,
): string => (page > 1 ? format({ title, page, last }) : title);
