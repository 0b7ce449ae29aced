/**
 * What a printed page carries in its margins. Chromium prints `@page` margin boxes but not
 * `string-set`, so the running header comes from a custom property on the root element, which
 * the page context inherits (src/styles/print.css reads it).
 */

/** `text` as a CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`;

/** The root element's style declaring the running header printed at the top of every page. */
export const printHeaderStyle = (header: string): string => `--print-header: ${cssString(header)}`;
