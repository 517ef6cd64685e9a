// Whether pasted or loaded text is HTML, for the importer to send it to htmlToMarkdown. Pure: regular
// expressions over the text only (bounded, no backtracking blow-up), no parsing and no libraries.

const BLOCK_TAGS = 'html|head|body|p|div|ul|ol|li|h[1-6]|table|thead|tbody|tfoot|tr|td|th|article|section|main|header|footer|nav|aside|blockquote|pre|figure|figcaption|dl|dt|dd|form';
const KNOWN_TAGS = `${BLOCK_TAGS}|title|meta|link|script|style|span|br|hr|strong|em|b|i|u|a|img|sup|sub`;
const BLOCK_TAG = new RegExp(`^(?:${BLOCK_TAGS})$`, 'i');
/** An opening or closing tag of a known element, attributes and all (bounded: no backtracking blow-up). */
const TAG = new RegExp(`<(/?)(${KNOWN_TAGS})(?=[\\s/>])[^<>]{0,2000}>`, 'gi');
/** A line that opens a markdown heading, list item or quote. */
const MARKDOWN_LINE = /^ {0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|>)/;
const DOCUMENT_START = /^(?:<!--(?:(?!-->)[^]){0,2000}-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
const CF_HTML = /^Version:\d+\.\d+\s+StartHTML:/; // the Windows clipboard's HTML format
const FRAGMENT_START = new RegExp(`^<(?:${KNOWN_TAGS})(?=[\\s/>])`, 'i');

/**
 * Whether pasted or loaded text is HTML: a document (doctype, <html>, or a closed <html>/<body>);
 * else, unless it has markdown structure (3 or more lines, and a tenth of them, that open a
 * heading, list item or quote: markdown with some HTML in it), a fragment that starts with a
 * known tag, ends with ">" and closes an element, or text dense with block tags (3 or more, one
 * of them closing, at least one per two non-blank lines). A "<" in plain text or markdown
 * ("a < b", "<5%", a lone "<br>", "<b>" or "<sup>") is not enough.
 */
export function looksLikeHtml(text: string): boolean {
  if (typeof text !== 'string') return false;
  const head = text.slice(0, 200_000).replace(/^[\uFEFF\s]+/, '');
  if (!head.startsWith('<') && !CF_HTML.test(head)) {
    // Not a document, and no tag-like "<" anywhere: plain text or markdown.
    if (!/<\/?[a-z]/i.test(head)) return false;
  }
  if (DOCUMENT_START.test(head) || CF_HTML.test(head)) return true;
  if (/<html[\s>]/i.test(head) && /<\/html\s*>/i.test(head)) return true;
  if (/<body[\s>]/i.test(head) && /<\/body\s*>/i.test(head)) return true;
  let closing = 0;
  let blocks = 0;
  let blocksClosed = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(head); m; m = TAG.exec(head)) {
    const block = BLOCK_TAG.test(m[2]);
    if (block) blocks++;
    if (m[1]) {
      closing++;
      if (block) blocksClosed++;
    }
  }
  if (!closing) return false;
  const lines = head.split('\n').filter(l => l.trim());
  const markdownLines = lines.filter(l => MARKDOWN_LINE.test(l)).length;
  if (markdownLines >= 3 && markdownLines >= 0.1 * lines.length) return false;
  if (FRAGMENT_START.test(head) && head.trimEnd().endsWith('>')) return true;
  return blocks >= 3 && blocksClosed >= 1 && blocks >= 0.5 * lines.length;
}
