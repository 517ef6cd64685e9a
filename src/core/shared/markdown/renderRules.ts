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
