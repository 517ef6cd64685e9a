// A saved or copied web page (HTML) → editorial markdown, for core/importer. Pure: no I/O, no VS Code.
//
// The HTML is parsed with domino (`createDocument`) into a DOM of plain JavaScript objects, and
// turndown is given that DOM node, never a string: turndown parses strings with the global
// DOMParser, which does not exist in the web-worker extension host, and with domino only in Node.
// Markup is never removed with regular expressions: every decision below is made on DOM nodes.
//
// Which part of the page is the editorial (a general rule, no site-specific class names):
//  1. Page furniture goes first: script, style, noscript, template, iframe, object, embed, nav,
//     aside, button, svg, math, media, form fields, dialogs, comments; elements with an ARIA role
//     that says the same (navigation, search, complementary, dialog, menu, toolbar …); hidden
//     elements (`hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`, the
//     screen-reader-only classes sr-only / visually-hidden / screen-reader-text). A <form> goes
//     too, unless it holds half the page's text (ASP.NET-style pages wrap the whole body in one).
//  2. The title heading: the h1/h2 whose text is part of the page's <title> (or og:title); the
//     longest such heading, so a site-name logo "<h1>Site</h1>" does not win over the article
//     title. Failing that, the first h1, else the first h2.
//  3. Footers go (<footer>, role=contentinfo): the site's, and an article's own, which holds
//     share buttons, author boxes and "Previous / Next" links, not the editorial. Headers go
//     (<header>, role=banner) when they are the page's, i.e. not inside an <article> or <main>;
//     an article's own header holds its title, date and tags and stays. A title heading inside a
//     page header is moved out first, so it survives.
//  4. The container: "landmarks" are <article>, <main>, role=main and role=article elements
//     that hold at least a quarter of the page's remaining text (a teaser card is not one).
//       a. the nearest landmark around the title heading;
//       b. else the landmark with the most text; a title heading before it is put in front;
//       c. else the smallest element around the title heading that holds at least half of the
//          page's remaining text ("the smallest element containing the first h1 and most of
//          the text": a sidebar or a "latest news" box is then left out);
//       d. else the whole body.
//
// Inside the container, before turndown:
//  - Tables with one row, one column or a table inside are layout (a Drishti mains question
//    sits in a one-cell table): each cell becomes a block. Other tables become pipe tables
//    (GFM plugin); a cell's lists, paragraphs and line breaks are flattened into one line
//    ("a; b; c"), since a pipe-table cell holds only inline text. A caption becomes a paragraph.
//  - A list whose items are each one short link and that follows a label ending in ":" ("Tags:")
//    becomes one line of links: "Tags: [GS Paper 3](…), [Agriculture](…)".
//  - Bold (or italic) runs glued together ("<b>a</b><b>b</b>", which would give the broken
//    "**a****b**") are merged; runs with anything between them stay as they are, so
//    "<strong>प्रिलिम्स</strong> <strong>के लिये:</strong>" stays two runs.
//  - Line breaks at the start or end of a block are dropped, runs of them become one; in headings
//    and links they become spaces. Non-breaking spaces become spaces; zero-width spaces, word
//    joiners, BOMs and soft hyphens go (ZWJ/ZWNJ stay: Devanagari needs them).
//  - Elements nested deeper than 64 levels inside the container are flattened to their text.
//
// Output: ATX headings (`#`), `-` bullets (sub-bullets indented by two spaces, under `1.` by
// three), `**` strong, `*` em, pipe tables, `---` rules, `\` hard breaks. Links are kept only
// when they resolve (against <base>, the canonical link or og:url) to http(s) URLs;
// javascript:, data:, mailto:, in-page "#…" and unresolvable links become their text. Images
// are dropped; a meaningful alt text (not a file name, not "logo"/"image"/…, not repeated by a
// figcaption) is kept as text. No HTML is ever emitted: elements without a markdown form become
// their text, text is escaped (turndown's escapes plus `<` and entity-like `&…;`), and a bold or
// italic run whose delimiters would not close (`**Lead:**text`) has its edge punctuation moved
// outside (`**Lead**:text`), or loses its delimiters.
import type TurndownService from 'turndown';
import { FenceTracker } from '../../shared/fences';

type Libraries = typeof import('./htmlLibraries');
let libraries: Libraries | undefined;

/**
 * domino, turndown and the GFM plugin, loaded on first use, not when the extension starts: domino
 * takes 40–80 ms to set itself up (and turndown sets up domino when it loads), while most sessions
 * import no HTML. `require` inside a function, not `import`, so that nothing runs before an
 * import; on the Node host the module is also a file of its own (see htmlLibraries.ts).
 */
function load(): Libraries {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  libraries ??= require('./htmlLibraries') as Libraries;
  return libraries;
}

export interface HtmlToMarkdownResult {
  markdown: string;
  /** What was done, for the import notes; the first is "converted from HTML (N tables, M links)". */
  notes: string[];
  /** Pipe tables written. */
  tables: number;
  /** Links kept (http and https only). */
  links: number;
}

// ---------------------------------------------------------------------------------------------
// Sniffing

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

// ---------------------------------------------------------------------------------------------
// DOM helpers (numbers, not Node.ELEMENT_NODE: there is no global Node in a web worker)

const ELEMENT = 1;
const TEXT = 3;

const isElement = (n: Node | null | undefined): n is Element => !!n && n.nodeType === ELEMENT;
const nameOf = (n: Node): string => (isElement(n) ? n.localName.toLowerCase() : '');

/** turndown's block elements, plus the list and table parts it also breaks lines at. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'audio', 'blockquote', 'body', 'canvas', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'isindex', 'li', 'main', 'menu', 'nav', 'noframes', 'noscript', 'ol',
  'output', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const STRONG = new Set(['strong', 'b']);
const EMPHASIS = new Set(['em', 'i']);
const LINK = new Set(['a']);

/** Elements that are never part of an article's text. */
const JUNK = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'nav',
  'aside', 'button', 'svg', 'math', 'canvas', 'video', 'audio', 'map', 'select', 'textarea', 'input', 'option',
  'datalist', 'link', 'meta', 'base', 'title', 'head', 'dialog', 'portal', 'slot',
]);
const JUNK_ROLES = new Set([
  'navigation', 'search', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tooltip', 'button',
]);
const HIDDEN_CLASSES = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?=;|$)/i;
const PAGE_CHROME = new Set(['header', 'footer']);
const PAGE_CHROME_ROLES = new Set(['banner', 'contentinfo']);
const LANDMARK_ROLES = new Set(['main', 'article']);

function role(el: Element): string {
  return (el.getAttribute('role') ?? '').trim().toLowerCase();
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || (el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return !!cls && cls.split(/\s+/).some(c => HIDDEN_CLASSES.has(c.toLowerCase()));
}

/** Why an element is page furniture, or '' if it is not. */
function junkReason(el: Element): string {
  const name = nameOf(el);
  if (JUNK.has(name)) return `<${name}>`;
  const r = role(el);
  if (JUNK_ROLES.has(r)) return `role=${r}`;
  if (isHidden(el)) return 'hidden';
  return '';
}

/** All elements under `root` in document order (iterative: pages can nest deeply). */
function elementsUnder(root: Node): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    out.push(n);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

function hasAncestor(node: Node, names: ReadonlySet<string>, stop?: Node): boolean {
  for (let p = node.parentNode; p && p !== stop; p = p.parentNode) if (names.has(nameOf(p))) return true;
  return false;
}

function remove(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** Replaces `el` by a new element `name` holding its children. */
function rename(el: Element, name: string): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(name);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.parentNode?.replaceChild(out, el);
  return out;
}

const collapseSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Characters of text that are not whitespace, per element (one post-order pass). */
function measureText(root: Element): Map<Node, number> {
  const size = new Map<Node, number>();
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length) {
    const [n, done] = stack.pop()!;
    if (n.nodeType === TEXT) {
      size.set(n, (n.nodeValue ?? '').replace(/\s+/g, '').length);
      continue;
    }
    if (!isElement(n)) continue;
    if (done) {
      let sum = 0;
      for (let c = n.firstChild; c; c = c.nextSibling) sum += size.get(c) ?? 0;
      size.set(n, sum);
      continue;
    }
    stack.push([n, true]);
    for (let c = n.firstChild; c; c = c.nextSibling) stack.push([c, false]);
  }
  return size;
}

// ---------------------------------------------------------------------------------------------
// 1–4: picking the article

interface Counter { [what: string]: number }

function count(c: Counter, what: string, n = 1): void {
  c[what] = (c[what] ?? 0) + n;
}

function describeCounts(c: Counter): string {
  return Object.entries(c).map(([what, n]) => (n > 1 ? `${what} ×${n}` : what)).join(', ');
}

function describe(el: Element): string {
  const name = nameOf(el);
  const id = el.getAttribute('id');
  const cls = collapseSpace(el.getAttribute('class') ?? '').split(' ')[0];
  return `<${name}${id ? `#${id}` : cls ? `.${cls}` : ''}>`;
}

/** Step 1: page furniture, comments and hidden elements. */
function removeFurniture(body: Element, removed: Counter): void {
  const doomed: Node[] = [];
  const stack: Node[] = [body];
  let comments = 0;
  while (stack.length) {
    const n = stack.pop()!;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (isElement(c)) {
        const why = junkReason(c);
        if (why) {
          doomed.push(c);
          count(removed, why);
        } else stack.push(c);
      } else if (c.nodeType !== TEXT) {
        doomed.push(c); // comments, processing instructions, CDATA
        if (c.nodeType === 8) comments++;
      }
    }
  }
  for (const n of doomed) remove(n);
  if (comments) count(removed, 'comments', comments);
  // Forms: a search box or newsletter sign-up goes; a form that wraps the page stays.
  const size = measureText(body);
  const total = size.get(body) ?? 0;
  for (const form of elementsUnder(body).filter(e => nameOf(e) === 'form')) {
    if (!form.parentNode || (size.get(form) ?? 0) >= 0.5 * total) continue;
    remove(form);
    count(removed, '<form>');
  }
}

/** Step 2: the title heading. */
function findTitleHeading(doc: Document, body: Element): Element | undefined {
  const titles: string[] = [];
  const titleEl = doc.querySelector('title');
  if (titleEl?.textContent) titles.push(titleEl.textContent);
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:title' || key === 'twitter:title') titles.push(meta.getAttribute('content') ?? '');
  }
  const wanted = titles.map(t => collapseSpace(t).toLowerCase()).filter(Boolean);
  const headings = elementsUnder(body).filter(e => nameOf(e) === 'h1' || nameOf(e) === 'h2');
  let best: Element | undefined;
  let bestLength = 0;
  for (const h of headings) {
    const text = collapseSpace(h.textContent ?? '').toLowerCase();
    if (text.length >= 3 && text.length > bestLength && wanted.some(t => t.includes(text))) {
      best = h;
      bestLength = text.length;
    }
  }
  return best ?? headings.find(h => nameOf(h) === 'h1') ?? headings[0];
}

function isLandmark(el: Element): boolean {
  const name = nameOf(el);
  return name === 'article' || name === 'main' || LANDMARK_ROLES.has(role(el));
}

/** Step 3: footers, and the site's banner. */
function removePageChrome(body: Element, title: Element | undefined, removed: Counter): void {
  for (const el of elementsUnder(body)) {
    if (!el.parentNode || !(PAGE_CHROME.has(nameOf(el)) || PAGE_CHROME_ROLES.has(role(el)))) continue;
    const footer = nameOf(el) === 'footer' || role(el) === 'contentinfo';
    let inArticle = false;
    let attached = false;
    for (let p: Node | null = el.parentNode; p; p = p.parentNode) {
      if (p === body) { attached = true; break; }
      if (isElement(p) && isLandmark(p)) inArticle = true;
    }
    if ((inArticle && !footer) || !attached) continue;
    if (title && el.contains(title)) el.parentNode.insertBefore(title, el);
    count(removed, PAGE_CHROME.has(nameOf(el)) ? `<${nameOf(el)}>` : `role=${role(el)}`);
    remove(el);
  }
}

interface Picked { root: Element; how: string }

/** Step 4: the element that holds the editorial. */
function pickContainer(doc: Document, body: Element, title: Element | undefined): Picked {
  const size = measureText(body);
  const total = size.get(body) ?? 0;
  const share = (el: Element) => (total ? (size.get(el) ?? 0) / total : 0);
  const percent = (el: Element) => `${Math.round(share(el) * 100)}% of the text left`;
  const all = elementsUnder(body);
  const landmarks = all.filter(e => isLandmark(e) && share(e) >= 0.25);
  if (title) {
    for (let p = title.parentNode; p && p !== body; p = p.parentNode) {
      if (isElement(p) && landmarks.includes(p)) return { root: p, how: `${describe(p)} around the title heading (${percent(p)})` };
    }
  }
  if (landmarks.length) {
    let best = landmarks[0];
    for (const l of landmarks) if ((size.get(l) ?? 0) > (size.get(best) ?? 0)) best = l;
    const how = `${describe(best)} (${percent(best)})`;
    if (title && !best.contains(title) && all.indexOf(title) < all.indexOf(best)) {
      const wrapper = doc.createElement('div');
      best.parentNode?.insertBefore(wrapper, best);
      wrapper.appendChild(title);
      wrapper.appendChild(best);
      return { root: wrapper, how: `${how}, with the title heading before it` };
    }
    return { root: best, how };
  }
  if (title) {
    for (let p = title.parentNode; p; p = p.parentNode) {
      if (isElement(p) && (p === body || share(p) >= 0.5)) {
        return { root: p, how: p === body ? 'the whole page' : `${describe(p)}, the smallest element around the title heading with most of the text (${percent(p)})` };
      }
    }
  }
  return { root: body, how: 'the whole page' };
}

// ---------------------------------------------------------------------------------------------
// Preparing the container for turndown

const MAX_NESTING = 64;

function cleanText(root: Element): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT) {
        const v = c.nodeValue ?? '';
        if (/[\u00A0\u2007\u202F\u200B\u2060\uFEFF\u00AD]/.test(v)) {
          c.nodeValue = v.replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/[\u200B\u2060\uFEFF\u00AD]/g, '');
        }
      } else stack.push(c);
    }
  }
}

/** Elements nested deeper than MAX_NESTING become their text (turndown recurses per level). */
function flattenDeep(root: Element): number {
  let flattened = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (depth + 1 >= MAX_NESTING && c.firstElementChild) {
        const text = c.textContent ?? '';
        while (c.firstChild) c.removeChild(c.firstChild);
        c.appendChild(c.ownerDocument.createTextNode(text));
        flattened++;
      } else stack.push([c, depth + 1]);
    }
  }
  return flattened;
}

/**
 * Makes `el`'s content inline: block descendants become spans (headings: strong) with a space
 * around them, list items are separated by `separator`, line breaks become spaces, rules go.
 */
function flattenToInline(el: Element, separator: string): void {
  const doc = el.ownerDocument;
  const inner = elementsUnder(el).reverse(); // innermost first
  for (const b of inner) {
    const name = nameOf(b);
    if (name === 'br') {
      b.parentNode?.replaceChild(doc.createTextNode(' '), b);
      continue;
    }
    if (name === 'hr') { remove(b); continue; }
    if (!BLOCKS.has(name)) continue;
    const parent = b.parentNode;
    if (!parent) continue;
    if (name === 'li') {
      // Items are processed last to first, so the item before this one is still an <li>.
      let prev = b.previousSibling;
      while (prev && !isElement(prev)) prev = prev.previousSibling;
      parent.insertBefore(doc.createTextNode(prev && nameOf(prev) === 'li' ? separator : ' '), b);
    } else {
      parent.insertBefore(doc.createTextNode(' '), b);
      parent.insertBefore(doc.createTextNode(' '), b.nextSibling);
    }
    rename(b, HEADINGS.has(name) ? 'strong' : 'span');
  }
}

/** The table a row or cell belongs to. */
function ownerTable(el: Element): Node | undefined {
  for (let p = el.parentNode; p; p = p.parentNode) if (nameOf(p) === 'table') return p;
  return undefined;
}

/** Tables: layout tables unwrapped, data tables with inline-only cells. Returns the data tables. */
function prepareTables(root: Element, notes: Counter): number {
  const doc = root.ownerDocument;
  let data = 0;
  const tables = elementsUnder(root).filter(e => nameOf(e) === 'table').reverse(); // innermost first
  for (const table of tables) {
    if (!table.parentNode) continue;
    for (const caption of elementsUnder(table).filter(e => nameOf(e) === 'caption')) {
      const p = rename(caption, 'p');
      table.parentNode.insertBefore(p, table);
    }
    const parts = elementsUnder(table);
    const own = parts.filter(e => ownerTable(e) === table);
    const rows = own.filter(e => nameOf(e) === 'tr');
    const cells = own.filter(e => nameOf(e) === 'td' || nameOf(e) === 'th');
    const columns = rows.reduce((most, r) => Math.max(most, Array.from(r.children).filter(c => nameOf(c) === 'td' || nameOf(c) === 'th').length), 0);
    const nested = parts.some(e => nameOf(e) === 'table' || e.getAttribute('data-unwrapped-table') !== null);
    if (rows.length < 2 || columns < 2 || nested) {
      // Layout: every cell becomes a block of its own, in reading order.
      const box = doc.createElement('div');
      box.setAttribute('data-unwrapped-table', '');
      for (const cell of cells) box.appendChild(rename(cell, 'div'));
      table.parentNode.replaceChild(box, table);
      count(notes, 'layout');
      continue;
    }
    for (const cell of cells) flattenToInline(cell, '; ');
    data++;
  }
  for (const box of elementsUnder(root).filter(e => e.getAttribute('data-unwrapped-table') !== null)) box.removeAttribute('data-unwrapped-table');
  return data;
}

const MAX_LINK_WORDS = 8;

/** A list of short links right after a label ending in ":" ("Tags:") → one line of links. */
function inlineLabelledLinkLists(root: Element): number {
  const doc = root.ownerDocument;
  let done = 0;
  for (const list of elementsUnder(root).filter(e => nameOf(e) === 'ul' || nameOf(e) === 'ol')) {
    if (!list.parentNode) continue;
    const items = Array.from(list.children);
    if (!items.length || items.some(li => nameOf(li) !== 'li')) continue;
    const linkOnly = items.every(li => {
      const links = elementsUnder(li).filter(e => nameOf(e) === 'a');
      if (links.length !== 1 || elementsUnder(li).some(e => BLOCKS.has(nameOf(e)))) return false;
      const text = collapseSpace(links[0].textContent ?? '');
      const rest = collapseSpace(li.textContent ?? '').replace(text, '');
      return !!text && text.split(' ').length <= MAX_LINK_WORDS && !/[\p{L}\p{N}]/u.test(rest);
    });
    if (!linkOnly) continue;
    let label = list.previousSibling;
    while (label && label.nodeType === TEXT && !(label.nodeValue ?? '').trim()) label = label.previousSibling;
    const labelText = collapseSpace(label?.textContent ?? '');
    if (!label || !/[:：]$/.test(labelText) || labelText.split(' ').length > 5) continue;
    const labelIsBlock = BLOCKS.has(nameOf(label));
    if (labelIsBlock && !['p', 'div'].includes(nameOf(label))) continue;
    const line = doc.createElement('span');
    items.forEach((li, i) => {
      line.appendChild(doc.createTextNode(i ? ', ' : ' '));
      const a = elementsUnder(li).find(e => nameOf(e) === 'a')!;
      line.appendChild(a);
    });
    // "<p>Tags:</p><ul>…": the links join the label's paragraph.
    if (labelIsBlock) {
      label.appendChild(line);
      remove(list);
    } else list.parentNode.replaceChild(line, list);
    done++;
  }
  return done;
}

/** "<b>a</b><b>b</b>" → "<b>ab</b>": glued runs would give "**a****b**". */
function mergeGluedRuns(root: Element): number {
  let merged = 0;
  for (const el of elementsUnder(root)) {
    const name = nameOf(el);
    const group = STRONG.has(name) ? STRONG : EMPHASIS.has(name) ? EMPHASIS : undefined;
    const prev = el.previousSibling;
    if (!group || !el.parentNode || !isElement(prev) || !group.has(nameOf(prev))) continue;
    while (el.firstChild) prev.appendChild(el.firstChild);
    remove(el);
    merged++;
  }
  return merged;
}

/** Whether there is text before (dir -1) or after (+1) `node` within its block. */
function textBeside(node: Node, dir: -1 | 1): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    for (let s = dir < 0 ? n.previousSibling : n.nextSibling; s; s = dir < 0 ? s.previousSibling : s.nextSibling) {
      if (BLOCKS.has(nameOf(s))) return false;
      if (nameOf(s) === 'img' || (s.textContent ?? '').trim()) return true;
    }
    const parent = n.parentNode;
    if (!parent || BLOCKS.has(nameOf(parent))) return false;
  }
  return false;
}

/** Line breaks: none at a block's edges, one per run, spaces in headings and links. */
function tidyLineBreaks(root: Element): void {
  const doc = root.ownerDocument;
  for (const br of elementsUnder(root).filter(e => nameOf(e) === 'br')) {
    if (!br.parentNode) continue;
    if (hasAncestor(br, HEADINGS, root) || hasAncestor(br, LINK, root)) {
      br.parentNode.replaceChild(doc.createTextNode(' '), br);
      continue;
    }
    let next = br.nextSibling;
    while (next && next.nodeType === TEXT && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
    if ((next && nameOf(next) === 'br') || !textBeside(br, -1) || !textBeside(br, 1)) remove(br);
  }
  for (const h of elementsUnder(root).filter(e => HEADINGS.has(nameOf(e)))) {
    if (elementsUnder(h).some(e => BLOCKS.has(nameOf(e)))) flattenToInline(h, ', ');
  }
}

// ---------------------------------------------------------------------------------------------
// Turndown

interface Stats { links: number; droppedLinks: number; images: number; altKept: number; emphasisFixed: number; emphasisDropped: number }

/** An http(s) URL for an href, resolved against the page address, or undefined. */
function webUrl(href: string | null, base: string | undefined): string | undefined {
  const h = (href ?? '').trim();
  if (!h || h.startsWith('#')) return undefined;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's own address, for relative links: <base href>, the canonical link, og:url. */
function pageAddress(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    const u = webUrl(c ?? null, undefined);
    if (u) return u;
  }
  return undefined;
}

const GENERIC_ALT = /^(?:image|img|photo|picture|pic|icon|logo|banner|thumbnail|thumb|spacer|placeholder|avatar|loading|graphic|figure|illustration|screenshot|untitled)[\s_-]*\d*$/i;

function meaningfulAlt(img: Element): string {
  const alt = collapseSpace(img.getAttribute('alt') ?? '');
  if ((alt.match(/\p{L}/gu) ?? []).length < 2 || GENERIC_ALT.test(alt)) return '';
  if (/\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i.test(alt) || /^(?:https?:|data:|www\.)/i.test(alt)) return '';
  if (alt.split(' ').length > 40) return '';
  for (let p = img.parentNode; p; p = p.parentNode) {
    if (nameOf(p) === 'figure') return elementsUnder(p).some(e => nameOf(e) === 'figcaption' && e.textContent?.trim()) ? '' : alt;
  }
  return alt;
}

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
/** Edge punctuation that may move outside a bold run without breaking markdown. */
const MOVABLE_END = /[:：;,.!?।॥"'”’)…\-–—]+$/u;
const MOVABLE_START = /^["'“‘(…\-–—]+/u;

/** The first character of what turndown writes for a node; '\n' for a block, '' for nothing. */
function leadingChar(n: Node, base: string | undefined): string {
  if (n.nodeType === TEXT) return (n.nodeValue ?? '').charAt(0);
  if (!isElement(n)) return '';
  const name = nameOf(n);
  if (BLOCKS.has(name) || name === 'br') return '\n';
  if (STRONG.has(name) || EMPHASIS.has(name)) return (n.textContent ?? '').trim() ? '*' : '';
  if (name === 'a' && webUrl(n.getAttribute('href'), base) && (n.textContent ?? '').trim()) return '[';
  if (name === 'code') return '`';
  if (name === 'img') return meaningfulAlt(n).charAt(0);
  return (n.textContent ?? '').charAt(0);
}

function trailingChar(n: Node, base: string | undefined): string {
  if (n.nodeType === TEXT) return (n.nodeValue ?? '').slice(-1);
  if (!isElement(n)) return '';
  const name = nameOf(n);
  if (BLOCKS.has(name) || name === 'br') return '\n';
  if (STRONG.has(name) || EMPHASIS.has(name)) return (n.textContent ?? '').trim() ? '*' : '';
  if (name === 'a' && webUrl(n.getAttribute('href'), base) && (n.textContent ?? '').trim()) return ')';
  if (name === 'code') return '`';
  if (name === 'img') return meaningfulAlt(n).slice(-1);
  return (n.textContent ?? '').slice(-1);
}

/** The character turndown writes right before (dir -1) or after (+1) a node, within its block; '' at an edge. */
function charBeside(node: Node, dir: -1 | 1, base: string | undefined): string {
  const own = node.textContent ?? '';
  if (dir < 0 ? /^\s/.test(own) : /\s$/.test(own)) return ' '; // turndown moves edge spaces outside the run
  for (let n: Node | null = node; n; n = n.parentNode) {
    for (let s = dir < 0 ? n.previousSibling : n.nextSibling; s; s = dir < 0 ? s.previousSibling : s.nextSibling) {
      const c = dir < 0 ? trailingChar(s, base) : leadingChar(s, base);
      if (c === '\n') return '';
      if (c) return c;
    }
    const parent = n.parentNode;
    if (!parent || BLOCKS.has(nameOf(parent))) return '';
    const edge = wrapperEdge(parent, dir, base);
    if (edge) return edge;
  }
  return '';
}

/** What an inline element writes around its content: "**…**", "[…](…)", "`…`". */
function wrapperEdge(el: Node, dir: -1 | 1, base: string | undefined): string {
  const name = nameOf(el);
  if (STRONG.has(name) || EMPHASIS.has(name)) return '*';
  if (name === 'a' && isElement(el) && webUrl(el.getAttribute('href'), base)) return dir < 0 ? '[' : ']';
  if (name === 'code') return '`';
  return '';
}

/** CommonMark: can `delim` close after `last` when `next` follows? Can it open before `first` after `prev`? */
const canClose = (last: string, next: string) => !!last && !SPACE.test(last) && (!PUNCT.test(last) || !next || SPACE.test(next) || PUNCT.test(next));
const canOpen = (first: string, prev: string) => !!first && !SPACE.test(first) && (!PUNCT.test(first) || !prev || SPACE.test(prev) || PUNCT.test(prev));

function emphasisRule(delim: string, group: ReadonlySet<string>, stats: Stats, base: () => string | undefined): TurndownService.Rule {
  return {
    filter: node => group.has(nameOf(node)),
    replacement: (content, node) => {
      if (!content.trim()) return content;
      // Bold inside bold (or a heading) adds nothing and would write "****".
      if (hasAncestor(node, group) || (group === STRONG && hasAncestor(node, HEADINGS))) return content;
      const lead = /^\s*/.exec(content)![0];
      const trail = /\s*$/.exec(content)![0];
      let core = content.slice(lead.length, content.length - trail.length);
      let before = '';
      let after = '';
      const next = charBeside(node, 1, base());
      const prev = charBeside(node, -1, base());
      if (!canClose(core.slice(-1), next)) {
        const m = /\]\([^()\s]*\)$/.test(core) ? null : MOVABLE_END.exec(core);
        if (m) { after = m[0]; core = core.slice(0, -m[0].length); }
        if (!canClose(core.slice(-1), after.charAt(0))) { stats.emphasisDropped++; return content; }
      }
      if (!canOpen(core.charAt(0), prev)) {
        const m = MOVABLE_START.exec(core);
        if (m) { before = m[0]; core = core.slice(m[0].length); }
        if (!canOpen(core.charAt(0), before.slice(-1)) || !canClose(core.slice(-1), after.charAt(0) || next)) {
          stats.emphasisDropped++;
          return content;
        }
      }
      if (before || after) stats.emphasisFixed++;
      return `${lead}${before}${delim}${core}${delim}${after}${trail}`;
    },
  };
}

function trimNewlines(s: string): string {
  return s.replace(/^\n+/, '').replace(/\n+$/, '');
}

function makeService(stats: Stats, base: () => string | undefined): TurndownService {
  const { Turndown, gfm } = load();
  const service = new Turndown({
    headingStyle: 'atx', hr: '---', bulletListMarker: '-', codeBlockStyle: 'fenced', fence: '```',
    emDelimiter: '*', strongDelimiter: '**', linkStyle: 'inlined', br: '\\',
    // Nothing is kept as HTML: an element without a markdown form is its text.
    keepReplacement: (content, node) => (BLOCKS.has(nameOf(node)) ? `\n\n${content}\n\n` : content),
    defaultReplacement: (content, node) => (BLOCKS.has(nameOf(node)) ? `\n\n${content}\n\n` : content),
  });
  service.use(gfm);
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '\\<').replace(/&(?=#?[\p{L}\p{N}]+;)/gu, '\\&');

  // Rules added later win over earlier ones (turndown puts them first).
  service.addRule('upscListItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode;
      let marker = '- ';
      if (isElement(parent) && nameOf(parent) === 'ol') {
        const start = Number.parseInt(parent.getAttribute('start') ?? '', 10);
        const index = Array.from(parent.children).filter(c => nameOf(c) === 'li').indexOf(node);
        marker = `${Math.min(999_999_999, Math.max(0, (Number.isFinite(start) ? start : 1) + index))}. `;
      }
      const paragraph = /\n$/.test(content);
      const body = (trimNewlines(content) + (paragraph ? '\n' : '')).replace(/\n/g, '\n' + ' '.repeat(marker.length));
      return marker + body + (node.nextSibling ? '\n' : '');
    },
  });
  service.addRule('upscLink', {
    filter: node => nameOf(node) === 'a',
    replacement: (content, node) => {
      const url = webUrl(node.getAttribute('href'), base());
      if (!url || !content.trim() || content.includes('\n')) {
        if (node.hasAttribute('href')) stats.droppedLinks++;
        return content;
      }
      stats.links++;
      return `[${content}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
    },
  });
  service.addRule('upscImage', {
    filter: node => nameOf(node) === 'img',
    replacement: (_content, node) => {
      stats.images++;
      const alt = meaningfulAlt(node);
      if (alt) stats.altKept++;
      return alt ? service.escape(alt) : '';
    },
  });
  service.addRule('upscStrong', emphasisRule('**', STRONG, stats, base));
  service.addRule('upscEmphasis', emphasisRule('*', EMPHASIS, stats, base));
  return service;
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** Deeper than this, an HTML parser spends time quadratic in the depth: such input is refused. */
const MAX_PARSE_DEPTH = 1500;
const VOID_OR_AUTOCLOSED = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|dt|dd|tr|td|th|option|tbody|thead|tfoot|colgroup|rb|rt|rp|optgroup|html|head|body)$/i;

/** A rough upper bound on element nesting, from the tags alone (a resource guard, nothing more). */
function roughDepth(html: string): number {
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

/** HTML → editorial markdown and notes. Never throws. */
export function htmlToMarkdown(html: string): HtmlToMarkdownResult {
  const source = typeof html === 'string' ? html : '';
  const depth = roughDepth(source);
  if (depth > MAX_PARSE_DEPTH) {
    return { markdown: '', notes: [`no conversion: the HTML nests elements about ${depth} levels deep (more than ${MAX_PARSE_DEPTH}); copy the page's text instead`], tables: 0, links: 0 };
  }
  const stats: Stats = { links: 0, droppedLinks: 0, images: 0, altKept: 0, emphasisFixed: 0, emphasisDropped: 0 };
  const notes: string[] = [];
  let base: string | undefined;
  try {
    const doc = load().createDocument(source, true);
    const body = doc.body ?? doc.documentElement;
    if (!body) return { markdown: '', notes: ['no conversion: the HTML has no body'], tables: 0, links: 0 };
    base = pageAddress(doc);

    const removed: Counter = {};
    removeFurniture(body, removed);
    const title = findTitleHeading(doc, body);
    removePageChrome(body, title, removed);
    const picked = pickContainer(doc, body, title);
    const root = picked.root;

    cleanText(root);
    const flattened = flattenDeep(root);
    const tableNotes: Counter = {};
    const tables = prepareTables(root, tableNotes);
    const linkLines = inlineLabelledLinkLists(root);
    const merged = mergeGluedRuns(root);
    tidyLineBreaks(root);

    const service = makeService(stats, () => base);
    const markdown = tidy(service.turndown(root as unknown as HTMLElement));

    notes.push(`converted from HTML (${tables} table${tables === 1 ? '' : 's'}, ${stats.links} link${stats.links === 1 ? '' : 's'})`);
    notes.push(`took the article from ${picked.how}`);
    if (Object.keys(removed).length) notes.push(`removed what is not the article: ${describeCounts(removed)}`);
    if (tableNotes.layout) notes.push(`read ${tableNotes.layout} layout table${tableNotes.layout === 1 ? '' : 's'} (one row, one column or nested) as text`);
    if (linkLines) notes.push(`joined ${linkLines} labelled list${linkLines === 1 ? '' : 's'} of links (Tags: …) into a line`);
    if (merged) notes.push(`merged ${merged} bold/italic run${merged === 1 ? '' : 's'} glued to the one before`);
    if (stats.emphasisFixed) notes.push(`moved the edge punctuation of ${stats.emphasisFixed} bold/italic run${stats.emphasisFixed === 1 ? '' : 's'} outside it (**Lead:**text → **Lead**:text)`);
    if (stats.emphasisDropped) notes.push(`dropped the bold/italic of ${stats.emphasisDropped} run${stats.emphasisDropped === 1 ? '' : 's'} markdown could not close`);
    if (stats.droppedLinks) notes.push(`kept only the text of links that are not web links (in-page, javascript:, mailto:, relative without a page address …): ${stats.droppedLinks}`);
    if (stats.images) notes.push(`dropped ${stats.images} image${stats.images === 1 ? '' : 's'}${stats.altKept ? ` (kept the alt text of ${stats.altKept})` : ''}`);
    if (flattened) notes.push(`flattened ${flattened} deeply nested element${flattened === 1 ? '' : 's'} to text`);
    return { markdown, notes, tables, links: stats.links };
  } catch (err) {
    // turndown and domino recurse; whatever slips past the guards above ends here, not in the caller.
    return { markdown: '', notes: [`no conversion: the HTML could not be read (${err instanceof Error ? err.message : String(err)})`], tables: 0, links: 0 };
  }
}

/** Trailing spaces off, at most one blank line in a row (outside code fences), one final newline. */
function tidy(markdown: string): string {
  const out: string[] = [];
  const fences = new FenceTracker();
  let blank = 0;
  for (const raw of markdown.split('\n')) {
    if (fences.inFence(raw)) {
      out.push(raw);
      blank = 0;
      continue;
    }
    const line = raw.trimEnd();
    if (!line) {
      if (++blank === 1 && out.length) out.push('');
      continue;
    }
    blank = 0;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.length ? out.join('\n') + '\n' : '';
}
