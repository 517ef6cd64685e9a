// BMP lookup tables shared by every matcher, one entry per UTF-16 code unit: word character or not,
// case fold, separator or line break, apostrophe. Allocated at module load, filled once by
// `prepareTermMatcherTables` (or the first matcher's build), then only read. Also the code point
// helpers built on them, and each matcher's class table (code unit -> symbol).
//
// Plain TypeScript without imports from outside this folder: runs in Node, the extension host and
// a web worker.
import { BREAK_NON_WORD, BREAK_WORD, SEP } from './automaton';

/** 1 for code units that are word characters (\p{L}, \p{M}, \p{N}); surrogates are 0. */
export const WORD = new Uint8Array(0x10000);
/** Case fold of each code unit (one unit to one unit; apostrophe variants fold to "'"). */
export const FOLD = new Uint16Array(0x10000);
/** 1 = separator (space, tab, NBSP, hyphens, dashes…), 2 = line-break character. */
export const SEPARATOR = new Uint8Array(0x10000);
/** 1 for apostrophe variants (straight, curly, modifier letter). */
export const APOSTROPHE = new Uint8Array(0x10000);

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
export const CR = 0x0d;
export const LF = 0x0a;

function foldChar(ch: string): string {
  const upper = ch.toUpperCase();
  if (upper.length === ch.length) {
    const lower = upper.toLowerCase();
    if (lower.length === ch.length) return lower;
  }
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/**
 * Code units that are line breaks, and per folded unit the other units that fold to it
 * (UNFOLD_UNITS[UNFOLD_START[f] .. UNFOLD_START[f + 1]]): what a matcher needs to fill its class
 * table from its few pattern characters instead of looking at all 65,536 units.
 */
let LINE_BREAKS: number[] = [];
let UNFOLD_START = new Int32Array(0);
let UNFOLD_UNITS = new Uint16Array(0);
/** The class table every matcher starts from: SEP, BREAK_WORD or BREAK_NON_WORD per unit (line
 *  breaks and high surrogates get their matcher-specific symbols on top). */
let BASE_CLASSES = new Uint16Array(0);
let tablesBuilt = false;

/**
 * Fills the tables above. Not at module load: that is part of the extension's start, and the
 * first matcher is built later, in a background slice of its own (this takes ~10 ms cold).
 */
function buildTables(): void {
  tablesBuilt = true;
  // Every BMP code unit once, surrogates replaced by spaces; regex passes over it are fast.
  let all = '';
  const chunk = new Uint16Array(0x1000);
  for (let base = 0; base < 0x10000; base += chunk.length) {
    for (let k = 0; k < chunk.length; k++) {
      const u = base + k;
      chunk[k] = u >= 0xd800 && u <= 0xdfff ? 0x20 : u;
    }
    all += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  const runs = (re: RegExp, table: Uint8Array) => {
    for (let m = re.exec(all); m; m = re.exec(all)) table.fill(1, m.index, m.index + m[0].length);
  };
  runs(/[\p{L}\p{M}\p{N}]+/gu, WORD);
  runs(/\s+/g, SEPARATOR);
  for (let u = 0xd800; u <= 0xdfff; u++) SEPARATOR[u] = 0;
  for (const u of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014]) SEPARATOR[u] = 1; // - ‐ ‑ ‒ – —
  for (const u of [LF, CR, 0x2028, 0x2029]) SEPARATOR[u] = 2;

  // Only cased characters can fold; find them with one regex pass instead of 65536 calls.
  for (let u = 0; u < 0x10000; u++) FOLD[u] = u;
  const casedRe = /[\p{Cased}\p{Changes_When_Casemapped}]/gu;
  for (let m = casedRe.exec(all); m; m = casedRe.exec(all)) {
    const u = m.index;
    const f = foldChar(m[0]).charCodeAt(0);
    // A fold must never change whether a character is a word character or a separator.
    if (WORD[f] === WORD[u] && SEPARATOR[f] === SEPARATOR[u]) FOLD[u] = f;
  }
  for (const u of [0x27, 0x2018, 0x2019, 0x02bc]) {
    APOSTROPHE[u] = 1;
    FOLD[u] = 0x27;
    WORD[u] = 0;
  }

  LINE_BREAKS = [];
  for (let u = 0; u < 0x10000; u++) if (SEPARATOR[u] === 2) LINE_BREAKS.push(u);
  UNFOLD_START = new Int32Array(0x10001);
  for (let u = 0; u < 0x10000; u++) if (FOLD[u] !== u) UNFOLD_START[FOLD[u] + 1]++;
  for (let f = 0; f < 0x10000; f++) UNFOLD_START[f + 1] += UNFOLD_START[f];
  UNFOLD_UNITS = new Uint16Array(UNFOLD_START[0x10000]);
  const filled = UNFOLD_START.slice(0, 0x10000);
  for (let u = 0; u < 0x10000; u++) if (FOLD[u] !== u) UNFOLD_UNITS[filled[FOLD[u]]++] = u;
  BASE_CLASSES = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) BASE_CLASSES[u] = SEPARATOR[u] === 1 ? SEP : WORD[u] === 1 ? BREAK_WORD : BREAK_NON_WORD;
}

/** Builds the shared lookup tables now (~10 ms cold), so that the first matcher's build, a
 *  background job of its own, does not include them. Idempotent. */
export function prepareTermMatcherTables(): void {
  if (!tablesBuilt) buildTables();
}

const astralWordCache = new Map<number, boolean>();

export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) return WORD[cp] === 1;
  let w = astralWordCache.get(cp);
  if (w === undefined) {
    w = WORD_RE.test(String.fromCodePoint(cp));
    if (astralWordCache.size < 4096) astralWordCache.set(cp, w);
  }
  return w;
}

export function foldCodePoint(cp: number): number {
  if (cp < 0x10000) return FOLD[cp];
  const ch = String.fromCodePoint(cp);
  const f = foldChar(ch).codePointAt(0) ?? cp;
  return isWordCodePoint(f) === isWordCodePoint(cp) ? f : cp;
}

export function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

export function isLow(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/**
 * A matcher's class table: code unit -> symbol. Separators are SEP, line breaks `alphabet`, high
 * surrogates `alphabet + 1`, every unit that folds to a pattern character that character's symbol,
 * the rest a word or non-word break: the base table has all but the pattern characters and line
 * breaks, so only those few units are set here (was a loop over all 65,536: ~40% of a build).
 * `symbolUnits` are the folded units that got a symbol, `unitSymbol` maps them to it.
 */
export function classTable(symbolUnits: readonly number[], unitSymbol: Int32Array, alphabet: number): Uint16Array {
  const A = alphabet;
  const classes = BASE_CLASSES.slice();
  for (const u of LINE_BREAKS) classes[u] = A;
  classes.fill(A + 1, 0xd800, 0xdc00);
  for (const f of symbolUnits) {
    const s = unitSymbol[f];
    if (FOLD[f] === f && SEPARATOR[f] === 0 && !isHigh(f)) classes[f] = s;
    for (let k = UNFOLD_START[f]; k < UNFOLD_START[f + 1]; k++) {
      const u = UNFOLD_UNITS[k];
      if (SEPARATOR[u] === 0 && !isHigh(u)) classes[u] = s;
    }
  }
  return classes;
}
