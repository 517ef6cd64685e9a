// Patterns to symbol sequences (step 1 of a build): each character that occurs in a pattern, after
// case folding, gets a symbol of its own; a separator run becomes one SEP. Patterns with the same
// symbols and case rule are kept once.
//
// Plain TypeScript without imports from outside this folder: runs in Node, the extension host and
// a web worker.
import { SEP } from './automaton';
import { APOSTROPHE, FOLD, SEPARATOR, WORD, foldCodePoint, isHigh, isLow, isWordCodePoint } from './tables';

export interface MatcherPattern {
  /** The term's id. */
  key: string;
  /** One name or alias of the term. */
  text: string;
  /** Match only in exactly this case; by default, only short all-caps abbreviations do. */
  caseSensitive?: boolean;
}

/**
 * Short all-caps abbreviations ("ASIA", "SCO", "G20", "INDUS-X") are matched in exactly their
 * case: no lower-case letter and at most 6 letters.
 */
export function isCaseSensitivePattern(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const letters = text.match(/\p{L}/gu);
  return (letters ? letters.length : 0) <= 6;
}

/** The symbols assigned so far, in order of first occurrence. */
export class Alphabet {
  /** Folded BMP unit -> symbol, or -1. */
  readonly unitSymbol = new Int32Array(0x10000).fill(-1);
  /** The folded units that got a symbol, for the class table. */
  readonly symbolUnits: number[] = [];
  /** Per symbol: 1 for word characters (BREAK_NON_WORD, BREAK_WORD and SEP first). */
  readonly symWord: number[] = [0, 1, 0];
  /** Astral code points and lone high surrogates that occur in patterns: folded value -> symbol. */
  readonly extraSymbols = new Map<number, number>();

  /** Number of symbols. */
  get size(): number {
    return this.symWord.length;
  }

  symbolFor(folded: number, astral: boolean, word: boolean): number {
    let s = astral ? this.extraSymbols.get(folded) : this.unitSymbol[folded];
    if (s === undefined || s < 0) {
      s = this.symWord.length;
      this.symWord.push(word ? 1 : 0);
      if (astral) this.extraSymbols.set(folded, s);
      else {
        this.unitSymbol[folded] = s;
        this.symbolUnits.push(folded);
      }
    }
    return s;
  }
}

export interface Tokenized {
  syms: number[];
  sensitive: boolean;
  /** For case-sensitive patterns: the pattern without separators, apostrophes as "'". */
  exact: string;
  /** Folded (or, when case-sensitive, original) form with one space per separator. */
  id: string;
}

/** The symbols of `text`, assigning new ones in `alphabet`; undefined if it has none. */
export function tokenize(text: string, exactCase: boolean, alphabet: Alphabet): Tokenized | undefined {
  const syms: number[] = [];
  let exact = '';
  let norm = '';
  let cased = '';
  let pendingSep = false;
  for (let i = 0; i < text.length; ) {
    const u = text.charCodeAt(i);
    if (SEPARATOR[u] !== 0) {
      pendingSep = syms.length > 0;
      i++;
      continue;
    }
    if (pendingSep) {
      syms.push(SEP);
      norm += ' ';
      cased += ' ';
      pendingSep = false;
    }
    if (isHigh(u) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      const cp = ((u - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      const f = foldCodePoint(cp);
      syms.push(alphabet.symbolFor(f, true, isWordCodePoint(cp)));
      exact += text.slice(i, i + 2);
      cased += text.slice(i, i + 2);
      norm += String.fromCodePoint(f);
      i += 2;
    } else {
      const f = FOLD[u];
      // Lone high surrogates are looked up outside the class table, like astral characters.
      syms.push(alphabet.symbolFor(f, isHigh(u), WORD[f] === 1));
      exact += APOSTROPHE[u] ? "'" : text[i];
      cased += APOSTROPHE[u] ? "'" : text[i];
      norm += String.fromCharCode(f);
      i++;
    }
  }
  if (syms.length === 0) return undefined;
  const sensitive = exactCase || isCaseSensitivePattern(text);
  return { syms, sensitive, exact, id: sensitive ? 'S' + cased : 'I' + norm };
}

/** The distinct patterns, tokenized; `index` is the pattern's number in the other arrays. */
export interface KeptPatterns {
  tokens: { tok: Tokenized; index: number }[];
  keys: string[];
  texts: string[];
  sensitive: boolean[];
  exact: string[];
}

/** Tokenizes every pattern in order and keeps the first of each set with the same symbols and case rule. */
export function keepPatterns(patterns: readonly MatcherPattern[], alphabet: Alphabet): KeptPatterns {
  return drain(keepPatternsInSteps(patterns, alphabet));
}

/** Patterns per step of `keepPatternsInSteps` (about 5 ms each). */
const PATTERNS_PER_STEP = 1500;

/** `keepPatterns`, pausing (a `yield`) every PATTERNS_PER_STEP patterns. */
export function* keepPatternsInSteps(patterns: readonly MatcherPattern[], alphabet: Alphabet): Generator<void, KeptPatterns> {
  const kept: KeptPatterns = { tokens: [], keys: [], texts: [], sensitive: [], exact: [] };
  const seen = new Set<string>();
  let n = 0;
  for (const p of patterns) {
    if (++n % PATTERNS_PER_STEP === 0) yield;
    if (!p || typeof p.text !== 'string') continue;
    const tok = tokenize(p.text, p.caseSensitive === true, alphabet);
    if (!tok) continue;
    if (seen.has(tok.id)) continue;
    seen.add(tok.id);
    kept.tokens.push({ tok, index: kept.keys.length });
    kept.keys.push(String(p.key));
    kept.texts.push(p.text);
    kept.sensitive.push(tok.sensitive);
    kept.exact.push(tok.sensitive ? tok.exact : '');
  }
  return kept;
}

/** Runs a stepwise build to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
