// The "For Prelims" line's terms, and comma-separated lists ("For Mains", tags).
import type MarkdownIt from 'markdown-it';
import type { PrelimsTerm } from '../model';
import { afterLabel } from '../vocabulary';
import { attrText } from '../../shared/markdown/tokens';

type Token = MarkdownIt.Token;

const textOf = (t: Token | undefined): string => !t ? ''
  : t.type === 'softbreak' || t.type === 'hardbreak' ? ' '
    : t.type === 'text' || t.type === 'code_inline' || t.type === 'image' ? t.content : '';

const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;

/** The terms of a "For Prelims" line: its links, and the comma-separated text outside them. */
export function parsePrelims(inline: Token[], labels: readonly string[]): PrelimsTerm[] {
  const terms: PrelimsTerm[] = [];
  let href: string | null = null;
  let text = '';
  // Text outside links, in parts, and its last two code units: testing the end of a long string
  // that grows by `+=` flattens it every time, which made a line of glued links quadratic.
  let outside: string[] = [];
  let outsideEnd = '';
  const addToOutside = (s: string) => {
    outside.push(s);
    outsideEnd = (outsideEnd + s).slice(-2);
  };
  let first = true;
  const addOutside = () => {
    const plain = outside.join('').replace(/\s+/g, ' ').trim();
    // "[A](#), B, [C](#)": B is a term too. The label is in the text before the first link.
    for (const t of splitList(first ? afterLabel(plain, labels) ?? plain : plain)) terms.push({ text: t });
    outside = [];
    outsideEnd = '';
    first = false;
  };
  for (let i = 0; i < inline.length; i++) {
    const t = inline[i];
    if (t.type === 'link_open') { href = attrText(t, 'href'); text = ''; }
    else if (t.type === 'link_close' && href !== null) {
      let j = i + 1;
      while (j < inline.length && !textOf(inline[j])) j++;
      // A link glued to the letters around it ("abc[def](#)") is part of that word, not a term.
      if ((WORD_END.test(outsideEnd) && WORD_START.test(text)) || (WORD_END.test(text) && WORD_START.test(textOf(inline[j])))) {
        addToOutside(text);
      } else {
        addOutside();
        const term = text.replace(/\s+/g, ' ').trim();
        if (term) terms.push({ text: term, href });
      }
      href = null;
    } else if (href !== null) text += textOf(t);
    else addToOutside(textOf(t));
  }
  addOutside();
  return terms;
}

/**
 * "A, B (C, D), E." → ["A", "B (C, D)", "E"]: commas inside brackets do not split. A bracket
 * that never closes ("( A, B") protects nothing: its commas split as any other (else the list
 * would be one term, and a comma more on every re-import).
 */
export function splitList(text: string): string[] {
  const chars = [...text];
  // Which brackets close: a stack of the open ones, in one pass.
  const closes = new Array<boolean>(chars.length).fill(false);
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (c === '(' || c === '[') open.push(i);
    else if ((c === ')' || c === ']') && open.length) closes[open.pop()!] = true;
  });
  const out: string[] = [];
  let depth = 0;
  let current = '';
  chars.forEach((c, i) => {
    if ((c === '(' || c === '[') && closes[i]) depth++;
    if ((c === ')' || c === ']') && depth > 0) depth--;
    if ((c === ',' || c === ';') && depth === 0) { out.push(current); current = ''; } else current += c;
  });
  out.push(current);
  return out.map(s => s.trim().replace(/[.।]$/, '').trim()).filter(Boolean);
}
