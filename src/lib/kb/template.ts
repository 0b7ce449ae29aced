/** A reply template split into literal text and `{name}` placeholders. */
export type Segment = { text: string } | { field: string };

const placeholder = /\{([a-z][a-z0-9_]*)\}/g;

export function parseTemplate(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ field: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** Placeholder names in order of first appearance. */
export const templateFields = (text: string): string[] => [
  ...new Set([...text.matchAll(placeholder)].map((m) => m[1]!)),
];

/** Fill placeholders; an empty value keeps `{name}` visible so nothing is sent half-filled unseen. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(placeholder, (whole, name: string) => values[name]?.trim() || whole);
}

/** Drop the common indentation editors add inside an MDX attribute, and the outer blank lines. */
export function normalizeTemplateText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const indents = lines
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines
    .map((line, i) => (i === 0 ? line : line.slice(Math.min(cut, /^[ \t]*/.exec(line)![0].length))))
    .join('\n')
    .trim();
}
