// A guard run before parsing: HTML nested too deeply is refused, not parsed.

/** Deeper than this, an HTML parser spends time quadratic in the depth: such input is refused. */
export const MAX_PARSE_DEPTH = 1500;
const FOREIGN = /^(?:svg|math)$/;
const VOID_OR_AUTOCLOSED = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|dt|dd|tr|td|th|option|tbody|thead|tfoot|colgroup|rb|rt|rp|optgroup|html|head|body)$/i;

/**
 * A rough upper bound on element nesting, from the tags alone (a resource guard, nothing more).
 * "<div/>" opens a div in HTML (only void elements, and elements inside <svg> or <math>, close
 * themselves), so a self-closing tag counts unless it is one of those: 10,000 "<div/>" are
 * 10,000 levels.
 */
export function roughDepth(html: string): number {
  let depth = 0;
  let max = 0;
  /** Depth of <svg>/<math> elements open: inside them "/>" closes a tag. */
  let foreign = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,40})\b[^<>]{0,2000}?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID_OR_AUTOCLOSED.test(name) || (m[3] && foreign > 0)) continue;
    if (FOREIGN.test(name)) foreign = Math.max(0, foreign + (m[1] ? -1 : m[3] ? 0 : 1));
    if (m[3] && FOREIGN.test(name)) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}
