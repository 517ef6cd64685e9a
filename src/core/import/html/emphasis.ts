// The turndown rule for bold and italic runs. A run whose delimiters would not close
// (`**Lead:**text`) has its edge punctuation moved outside (`**Lead**:text`), or loses its
// delimiters: that needs the characters turndown writes on either side of the run, worked out
// here from the DOM.
import type TurndownService from 'turndown';
import { BLOCKS, EMPHASIS, HEADINGS, STRONG, TEXT, hasAncestor, isElement, nameOf } from './dom';
import { meaningfulAlt } from './altText';
import { webUrl } from './links';
import { Stats } from './notes';
import { tokenizeMarkdown } from '../../shared/markdown/engine';

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

/**
 * How many characters of white space and hard breaks ("\⏎") `text` has at its start (dir 1) or
 * end (-1), counted by a loop (a `(?:\s|…)*$` pattern retries at every position: quadratic).
 */
function edgeLength(text: string, dir: 1 | -1): number {
  let n = 0;
  while (n < text.length) {
    const at = dir > 0 ? n : text.length - 1 - n;
    const c = text[at];
    if (dir > 0 && c === '\\' && text[at + 1] === '\n') n += 2;
    else if (dir < 0 && c === '\n' && text[at - 1] === '\\') n += 2;
    else if (SPACE.test(c)) n++;
    else break;
  }
  return Math.min(n, text.length);
}

/** Whether markdown reads the run delimited by `delim` ("**" bold, "*" italic) in `markdown`. */
function readsAsEmphasis(markdown: string, delim: string): boolean {
  const open = delim.length === 2 ? 'strong_open' : 'em_open';
  return tokenizeMarkdown(markdown).some(t => t.children?.some(c => c.type === open));
}

export function emphasisRule(delim: string, group: ReadonlySet<string>, stats: Stats, base: () => string | undefined): TurndownService.Rule {
  return {
    filter: node => group.has(nameOf(node)),
    replacement: (content, node) => {
      if (!content.trim()) return content;
      // Bold inside bold (or a heading) adds nothing and would write "****".
      if (hasAncestor(node, group) || (group === STRONG && hasAncestor(node, HEADINGS))) return content;
      // Edge space and hard breaks ("\⏎") go outside the run: "**\⏎text**" would not open.
      const lead = content.slice(0, edgeLength(content, 1));
      const trail = content.slice(content.length - edgeLength(content, -1));
      let core = content.slice(lead.length, content.length - trail.length);
      // A run around blocks (an unclosed <strong> before a list, <b><pre>): delimiters in two
      // blocks never pair. A line break inside one block is written "\⏎" (a hard break).
      if (/(?<!\\)\n/.test(core)) { stats.emphasisDropped++; return content; }
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
      // The rules above are CommonMark's; markdown-it has the last word (a lone surrogate, say,
      // is neither letter nor punctuation to it): the run with the characters beside it must read
      // back as emphasis, or the delimiters would show.
      // (An edge of an enclosing run, "*", is left out: nested in it, "***…***" reads as both.)
      const edge = (c: string) => (c === '*' ? '' : c);
      if (!readsAsEmphasis(`${edge(prev)}${before}${delim}${core}${delim}${after}${edge(next)}`, delim)) { stats.emphasisDropped++; return content; }
      if (before || after) stats.emphasisFixed++;
      return `${lead}${before}${delim}${core}${delim}${after}${trail}`;
    },
  };
}
