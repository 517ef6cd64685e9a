// markdown-it core rules of the render mode (engine.ts): prelims terms as links, and option
// letters kept as written.
import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/** Links the rendered pages turn into messages: a glossary term, a point's source line. */
export const TERM_HREF = '#term-';
export const SOURCE_HREF = '#src-';
type StateCore = MarkdownIt.StateCore;

/** Finds glossary terms in text: their ranges and ids, and an id's display name. */
export interface TermLookup {
  scan(text: string): readonly { readonly start: number; readonly end: number; readonly key: string }[];
  name(id: string): string | undefined;
}

function textToken(state: StateCore, content: string): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  return t;
}

/** Glossary terms in text become links (`#term-<id>`), never inside existing links or code. */
export function termLinks(state: StateCore, terms: TermLookup): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const out: Token[] = [];
    let linkDepth = 0;
    for (const t of block.children) {
      if (t.type === 'link_open') linkDepth++;
      if (t.type === 'link_close') linkDepth--;
      if (t.type !== 'text' || linkDepth > 0) { out.push(t); continue; }
      let last = 0;
      for (const m of terms.scan(t.content)) {
        if (m.start > last) out.push(textToken(state, t.content.slice(last, m.start)));
        const open = new state.Token('link_open', 'a', 1);
        open.attrs = [['href', TERM_HREF + encodeURIComponent(m.key)], ['class', 'term'], ['title', terms.name(m.key) ?? m.key]];
        out.push(open, textToken(state, t.content.slice(m.start, m.end)), new state.Token('link_close', 'a', -1));
        last = m.end;
      }
      out.push(last === 0 ? t : textToken(state, t.content.slice(last)));
    }
    block.children = out;
  }
}

const OPTION_LETTER = /\((?:c|r|tm)\)/i;
const OPTION_LETTER_SPLIT = /(\((?:c|r|tm)\))/i;

/**
 * Typographic dashes, ellipses and quotes yes, but "(c)" → "©", "(r)" → "®", "(tm)" → "™" no:
 * in an editorial "(c)" is a PYQ's option. Those letters become tokens of their own of type
 * text_special, which the replacements rule leaves alone and text_join makes text again.
 */
export function keepOptionLetters(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children?.some(t => t.type === 'text' && OPTION_LETTER.test(t.content))) continue;
    const children: Token[] = [];
    for (const t of block.children) {
      if (t.type !== 'text' || !OPTION_LETTER.test(t.content)) {
        children.push(t);
        continue;
      }
      for (const part of t.content.split(OPTION_LETTER_SPLIT)) {
        if (!part) continue;
        const piece = new state.Token(OPTION_LETTER.test(part) ? 'text_special' : 'text', '', 0);
        piece.content = part;
        children.push(piece);
      }
    }
    block.children = children;
  }
}

/** A literal line break tag as editorial pages and their markdown conversions write one. */
const BR_TAG = /<br\s*\/?>/i;
const BR_TAG_SPLIT = /<br\s*\/?>/gi;

/**
 * `<br>` written in the text (markdown conversions of web pages put it inside table cells and
 * after FAQ questions) is a line break, in both modes: the parser sees a hardbreak token where the
 * page broke the line, and the rendered page a <br>. With html off, no other tag is ever read.
 */
export function brAsLineBreak(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children?.some(t => t.type === 'text' && BR_TAG.test(t.content))) continue;
    const children: Token[] = [];
    for (const t of block.children) {
      if (t.type !== 'text' || !BR_TAG.test(t.content)) { children.push(t); continue; }
      const parts = t.content.split(BR_TAG_SPLIT);
      parts.forEach((part, i) => {
        if (i > 0) children.push(new state.Token('hardbreak', 'br', 0));
        if (part) children.push(textToken(state, part));
      });
    }
    block.children = children;
  }
}

const BR_AT = /<br\s*\/?>/iy;

/**
 * "**प्रश्न 1. …?<br>**उत्तर": a bold run whose closing `**` follows a `<br>` cannot close in
 * markdown (a closer after punctuation must be followed by a space or punctuation), and the whole
 * paragraph would stay raw text. When that `**` closes a run opened earlier on its line, it is
 * moved before the `<br>`: the same characters, so every offset and line number stays as it was.
 * One pass over the text, counting each line's runs as it goes (linear on any input).
 */
export function closeBoldBeforeBreak(src: string): string {
  if (!BR_TAG.test(src)) return src;
  const out: string[] = [];
  let copied = 0;
  let stars = 0;
  let underscores = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x0a) { stars = 0; underscores = 0; continue; }
    if ((c === 0x2a || c === 0x5f) && src.charCodeAt(i + 1) === c) {
      if (c === 0x2a) stars++; else underscores++;
      i++;
      continue;
    }
    if (c !== 0x3c) continue;
    BR_AT.lastIndex = i;
    const br = BR_AT.exec(src);
    if (!br) continue;
    const after = i + br[0].length;
    const marker = src.slice(after, after + 2);
    const open = marker === '**' ? stars : marker === '__' ? underscores : 0;
    const next = src.charAt(after + 2);
    if (open % 2 === 1 && next && !/\s/.test(next)) {
      out.push(src.slice(copied, i), marker, br[0]);
      copied = after + 2;
      if (marker === '**') stars++; else underscores++;
      i = after + 1;
    } else i = after - 1;
  }
  if (!copied) return src;
  out.push(src.slice(copied));
  return out.join('');
}

/**
 * "**जीवंत****-जाल …**": two bold runs glued together, which markdown reads as four literal
 * asterisks. When the first run is open (an odd number of `**` before it on its line), they are one
 * run: the markers between them go (the line gets shorter, but no line moves, and lines are what
 * the parser keeps). Four asterisks with no run open ("x****y") stay as written. One pass.
 */
export function mergeGluedRuns(src: string): string {
  if (!src.includes('****') && !src.includes('____')) return src;
  const out: string[] = [];
  let copied = 0;
  const open = { 0x2a: 0, 0x5f: 0 } as Record<number, number>;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x0a) { open[0x2a] = 0; open[0x5f] = 0; continue; }
    if (c !== 0x2a && c !== 0x5f) continue;
    let run = 1;
    while (src.charCodeAt(i + run) === c) run++;
    const glued = run === 4 && open[c] % 2 === 1 && i > 0 && !/\s/.test(src.charAt(i - 1)) && !/\s/.test(src.charAt(i + 4) || ' ');
    if (glued) {
      out.push(src.slice(copied, i));
      copied = i + 4;
    } else if (run === 2) open[c]++;
    i += run - 1;
  }
  if (!copied) return src;
  out.push(src.slice(copied));
  return out.join('');
}
