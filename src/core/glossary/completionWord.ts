// The word being typed at the end of a line's text before the cursor, which term completion
// replaces: a letter, mark or digit, then also hyphens, dots and apostrophes ("H-1B", "U.S.").
// Read backwards from the cursor, at most MAX_WORD characters: the regular expression
// /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\-.']*$/u tried every start of a long line and took 4.7 s on a
// 100 KB line of letters ending in a space.

/** Longer words are no glossary term's start: nothing is completed for them. */
export const MAX_WORD = 200;

const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}\-.']/u;

/** The word ending at the end of `before` (the line up to the cursor), or undefined. */
export function completionWord(before: string): string | undefined {
  let start = before.length;
  while (start > 0) {
    // One code point back (a letter outside the BMP is two code units).
    const low = before.charCodeAt(start - 1);
    const size = low >= 0xdc00 && low <= 0xdfff && start >= 2 && (before.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!WORD_PART.test(before.slice(start - size, start))) break;
    start -= size;
    if (before.length - start > MAX_WORD) return undefined;
  }
  // The word starts at its first letter, mark or digit (a leading "-" or "." is not part of it).
  for (let i = start; i < before.length; i++) {
    const size = (before.charCodeAt(i) & 0xfc00) === 0xd800 && i + 1 < before.length ? 2 : 1;
    if (WORD_START.test(before.slice(i, i + size))) return before.slice(i);
    i += size - 1;
  }
  return undefined;
}
