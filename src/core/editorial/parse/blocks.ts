// Step 1 of parsing: markdown-it's flat token stream → a small tree of blocks (headings,
// paragraphs, lists of items with nested items, tables). Later steps repair and interpret it.
import type MarkdownIt from 'markdown-it';
import { tokenizeMarkdown } from '../../shared/markdown/engine';

type Token = MarkdownIt.Token;

export interface RawItem {
  /** Inline tokens of the item's text; page-break repair appends to this. */
  inline: Token[];
  children: RawItem[];
  start: number;
  /** End line (exclusive) of the item's own text, grown when a fragment is joined to it. */
  end: number;
  /** Set by page-break repair for a bold sub-heading paragraph that holds the bullets below it. */
  role?: 'subheading' | 'faq';
  /** An ordered list item's number as written ("1.", "2)"): a PYQ's statements are referred to by it. */
  marker?: string;
  /** Tables inside the item: they stay tables (the section keeps them), never sub-points. */
  tables?: RawTable[];
  /** Read from an indented code block after a page-break fragment: its nesting depth by its
   *  indentation (1 under a top-level point), to go under the point above. */
  indented?: number;
}

/** A table: rows of cells of inline tokens, the first row the header. */
export interface RawTable {
  kind: 'table';
  rows: Token[][][];
  start: number;
  end: number;
  /** A one-cell table: a box around text. Its text follows as paragraphs, read where the box stands. */
  box?: boolean;
}

export type RawBlock =
  | { kind: 'heading'; level: number; inline: Token[]; start: number; end: number }
  | { kind: 'paragraph'; inline: Token[]; start: number; end: number; code?: string }
  | { kind: 'list'; items: RawItem[]; start: number; end: number }
  | RawTable;

const mapOf = (t: Token): [number, number] => (t.map ? [t.map[0], t.map[1]] : [0, 0]);

/** A text token with the given content, made like markdown-it's own (for joins). */
export function textToken(like: Token, content: string): Token {
  const TokenClass = like.constructor as new (type: string, tag: string, nesting: number) => Token;
  const t = new TokenClass('text', '', 0);
  t.content = content;
  return t;
}

function findClose(tokens: readonly Token[], open: number): number {
  const type = tokens[open].type.replace(/_open$/, '_close');
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].type === tokens[open].type) depth++;
    else if (tokens[i].type === type && --depth === 0) return i;
  }
  return tokens.length - 1;
}

function joinInline(parts: Token[][], like?: Token): Token[] {
  const out: Token[] = [];
  for (const part of parts) {
    if (out.length && like) out.push(textToken(like, ' '));
    for (const t of part) out.push(t);
  }
  return out;
}

/** Converts the tokens between `from` and `to` (exclusive) into blocks. */
export function toBlocks(tokens: readonly Token[], from = 0, to = tokens.length, sourceLines?: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const [start, end] = mapOf(t);
        blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), inline: tokens[i + 1].children ?? [], start, end });
        i = findClose(tokens, i);
        break;
      }
      case 'paragraph_open': {
        const [start, end] = mapOf(t);
        const inline = tokens[i + 1].children ?? [];
        // A nested bullet indented four spaces right below a page-break fragment is, to markdown,
        // more of the fragment's text: its lines are read as the list they are.
        const cut = sourceLines && tokens[i - 1]?.type !== 'list_item_open' ? lazyListAt(sourceLines, start, end) : -1;
        const list = cut > 0 && /_list_close$/.test(tokens[i - 1]?.type ?? '') ? indentedList(sourceLines!.slice(cut, end).join('\n'), cut, false) : undefined;
        if (list) {
          blocks.push({ kind: 'paragraph', inline: linesBefore(inline, cut - start), start, end: cut });
          blocks.push(list);
        } else blocks.push({ kind: 'paragraph', inline, start, end });
        i = findClose(tokens, i);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const close = findClose(tokens, i);
        const [start, end] = mapOf(t);
        blocks.push({ kind: 'list', items: toItems(tokens, i + 1, close), start, end });
        i = close;
        break;
      }
      case 'table_open': {
        const close = findClose(tokens, i);
        const [start, end] = mapOf(t);
        const rows = toRows(tokens, i + 1, close);
        // A one-cell table is a box around text: editorial pages put the mains question, or the
        // whole FAQs block, in one. The box is kept (a table of its section), and its lines (split
        // at the cell's line breaks) follow as paragraphs, to be read where the box stands.
        const box = rows.length === 1 && rows[0].length === 1;
        blocks.push({ kind: 'table', rows, start, end, ...(box ? { box } : {}) });
        if (box) for (const line of splitAtBreaks(rows[0][0])) blocks.push({ kind: 'paragraph', inline: line, start, end });
        i = close;
        break;
      }
      case 'blockquote_open': {
        // Quoted text is still the editorial's text: read what is inside.
        const close = findClose(tokens, i);
        for (const b of toBlocks(tokens, i + 1, close, sourceLines)) blocks.push(b); // no push(...): it overflows past ~100k
        i = close;
        break;
      }
      case 'code_block': {
        const [start, end] = mapOf(t);
        // Only right after a page-break fragment (a paragraph that follows a list) is it a list.
        const afterFragment = tokens[i - 1]?.type === 'paragraph_close' && /_list_close$/.test(tokens[i - 4]?.type ?? '');
        const list = afterFragment ? indentedList(t.content, start, true) : undefined;
        if (list) blocks.push(list);
        else blocks.push({ kind: 'paragraph', inline: [textToken(t, t.content.trim())], start, end });
        break;
      }
      case 'fence': {
        // Code stays code, exactly as written (its text still counts as the editorial's words).
        const [start, end] = mapOf(t);
        const code = `${t.markup}${t.info}\n${t.content}${t.markup}`;
        blocks.push({ kind: 'paragraph', inline: [textToken(t, t.content.trim())], start, end, code });
        break;
      }
      case 'hr': {
        // A rule between parts of the page, kept as written ("* * *", "---").
        const [start, end] = mapOf(t);
        const code = sourceLines?.[start]?.trim() || t.markup;
        blocks.push({ kind: 'paragraph', inline: [], start, end, code });
        break;
      }
      default:
        break; // html (disabled), closing tokens
    }
  }
  return blocks;
}

function toItems(tokens: readonly Token[], from: number, to: number): RawItem[] {
  const items: RawItem[] = [];
  for (let i = from; i < to; i++) {
    if (tokens[i].type !== 'list_item_open') continue;
    const close = findClose(tokens, i);
    const [start] = mapOf(tokens[i]);
    const inner = toBlocks(tokens, i + 1, close);
    const texts: Token[][] = [];
    const children: RawItem[] = [];
    let tables: RawTable[] | undefined;
    let textEnd = start + 1;
    for (const b of inner) {
      if (b.kind === 'paragraph' || b.kind === 'heading') {
        texts.push(b.inline);
        textEnd = Math.max(textEnd, b.end);
      } else if (b.kind === 'list') {
        for (const it of b.items) children.push(it);
      } else if (b.kind === 'table') {
        (tables ??= []).push(b);
      }
    }
    const like = tokens[i];
    // markdown-it gives an ordered item its number in `info` and its "." or ")" in `markup`.
    const marker = like.info && /^\d{1,9}$/.test(like.info) ? like.info + like.markup : undefined;
    items.push({ inline: joinInline(texts, like), children, start, end: textEnd, ...(marker ? { marker } : {}), ...(tables ? { tables } : {}) });
    i = close;
  }
  return items;
}

function toRows(tokens: readonly Token[], from: number, to: number): Token[][][] {
  const rows: Token[][][] = [];
  let row: Token[][] | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) rows.push(row);
    else if (t.type === 'inline' && row) row.push(t.children ?? []);
  }
  return rows;
}

/** A list item marker at the start of a line: "- ", "* ", "+ ", "1. ", "2) ". */
const LIST_LINE = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/**
 * An indented code block that holds list items: a nested bullet after a page-break fragment
 * ("like Tesla and Micron expand in India." then "    - **Quad …**") is indented four spaces
 * below a paragraph, which markdown reads as code. Its lines are read as the list they are, each
 * item marked `indented` so that page-break repair puts it under the point above.
 */
function indentedList(content: string, start: number, codeBlock: boolean): RawBlock | undefined {
  const lines = content.split('\n');
  const filled = lines.filter(l => l.trim());
  if (!filled.length) return undefined;
  const dedent = Math.min(...filled.map(l => /^ */.exec(l)![0].length));
  if (!LIST_LINE.test(filled[0].slice(dedent))) return undefined;
  // markdown-it took a code block's four spaces off; with them, two spaces a level.
  const depth = Math.max(1, Math.round(((codeBlock ? 4 : 0) + dedent) / 2));
  const inner = tokenizeMarkdown(lines.map(l => l.slice(dedent)).join('\n'));
  const blocks = toBlocks(inner);
  if (!blocks.length || blocks.some(b => b.kind !== 'list')) return undefined;
  const items = blocks.flatMap(b => (b.kind === 'list' ? b.items : []));
  const shift = (item: RawItem): void => {
    item.start += start;
    item.end += start;
    item.children.forEach(shift);
  };
  items.forEach(item => { shift(item); item.indented = depth; });
  return { kind: 'list', items, start: blocks[0].start + start, end: blocks[blocks.length - 1].end + start };
}

/** A list item marker after four or more spaces: a nested bullet that lost its list. */
const INDENTED_LIST_LINE = /^ {4,}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/** The first line after a paragraph's first that is such a bullet (every line after it one too, or
 *  its continuation), or -1. */
function lazyListAt(lines: readonly string[], start: number, end: number): number {
  for (let l = start + 1; l < end; l++) if (INDENTED_LIST_LINE.test(lines[l] ?? '')) return l;
  return -1;
}

/** A paragraph's inline tokens up to its `count`-th line break (its first `count` lines). */
function linesBefore(inline: readonly Token[], count: number): Token[] {
  const out: Token[] = [];
  let breaks = 0;
  for (const t of inline) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') {
      if (++breaks >= count) break;
    }
    out.push(t);
  }
  return out;
}

/**
 * The lines of a run of inline tokens, split at its hard line breaks (a `<br>` in a table cell or
 * after a FAQ question). Bold and italic open across a break are closed before it and opened
 * again after it, so each line stands on its own.
 */
export function splitAtBreaks(inline: readonly Token[]): Token[][] {
  if (!inline.some(t => t.type === 'hardbreak')) return inline.length ? [[...inline]] : [];
  const lines: Token[][] = [];
  let line: Token[] = [];
  const open: Token[] = [];
  const make = (like: Token, type: string, tag: string, nesting: -1 | 1): Token => {
    const TokenClass = like.constructor as new (type: string, tag: string, nesting: number) => Token;
    const t = new TokenClass(type, tag, nesting);
    t.markup = like.markup;
    return t;
  };
  for (const t of inline) {
    if (t.type === 'hardbreak') {
      for (let k = open.length - 1; k >= 0; k--) line.push(make(open[k], open[k].type.replace('_open', '_close'), open[k].tag, -1));
      lines.push(line);
      line = open.map(o => make(o, o.type, o.tag, 1));
      continue;
    }
    if (t.type === 'strong_open' || t.type === 'em_open') open.push(t);
    else if ((t.type === 'strong_close' || t.type === 'em_close') && open.length) open.pop();
    line.push(t);
  }
  lines.push(line);
  // A line of nothing but markers and spaces is empty.
  return lines.filter(l => l.some(t => (t.type === 'text' && t.content.trim()) || t.type === 'code_inline' || t.type === 'image'));
}
