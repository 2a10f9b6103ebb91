/**
 * How deeply YAML's parsers would recurse on a text, measured before parsing: both recurse per
 * level, and a few thousand levels exhaust the stack ("Maximum call stack size exceeded") and
 * crash the command instead of reporting a broken sidecar.
 */

/**
 * The deepest block nesting: indentation levels, each open one a column on a stack, plus the
 * compact "- - - x" and "? " entries that open a level on the same line. A block scalar's
 * content (after "|" or ">") is text, however it is indented, and is skipped.
 */
export function deepestBlockNesting(text: string): number {
  const columns: number[] = [];
  let deepest = 0;
  let scalarAbove: number | undefined;
  for (const line of text.split(/\r?\n|\r/)) {
    const indent = line.length - line.trimStart().length;
    const content = line.slice(indent);
    if (content === '' || content.startsWith('#')) continue;
    if (scalarAbove !== undefined && indent > scalarAbove) continue;
    scalarAbove = undefined;
    while (columns.length > 0 && columns[columns.length - 1] >= indent) columns.pop();
    columns.push(indent);
    let column = indent;
    let rest = content;
    for (let marker = /^([-?:])(\s+)/.exec(rest); marker; marker = /^([-?:])(\s+)/.exec(rest)) {
      column += marker[0].length;
      columns.push(column);
      rest = rest.slice(marker[0].length);
    }
    deepest = Math.max(deepest, columns.length);
    if (/(^|[:\s-])[|>][-+0-9]*\s*(#.*)?$/.test(content)) scalarAbove = indent;
  }
  return deepest;
}

/**
 * The deepest nesting of flow brackets, found before parsing because a parser that recurses
 * per level can exhaust the stack on "[[[[…" thousands deep.
 */
export function deepestFlowNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\n') quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
    } else if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return deepest;
}
