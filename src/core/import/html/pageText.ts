// The text of a web page without a DOM: what an import falls back on when the page cannot be
// converted as HTML (nested too deeply to parse, a parser or converter error, or markup so
// broken that nothing readable is left, such as an unclosed <form> or <textarea> that swallowed
// the article). One pass over the source: tags go, block tags end a line, script, style and
// comments go with their content, entities are decoded. Never a DOM, never recursion.
import { decodeHTML } from 'entities';

/** Elements whose content is never text on the page (when they are closed). */
const HIDDEN = /^(?:script|style|template|noscript|head|title|svg|math|iframe|object)$/;
/** Tags after which a page starts a new line. */
const BLOCK = /^(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)$/;
/** A tag ends at the next ">" before any other "<" (a stray "<" costs one look ahead, not one to
 *  the end); a tag cut off before its ">" (a truncated page) goes too. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>|<!--[\s\S]*?(?:-->|$)|<![^<>]*>|<\?[^<>]*>|<\/?[a-zA-Z][^<>]*(?=<|$)/g;

/** The page's text: lines of it, blank lines between blocks, at most one blank line in a row. */
export function pageText(html: string): string {
  const parts: string[] = [];
  const lower = html.toLowerCase();
  /** Per hidden element name, where its next closing tag is (-1: none from there on). Each is
   *  searched for again only once passed, so 100,000 unclosed <script> tags stay linear. */
  const closing = new Map<string, number>();
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    parts.push(html.slice(last, m.index));
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment, doctype or processing instruction
    if (!m[1] && HIDDEN.test(name) && !m[0].endsWith('/>')) {
      // Its content goes, up to its closing tag; without one, only the tag goes (as a browser
      // would show nothing, but the text after it is what the student wanted).
      let close = closing.get(name);
      if (close === undefined || (close >= 0 && close < last)) closing.set(name, (close = lower.indexOf(`</${name}`, last)));
      if (close >= 0) {
        const end = html.indexOf('>', close);
        last = TAG.lastIndex = end < 0 ? html.length : end + 1;
      }
      continue;
    }
    if (BLOCK.test(name)) parts.push('\n');
  }
  parts.push(html.slice(last));
  const text = decodeHTML(parts.join('')).replace(/\r\n?/g, '\n');
  return text.split('\n').map(l => l.replace(/[ \t\f\v\u00A0]+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
