// Step 1 of parsing: markdown-it's flat token stream → a small tree of blocks (headings,
// paragraphs, lists of items with nested items, tables). Later steps repair and interpret it.
import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

export interface RawItem {
  /** Inline tokens of the item's text; page-break repair appends to this. */
  inline: Token[];
  children: RawItem[];
  start: number;
  /** End line (exclusive) of the item's own text, grown when a fragment is joined to it. */
  end: number;
  /** A table row read as an item: it ends without punctuation, yet is never cut text. */
  fromTable?: boolean;
  /** Set by page-break repair for a bold sub-heading paragraph that holds the bullets below it. */
  role?: 'subheading' | 'faq';
  /** An ordered list item's number as written ("1.", "2)"): a PYQ's statements are referred to by it. */
  marker?: string;
}

export type RawBlock =
  | { kind: 'heading'; level: number; inline: Token[]; start: number; end: number }
  | { kind: 'paragraph'; inline: Token[]; start: number; end: number }
  | { kind: 'list'; items: RawItem[]; start: number; end: number }
  | { kind: 'table'; rows: Token[][][]; start: number; end: number };

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
export function toBlocks(tokens: readonly Token[], from = 0, to = tokens.length): RawBlock[] {
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
        blocks.push({ kind: 'paragraph', inline: tokens[i + 1].children ?? [], start, end });
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
        // A one-cell table is a box around text (editorial sites put the mains question in one).
        if (rows.length === 1 && rows[0].length === 1) blocks.push({ kind: 'paragraph', inline: rows[0][0], start, end });
        else blocks.push({ kind: 'table', rows, start, end });
        i = close;
        break;
      }
      case 'blockquote_open': {
        // Quoted text is still the editorial's text: read what is inside.
        const close = findClose(tokens, i);
        for (const b of toBlocks(tokens, i + 1, close)) blocks.push(b); // no push(...): it overflows past ~100k
        i = close;
        break;
      }
      case 'fence':
      case 'code_block': {
        const [start, end] = mapOf(t);
        blocks.push({ kind: 'paragraph', inline: [textToken(t, t.content.trim())], start, end });
        break;
      }
      default:
        break; // hr, html (disabled), closing tokens
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
    let textEnd = start + 1;
    for (const b of inner) {
      if (b.kind === 'paragraph' || b.kind === 'heading') {
        texts.push(b.inline);
        textEnd = Math.max(textEnd, b.end);
      } else if (b.kind === 'list') {
        for (const it of b.items) children.push(it);
      } else if (b.kind === 'table') {
        for (const it of tableToItems(b)) children.push(it);
      }
    }
    const like = tokens[i];
    // markdown-it gives an ordered item its number in `info` and its "." or ")" in `markup`.
    const marker = like.info && /^\d{1,9}$/.test(like.info) ? like.info + like.markup : undefined;
    items.push({ inline: joinInline(texts, like), children, start, end: textEnd, ...(marker ? { marker } : {}) });
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

/** Table rows as bullet-like items: the first column is the lead, the others the body. */
export function tableToItems(table: Extract<RawBlock, { kind: 'table' }>): RawItem[] {
  const body = table.rows.slice(1); // the first row is the header
  return body.map((cells, n) => {
    const line = table.start + 2 + n; // header + delimiter rows come first
    const [first = [], ...rest] = cells;
    const like = first[0] ?? rest.flat()[0];
    if (!like) return { inline: [], children: [], start: line, end: line + 1, fromTable: true };
    const leadTokens = first.length ? boldLead(first, like) : [];
    return { inline: joinInline([leadTokens, ...rest.filter(c => c.length)], like), children: [], start: line, end: line + 1, fromTable: true };
  });
}

/** Wraps cell text as "**text:**" so it reads as a lead, unless it is bold already. */
function boldLead(cell: Token[], like: Token): Token[] {
  const TokenClass = like.constructor as new (type: string, tag: string, nesting: number) => Token;
  const open = new TokenClass('strong_open', 'strong', 1);
  const close = new TokenClass('strong_close', 'strong', -1);
  const inner = cell.filter(t => t.type !== 'strong_open' && t.type !== 'strong_close');
  return [open, ...inner, textToken(like, ':'), close];
}
