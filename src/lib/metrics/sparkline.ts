/** A small inline trend line, computed for an SVG at build time. */
export interface Sparkline {
  width: number;
  height: number;
  /** One SVG path per unbroken run of values; a missing value breaks the line. */
  paths: string[];
  /** The last known point, marked with a dot. */
  last: { x: number; y: number } | undefined;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lay `values` out left to right over `width`, scaled between their minimum and maximum over
 * `height` (higher values higher up), inset by `pad`. A flat series sits in the middle.
 */
export function sparkline(
  values: readonly (number | null)[],
  width = 96,
  height = 28,
  pad = 3,
): Sparkline {
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) =>
    max === min ? height / 2 : pad + ((max - v) / (max - min)) * (height - 2 * pad);
  const paths: string[] = [];
  let current = '';
  let last: Sparkline['last'];
  values.forEach((v, i) => {
    if (v === null) {
      if (current) paths.push(current);
      current = '';
      return;
    }
    const point = { x: round(pad + i * step), y: round(y(v)) };
    current += `${current ? 'L' : 'M'}${point.x} ${point.y}`;
    last = point;
  });
  if (current) paths.push(current);
  return { width, height, paths, last };
}
