// Three or more backticks or tildes after any indentation or block-quote marks: fences nested in
// list items and quotes count too.
const fence = /^[\s>]*(`{3,}|~{3,})/;
const closingOnly = /^[\s>]*(`+|~+)\s*$/;

/** The fence a line opens with (``` or ~~~ and longer), if any. */
export const fenceMarker = (line: string): string | undefined => fence.exec(line)?.[1];

/** Whether `line` closes the block `open` began: only a fence of that character, as long or longer. */
export function closesFence(line: string, open: string): boolean {
  const marker = fenceMarker(line);
  return (
    marker !== undefined &&
    marker[0] === open[0] &&
    marker.length >= open.length &&
    closingOnly.test(line)
  );
}

/**
 * Which lines of a Markdown body belong to fenced code blocks, the fence lines included; an
 * unclosed block runs to the end. The one rule for the link check, heading ids and the importer,
 * so they never disagree about what is code.
 */
export function fencedLines(lines: readonly string[]): boolean[] {
  let open: string | undefined;
  return lines.map((line) => {
    if (open) {
      if (closesFence(line, open)) open = undefined;
      return true;
    }
    open = fenceMarker(line);
    return open !== undefined;
  });
}
