// Reading the scanned text around a position, for the scan: word boundaries (surrogate pairs
// included), where a match starts, whether it has the exact case, where its line starts and ends.
//
// Plain TypeScript without imports from outside this folder: runs in Node, the extension host and
// a web worker.
import { APOSTROPHE, SEPARATOR, WORD, isHigh, isLow, isWordCodePoint } from './tables';

/** Is the code point starting at `at` a word character? Looks at the whole string. */
export function wordAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const u = text.charCodeAt(at);
  if (isHigh(u) && at + 1 < text.length) {
    const v = text.charCodeAt(at + 1);
    if (isLow(v)) return isWordCodePoint(((u - 0xd800) << 10) + (v - 0xdc00) + 0x10000);
  }
  return WORD[u] === 1;
}

/** Is the code point ending just before `at` a word character? Looks at the whole string. */
export function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const v = text.charCodeAt(at - 1);
  if (isLow(v) && at >= 2) {
    const u = text.charCodeAt(at - 2);
    if (isHigh(u)) return isWordCodePoint(((u - 0xd800) << 10) + (v - 0xdc00) + 0x10000);
  }
  return WORD[v] === 1;
}

/** Start of the match that ends at `end` and has `depth` symbols (a separator run is one). */
export function walkBack(text: string, end: number, depth: number, from: number): number {
  let j = end;
  for (let k = 0; k < depth && j > from; k++) {
    const v = text.charCodeAt(j - 1);
    if (SEPARATOR[v] !== 0) {
      while (j > from && SEPARATOR[text.charCodeAt(j - 1)] !== 0) j--;
    } else if (isLow(v) && j - 2 >= from && isHigh(text.charCodeAt(j - 2))) {
      j -= 2;
    } else {
      j--;
    }
  }
  return j;
}

/** Does text[start, end) spell `exact` (separators skipped, apostrophes as "'")? */
export function sameCase(text: string, start: number, end: number, exact: string): boolean {
  let k = 0;
  for (let j = start; j < end; j++) {
    const u = text.charCodeAt(j);
    if (SEPARATOR[u] !== 0) continue;
    const w = APOSTROPHE[u] ? 0x27 : u;
    if (k >= exact.length || exact.charCodeAt(k) !== w) return false;
    k++;
  }
  return k === exact.length;
}

function isLineBreak(u: number): boolean {
  return SEPARATOR[u] === 2;
}

/** Start of the line holding `pos`, or `limit` if that comes first. */
export function lineStart(text: string, pos: number, limit: number): number {
  let p = pos;
  while (p > limit && !isLineBreak(text.charCodeAt(p - 1))) p--;
  return p;
}

/** End of the line holding `pos` (its line break), or `limit` if that comes first. */
export function lineEnd(text: string, pos: number, limit: number): number {
  let p = pos;
  while (p < limit && !isLineBreak(text.charCodeAt(p))) p++;
  return p;
}
