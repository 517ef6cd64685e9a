// A guard run before parsing: HTML nested too deeply is refused, not parsed.

/** Deeper than this, an HTML parser spends time quadratic in the depth: such input is refused. */
export const MAX_PARSE_DEPTH = 1500;
const VOID_OR_AUTOCLOSED = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|dt|dd|tr|td|th|option|tbody|thead|tfoot|colgroup|rb|rt|rp|optgroup|html|head|body)$/i;

/** A rough upper bound on element nesting, from the tags alone (a resource guard, nothing more). */
export function roughDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,40})\b[^<>]{0,2000}?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[3] || VOID_OR_AUTOCLOSED.test(m[2])) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}
