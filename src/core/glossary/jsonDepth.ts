// How deeply a JSON (or JSONC) text nests its arrays and objects, read in one pass without a
// parser: jsonc-parser builds its tree recursively, and a glossary file nested 5,000 levels deep
// overflowed the stack (the glossary load failed, and every feature waiting on it with it). A
// glossary needs four levels; a file deeper than MAX_JSON_DEPTH is refused before it is parsed.

export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of `[`/`{` outside strings and comments, and the offset where it first passed `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): { depth: number; at?: number } {
  let depth = 0;
  let max = 0;
  let at: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) { // a string: to its closing quote, escapes skipped
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) { // a line comment
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) { // a block comment
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 91 || c === 123) {
      if (++depth > max) {
        max = depth;
        if (max > limit && at === undefined) at = i;
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return { depth: max, ...(at !== undefined ? { at } : {}) };
}
