// DOM helpers for the HTML importer, on domino's nodes (numbers, not Node.ELEMENT_NODE: there is
// no global Node in a web worker).

const ELEMENT = 1;
export const TEXT = 3;

export const isElement = (n: Node | null | undefined): n is Element => !!n && n.nodeType === ELEMENT;
export const nameOf = (n: Node): string => (isElement(n) ? n.localName.toLowerCase() : '');

/** turndown's block elements, plus the list and table parts it also breaks lines at. */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'audio', 'blockquote', 'body', 'canvas', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'isindex', 'li', 'main', 'menu', 'nav', 'noframes', 'noscript', 'ol',
  'output', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const STRONG = new Set(['strong', 'b']);
export const EMPHASIS = new Set(['em', 'i']);
export const LINK = new Set(['a']);

/** All elements under `root` in document order (iterative: pages can nest deeply). */
export function elementsUnder(root: Node): Element[] {
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

export function hasAncestor(node: Node, names: ReadonlySet<string>, stop?: Node): boolean {
  for (let p = node.parentNode; p && p !== stop; p = p.parentNode) if (names.has(nameOf(p))) return true;
  return false;
}

export function remove(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** Replaces `el` by a new element `name` holding its children. */
export function rename(el: Element, name: string): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(name);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.parentNode?.replaceChild(out, el);
  return out;
}

export const collapseSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Characters of text that are not whitespace, per element (one post-order pass). */
export function measureText(root: Element): Map<Node, number> {
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
