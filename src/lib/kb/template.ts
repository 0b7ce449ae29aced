/**
 * Reply templates: text with `{name}` placeholders an agent fills in before copying. Pure logic
 * shared by the page (what it shows without JavaScript) and the browser script.
 */

/** A reply template split into literal text and placeholders. */
export type Segment = { text: string } | { field: string; agent: boolean };

/** `{name}`, or `{@name}` for a field that belongs to the agent rather than to the case. */
const placeholder = /\{(@?)([a-z][a-z0-9_]*)\}/g;

/**
 * Fields that describe the agent, not the customer or the case: filled once, remembered in the
 * browser and offered in every template. A template can declare any other field so with `{@name}`.
 */
export const agentFieldNames: ReadonlySet<string> = new Set([
  'agent',
  'team',
  'signature',
  'extension',
  'agent_phone',
  'agent_email',
]);

export function parseTemplate(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    const field = match[2]!;
    segments.push({ field, agent: match[1] === '@' || agentFieldNames.has(field) });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** Placeholder names in order of first appearance. */
export const templateFields = (text: string): string[] => [
  ...new Set([...text.matchAll(placeholder)].map((m) => m[2]!)),
];

/** The fields of a template that belong to the agent (remembered across templates). */
export const agentFields = (text: string): string[] => [
  ...new Set(
    parseTemplate(text)
      .filter((s): s is Extract<Segment, { field: string }> => 'field' in s && s.agent)
      .map((s) => s.field),
  ),
];

/** Fields with no value yet (blank counts as none), in order of first appearance. */
export const unfilledFields = (text: string, values: Readonly<Record<string, string>>): string[] =>
  templateFields(text).filter((field) => !values[field]?.trim());

// Chinese (and Japanese/Korean) characters, and the full-width punctuation that goes with them.
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const cjkPunctuation = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—]/u;
const isCjk = (ch: string | undefined) =>
  ch !== undefined && (cjk.test(ch) || cjkPunctuation.test(ch));

/** One piece of a laid-out template: literal text, or a field with what stands in its place. */
export type Piece = { text: string } | { field: string; text: string; filled: boolean };

/**
 * A template with every placeholder replaced: by its value, or by `empty(field)` when blank.
 *
 * Spaces an author typed around a placeholder in Chinese text go where they would leave a gap
 * between Chinese characters (`您好 {customer} ，` with 王女士 → `您好王女士，`), and stay where the
 * value starts or ends with Latin letters or digits (`订单 {order} 已退款` with A1024) and in
 * English (`Hi {customer},`). A space before Chinese punctuation never stays.
 */
export function layoutTemplate(
  text: string,
  values: Readonly<Record<string, string>>,
  empty: (field: string) => string,
): Piece[] {
  const pieces: Piece[] = parseTemplate(text).map((s) => {
    if ('text' in s) return { text: s.text };
    const value = values[s.field]?.trim();
    return { field: s.field, text: value || empty(s.field), filled: Boolean(value) };
  });
  pieces.forEach((piece, i) => {
    if (!('field' in piece)) return;
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    const first = [...piece.text][0];
    const last = [...piece.text].at(-1);
    if (before && !('field' in before)) {
      const m = /([^\s])[ \t\u3000]+$/u.exec(before.text);
      if (m && isCjk(m[1]) && isCjk(first)) before.text = before.text.slice(0, m.index + 1);
    }
    if (after && !('field' in after)) {
      const m = /^[ \t\u3000]+([^\s])/u.exec(after.text);
      const next = m?.[1];
      if (m && (cjkPunctuation.test(next!) || (isCjk(next) && isCjk(last))))
        after.text = after.text.slice(m[0].length - 1);
    }
  });
  return pieces;
}

/**
 * Fill placeholders; an empty value keeps `{name}` visible, so a reply copied half-filled on
 * purpose still shows what is missing.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return layoutTemplate(text, values, (field) => `{${field}}`)
    .map((p) => p.text)
    .join('');
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

/** Where the browser keeps the agent's own fields (one entry for every template and page). */
export const agentStorageKey = 'service-handbook:agent-fields';

/** The stored agent fields, read leniently: anything unexpected counts as nothing stored. */
export function readAgentValues(stored: string | null): Record<string, string> {
  if (!stored) return {};
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && /^[a-z][a-z0-9_]*$/.test(e[0]),
      ),
    );
  } catch {
    return {};
  }
}
