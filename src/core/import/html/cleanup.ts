// The container that article.ts picked, prepared for turndown (htmlToMarkdown runs the steps).
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
import { BLOCKS, EMPHASIS, HEADINGS, LINK, STRONG, TEXT, collapseSpace, elementsUnder, hasAncestor, isElement, nameOf, remove, rename } from './dom';
import { Counter, count } from './notes';

const MAX_NESTING = 64;

/** Longer runs of white space are cut to this length (see cleanText). */
const MAX_SPACE_RUN = 256;
/** Element names every document can create (others come from broken markup). */
const ELEMENT_NAME = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
const LONG_SPACE_RUN = new RegExp(`\\s{${MAX_SPACE_RUN + 1},}`, 'g');

/**
 * Text nodes: odd spaces made plain, invisible characters dropped; white space cut to
 * MAX_SPACE_RUN characters a run and blank <pre> blocks dropped. A page shows neither, and
 * turndown's last step (a /[\t\r\n\s]+$/ on its whole output) takes time quadratic in the length
 * of a run of white space that does not end the text: 136,000 spaces from 1 MB of blank
 * "<b><pre> </pre></b>" took 13 s.
 */
export function cleanText(root: Element): void {
  const stack: Node[] = [root];
  const blankPre: Element[] = [];
  const misnamed: Element[] = [];
  while (stack.length) {
    const n = stack.pop()!;
    if (nameOf(n) === 'pre' && !(n.textContent ?? '').trim()) blankPre.push(n as Element);
    if (isElement(n) && n !== root && !ELEMENT_NAME.test(n.localName)) misnamed.push(n);
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT) {
        let v = c.nodeValue ?? '';
        if (/[\u00A0\u2007\u202F\u200B\u2060\uFEFF\u00AD]/.test(v)) {
          v = v.replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/[\u200B\u2060\uFEFF\u00AD]/g, '');
        }
        if (v.length > MAX_SPACE_RUN) v = v.replace(LONG_SPACE_RUN, run => run.slice(0, MAX_SPACE_RUN));
        if (v !== c.nodeValue) c.nodeValue = v;
      } else stack.push(c);
    }
  }
  for (const pre of blankPre) remove(pre);
  // Broken markup ("<b<div>") gives elements whose names a document cannot create: turndown's
  // copy of the tree then threw (141 of 1,500 damaged pages). They become spans.
  for (const el of misnamed) rename(el, 'span');
}

/** Elements nested deeper than MAX_NESTING become their text (turndown recurses per level). */
export function flattenDeep(root: Element): number {
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

/**
 * Makes a table cell's content inline, its blocks and list items on lines of their own: the
 * pipe table keeps them apart with `<br>` (the GFM plugin writes a cell's line break as one), the
 * way the markdown of such pages writes them. Headings become bold text; rules go.
 */
function flattenCellToLines(cell: Element): void {
  const doc = cell.ownerDocument;
  for (const b of elementsUnder(cell).reverse()) { // innermost first
    const name = nameOf(b);
    if (name === 'hr') { remove(b); continue; }
    if (!BLOCKS.has(name) || !b.parentNode) continue;
    const parent = b.parentNode;
    // A break before the block unless it opens the cell, and after it unless it closes the cell.
    let before = b.previousSibling;
    while (before && before.nodeType === TEXT && !(before.nodeValue ?? '').trim()) before = before.previousSibling;
    if (before && nameOf(before) !== 'br') parent.insertBefore(doc.createElement('br'), b);
    let after = b.nextSibling;
    while (after && after.nodeType === TEXT && !(after.nodeValue ?? '').trim()) after = after.nextSibling;
    if (after && nameOf(after) !== 'br') parent.insertBefore(doc.createElement('br'), b.nextSibling);
    rename(b, HEADINGS.has(name) ? 'strong' : name === 'li' ? 'span' : 'span');
  }
}

/** The first row of a table without a header row becomes its header (as the page shows it: on top). */
function headerRow(rows: readonly Element[]): void {
  const first = rows[0];
  if (!first || Array.from(first.children).some(c => nameOf(c) === 'th')) return;
  for (const cell of Array.from(first.children)) if (nameOf(cell) === 'td') rename(cell, 'th');
}

/**
 * Tables: a table holding another is layout (unwrapped); a one-cell table is a box around text
 * (the mains question, a FAQs block) kept as a one-cell pipe table; other tables become pipe
 * tables. Cells keep their lines apart with `<br>`. Returns the tables written.
 */
export function prepareTables(root: Element, notes: Counter): number {
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
    if (nested) {
      // Layout: every cell becomes a block of its own, in reading order.
      const box = doc.createElement('div');
      box.setAttribute('data-unwrapped-table', '');
      for (const cell of cells) box.appendChild(rename(cell, 'div'));
      table.parentNode.replaceChild(box, table);
      count(notes, 'layout');
      continue;
    }
    for (const cell of cells) flattenCellToLines(cell);
    if (rows.length === 1 && columns === 1 && cells.length === 1) {
      // A box: its cell's content in a <div data-box>, written as a one-cell pipe table by the
      // turndown rule of that name (the GFM plugin writes one-column tables as plain text).
      const box = doc.createElement('div');
      box.setAttribute('data-box', '');
      while (cells[0].firstChild) box.appendChild(cells[0].firstChild);
      table.parentNode.replaceChild(box, table);
      count(notes, 'box');
      continue;
    }
    headerRow(rows);
    data++;
  }
  for (const box of elementsUnder(root).filter(e => e.getAttribute('data-unwrapped-table') !== null)) box.removeAttribute('data-unwrapped-table');
  return data;
}

const MAX_LINK_WORDS = 8;

/** A list of short links right after a label ending in ":" ("Tags:") → one line of links. */
export function inlineLabelledLinkLists(root: Element): number {
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
export function mergeGluedRuns(root: Element): number {
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

/**
 * For every <br> under `root`, whether there is text (or an image) before it and after it within
 * its block: two passes over the tree in document order, each remembering whether text was seen
 * since the last block edge. (Looking through the siblings from each <br> took quadratic time on
 * "<i></i><br>" repeated.)
 */
function textBesideBreaks(root: Element): Map<Node, { before: boolean; after: boolean }> {
  const beside = new Map<Node, { before: boolean; after: boolean }>();
  for (const forward of [true, false]) {
    let seen = false;
    // [node, entering]: an element is visited when entered and when left (block edges both times).
    const stack: [Node, boolean][] = [[root, true]];
    while (stack.length) {
      const [n, entering] = stack.pop()!;
      const name = nameOf(n);
      if (n.nodeType === TEXT) {
        if ((n.nodeValue ?? '').trim()) seen = true;
        continue;
      }
      if (!isElement(n)) continue;
      if (BLOCKS.has(name)) seen = false;
      if (!entering) continue;
      if (name === 'img') seen = true;
      if (name === 'br') {
        const entry = beside.get(n) ?? { before: false, after: false };
        if (forward) entry.before = seen; else entry.after = seen;
        beside.set(n, entry);
        continue;
      }
      stack.push([n, false]);
      if (forward) for (let c = n.lastChild; c; c = c.previousSibling) stack.push([c, true]);
      else for (let c = n.firstChild; c; c = c.nextSibling) stack.push([c, true]);
    }
  }
  return beside;
}

/** Line breaks: none at a block's edges, one per run, spaces in headings and links. */
export function tidyLineBreaks(root: Element): void {
  const doc = root.ownerDocument;
  const beside = textBesideBreaks(root);
  for (const br of elementsUnder(root).filter(e => nameOf(e) === 'br')) {
    if (!br.parentNode) continue;
    if (hasAncestor(br, HEADINGS, root) || hasAncestor(br, LINK, root)) {
      br.parentNode.replaceChild(doc.createTextNode(' '), br);
      continue;
    }
    let next = br.nextSibling;
    while (next && next.nodeType === TEXT && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
    const around = beside.get(br);
    if ((next && nameOf(next) === 'br') || !around?.before || !around.after) remove(br);
  }
  for (const h of elementsUnder(root).filter(e => HEADINGS.has(nameOf(e)))) {
    if (elementsUnder(h).some(e => BLOCKS.has(nameOf(e)))) flattenToInline(h, ', ');
  }
}

const INLINE_RUNS = new Set(['b', 'strong', 'i', 'em', 'span', 'u']);

/**
 * A line break at the edge of a bold or italic run is moved out of it: "<b>प्रश्न 1. …?<br></b>उत्तर"
 * would give "**…?\**", which markdown cannot close. The break then stands between the run and
 * the text after it, where it is meant.
 */
export function breaksOutOfRuns(root: Element): number {
  let moved = 0;
  for (const br of elementsUnder(root).filter(e => nameOf(e) === 'br')) {
    for (let parent = br.parentNode; parent && isElement(parent) && INLINE_RUNS.has(nameOf(parent)); parent = br.parentNode) {
      const sibling = (n: Node | null, dir: 'next' | 'previous') => {
        let s = n;
        while (s && s.nodeType === TEXT && !(s.nodeValue ?? '').trim()) s = dir === 'next' ? s.nextSibling : s.previousSibling;
        return s;
      };
      const grand = parent.parentNode;
      if (!grand) break;
      if (!sibling(br.nextSibling, 'next')) grand.insertBefore(br, parent.nextSibling);
      else if (!sibling(br.previousSibling, 'previous')) grand.insertBefore(br, parent);
      else break;
      moved++;
    }
  }
  return moved;
}

/** Text written inside a list before its items ("<ul>Tags: <li>…") stands in a paragraph before the list. */
export function textBeforeListItems(root: Element): void {
  const doc = root.ownerDocument;
  for (const list of elementsUnder(root).filter(e => nameOf(e) === 'ul' || nameOf(e) === 'ol')) {
    if (!list.parentNode) continue;
    const stray: Node[] = [];
    for (let c = list.firstChild; c && nameOf(c) !== 'li'; c = c.nextSibling) stray.push(c);
    if (!stray.some(n => (n.textContent ?? '').trim())) continue;
    const p = doc.createElement('p');
    for (const n of stray) p.appendChild(n);
    list.parentNode.insertBefore(p, list);
  }
}
