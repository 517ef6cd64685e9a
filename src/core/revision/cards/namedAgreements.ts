// Capitalised names ending in Agreement, Act, Accords, Initiative… ("US-India Civil Nuclear
// Agreement (CNA)") in a sentence: what the regular expression
//   (?<![\p{L}\p{N}])CAP(?:\s+(?:(?:and|of|for|on|&)\s+)?CAP)*\s+KEYWORD(?![\p{L}\p{N}])(?:\s*\([A-Z][\p{L}\p{N}.-]*\))?
// with CAP = [A-Z][\p{L}\p{N}.'’&-]* | \([A-Z][\p{L}\p{N}.-]*\) matches (global, left to right), in
// linear time. That expression went back over the whole run of capitalised words from every
// capital in it (a 1 MB run of capitalised words took minutes).
//
// A CAP is always followed by white space, so it is a whole space-separated word (or, for the
// first one, the end of a word after a character that is not a letter or digit). From a first
// word the run goes on word by word (a connector word may stand before a CAP); the match ends at
// the farthest keyword word that directly follows a CAP of the run (the `*` is greedy). That
// farthest keyword is found for every word from right to left, once.

export interface NamedMatch {
  readonly index: number;
  readonly text: string;
}

const KEYWORDS = ['Agreements', 'Agreement', 'Accords', 'Accord', 'Act', 'Pact', 'Treaty', 'Initiative', 'Partnership', 'Alliance', 'Roadmap',
  'Framework', 'Mission', 'Programme', 'Dialogue', 'Corridor', 'agreement', 'pact'];
const CONNECTORS = new Set(['and', 'of', 'for', 'on', '&']);
const CAP_WORD = /^(?:[A-Z][\p{L}\p{N}.'’&-]*|\([A-Z][\p{L}\p{N}.-]*\))$/u;
const PAREN_CAP = /^\([A-Z][\p{L}\p{N}.-]*\)$/u;
const CAP_TAIL = /[\p{L}\p{N}.'’&-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ACRONYM = /\s*\([A-Z][\p{L}\p{N}.-]*\)/uy;
const SPACE = /\s+/gu;

interface Word { start: number; end: number; text: string }

function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  SPACE.lastIndex = 0;
  for (let m = SPACE.exec(text); m; m = SPACE.exec(text)) {
    if (m.index > last) out.push({ start: last, end: m.index, text: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ start: last, end: text.length, text: text.slice(last) });
  return out;
}

/** The code point before `at` in `text` (a pair of surrogates as one). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? text.slice(at - 2, at) : text[at - 1];
}

/** Length of the keyword a word starts with (followed by no letter or digit), or 0. */
function keywordAt(text: string, from: number, end: number): number {
  for (const k of KEYWORDS) {
    if (!text.startsWith(k, from) || from + k.length > end) continue;
    const after = text.codePointAt(from + k.length);
    if (from + k.length === end || after === undefined || !LETTER_OR_DIGIT.test(String.fromCodePoint(after))) return k.length;
  }
  return 0;
}

/**
 * Where, from `from` on, a first CAP can start inside word `w`: it runs to the word's end, after
 * no letter or digit. A word ending in ")" can only hold the "(ABC)" form; otherwise the CAP is
 * a capital in the word's last run of CAP characters. The earliest such place, or -1.
 */
function firstCapStart(text: string, w: Word, from: number): number {
  const lo = Math.max(from, w.start);
  if (text.charCodeAt(w.end - 1) === 41) {
    const p = text.lastIndexOf('(', w.end - 1);
    return p >= lo && PAREN_CAP.test(text.slice(p, w.end)) && !LETTER_OR_DIGIT.test(charBefore(text, p)) ? p : -1;
  }
  let tail = w.end;
  while (tail > lo && CAP_TAIL.test(charBefore(text, tail))) tail -= charBefore(text, tail).length;
  for (let i = tail; i < w.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90 && !LETTER_OR_DIGIT.test(charBefore(text, i))) return i;
  }
  return -1;
}

export function namedAgreements(text: string): NamedMatch[] {
  const ws = words(text);
  const n = ws.length;
  const isCap = ws.map(w => CAP_WORD.test(w.text));
  const keyword = ws.map(w => keywordAt(text, w.start, w.end));
  // farthest[i]: for a CAP at word i, the farthest keyword word the run from it reaches, or -1.
  const farthest = new Array<number>(n + 2).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    let best = -1;
    if (i + 1 < n && isCap[i + 1]) best = Math.max(best, farthest[i + 1]);
    if (i + 2 < n && CONNECTORS.has(ws[i + 1].text) && isCap[i + 2]) best = Math.max(best, farthest[i + 2]);
    if (best < 0 && i + 1 < n && keyword[i + 1]) best = i + 1;
    farthest[i] = best;
  }
  const out: NamedMatch[] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const w = ws[i];
    if (w.end <= from) continue;
    const start = firstCapStart(text, w, from);
    if (start < 0 || farthest[i] < 0) continue;
    const k = ws[farthest[i]];
    let end = k.start + keyword[farthest[i]];
    ACRONYM.lastIndex = end;
    const acronym = ACRONYM.exec(text);
    if (acronym) end += acronym[0].length;
    out.push({ index: start, text: text.slice(start, end) });
    from = end;
    // The next match starts at or after `end`, maybe inside the keyword's word.
    while (i + 1 < n && ws[i + 1].end <= end) i++;
  }
  return out;
}
