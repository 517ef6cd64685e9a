// Rule 12: plain text is escaped where markdown would read it as markup.
import { tokenizeMarkdown } from '../../shared/markdown/engine';

/** Escapes what markdown would read as markup inside a line of plain text. */
export function escapeInline(text: string): string {
  let s = text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\').replace(/[<`]|&(?=#?[A-Za-z0-9]+;)/g, c => '\\' + c);
  // "**" in pairs is bold as the page wrote it. A run of two or more that pairs with nothing (the
  // last of an odd count, "***") is emphasis left over from a copy, not text: it is dropped, so
  // that no label or point shows raw "**". A single "*" is text (5*3, a footnote mark).
  const pairs = (s.match(/(?<!\*)\*\*(?!\*)/g) ?? []).length;
  let seen = 0;
  s = s.replace(/\*+/g, run => {
    if (run.length === 1) return '\\*';
    if (run.length > 2) return '';
    seen++;
    return pairs % 2 === 0 || seen < pairs ? run : '';
  });
  s = s.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
  return pairsAsBold(s);
}

// Every "**" left is a kept pair's (single stars are escaped "\*", longer runs dropped); one after
// a backslash follows a literal one ("\\").
const BOLD_RUN = /\*\*/g;

/**
 * Counting is not pairing: "**भारत a<**B" has two runs that markdown reads as no bold (the second
 * cannot close after "<" before a letter). When markdown does not pair every run the text kept,
 * none is kept: the text shows no "**" either way.
 */
function pairsAsBold(s: string): string {
  const runs = s.match(BOLD_RUN)?.length ?? 0;
  if (!runs) return s;
  let strong = 0;
  for (const t of tokenizeMarkdown(s)) for (const c of t.children ?? []) if (c.type === 'strong_open') strong++;
  return strong * 2 === runs ? s : s.replace(BOLD_RUN, '');
}

/** Escapes a line start that markdown would read as a block (heading, quote, list, fence, rule). */
export function escapeBlockStart(text: string): string {
  return text
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^~~~/, '\\~~~')
    .replace(/^([=-])\1*\s*$/, '\\$&');
}

export function escapeHeading(text: string): string {
  return escapeInline(text).replace(/(\s)(#+)\s*$/, '$1\\$2');
}
