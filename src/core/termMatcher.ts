// Finding glossary terms in a student's notes: every name and alias of every term, in one pass.
//
// Design. Each pattern becomes a sequence of symbols from a small alphabet: the characters that
// occur in patterns after case folding (apostrophe variants fold to "'"), one SEP symbol for any
// separator (hyphens, dashes, spaces, a whitespace run with at most one line break) and two
// "break" symbols for every other character (a word one and a non-word one). Whole-word matching
// is built into the automaton: a zero-width word-start marker (CARET) follows every non-word
// symbol, and a pattern that begins with a word character begins with CARET, so "sco" can never
// start inside "disco". From the Aho–Corasick trie over these symbols we build a complete DFA
// (Int32Array, rows pre-multiplied by the alphabet size) in which the CARET step is folded into
// the transition of each non-word symbol, and SEP loops on the state it leads to (so runs of
// separators collapse). The scan loop is then one table load per UTF-16 unit; states that end a
// pattern are numbered last, so "is there a match here?" is a single comparison. Candidates are
// checked for the word boundary on the right and, for short all-caps abbreviations, exact case;
// the leftmost-longest non-overlapping set is chosen at the end.
//
// Plain TypeScript without imports: runs in Node, the extension host and a web worker.

export interface MatcherPattern {
  /** The term's id. */
  key: string;
  /** One name or alias of the term. */
  text: string;
}

export interface TermMatch {
  /** UTF-16 offset of the first character of the match in the scanned text. */
  start: number;
  /** UTF-16 offset just after the match (exclusive). */
  end: number;
  key: string;
  /** The `MatcherPattern.text` that matched. */
  pattern: string;
}

// ---------------------------------------------------------------------------------------------
// BMP lookup tables, built once at module load.

/** 1 for code units that are word characters (\p{L}, \p{M}, \p{N}); surrogates are 0. */
const WORD = new Uint8Array(0x10000);
/** Case fold of each code unit (one unit to one unit; apostrophe variants fold to "'"). */
const FOLD = new Uint16Array(0x10000);
/** 1 = separator (space, tab, NBSP, hyphens, dashes…), 2 = line-break character. */
const SEPARATOR = new Uint8Array(0x10000);
/** 1 for apostrophe variants (straight, curly, modifier letter). */
const APOSTROPHE = new Uint8Array(0x10000);

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const CR = 0x0d;
const LF = 0x0a;

function foldChar(ch: string): string {
  const upper = ch.toUpperCase();
  if (upper.length === ch.length) {
    const lower = upper.toLowerCase();
    if (lower.length === ch.length) return lower;
  }
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

(function buildTables(): void {
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
})();

const astralWordCache = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) return WORD[cp] === 1;
  let w = astralWordCache.get(cp);
  if (w === undefined) {
    w = WORD_RE.test(String.fromCodePoint(cp));
    if (astralWordCache.size < 4096) astralWordCache.set(cp, w);
  }
  return w;
}

function foldCodePoint(cp: number): number {
  if (cp < 0x10000) return FOLD[cp];
  const ch = String.fromCodePoint(cp);
  const f = foldChar(ch).codePointAt(0) ?? cp;
  return isWordCodePoint(f) === isWordCodePoint(cp) ? f : cp;
}

function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function isLow(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Is the code point starting at `at` a word character? Looks at the whole string. */
function wordAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const u = text.charCodeAt(at);
  if (isHigh(u) && at + 1 < text.length) {
    const v = text.charCodeAt(at + 1);
    if (isLow(v)) return isWordCodePoint(((u - 0xd800) << 10) + (v - 0xdc00) + 0x10000);
  }
  return WORD[u] === 1;
}

/** Is the code point ending just before `at` a word character? Looks at the whole string. */
function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const v = text.charCodeAt(at - 1);
  if (isLow(v) && at >= 2) {
    const u = text.charCodeAt(at - 2);
    if (isHigh(u)) return isWordCodePoint(((u - 0xd800) << 10) + (v - 0xdc00) + 0x10000);
  }
  return WORD[v] === 1;
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

// ---------------------------------------------------------------------------------------------

/** Symbols every matcher has. Pattern characters get 3, 4, 5… */
const BREAK_NON_WORD = 0;
const BREAK_WORD = 1;
const SEP = 2;
/** Values of the class table above the alphabet: handled outside the table. */
const SPECIAL_LINE = 0xfffe;
const SPECIAL_HIGH = 0xffff;
/** The alphabet must stay below the special class values. */
const MAX_ALPHABET = 0xfff0;

export interface TermMatcherOptions {
  /**
   * Memory for complete transition rows (the hottest states); the other states use a compact
   * double-array layout that stays in cache. Default 256 KiB.
   */
  denseBytes?: number;
}

const DEFAULT_DENSE_BYTES = 256 * 1024;

interface Tokenized {
  syms: number[];
  sensitive: boolean;
  /** For case-sensitive patterns: the pattern without separators, apostrophes as "'". */
  exact: string;
  /** Folded (or, when case-sensitive, original) form with one space per separator. */
  id: string;
}

export class TermMatcher {
  /** Number of distinct patterns kept. */
  readonly size: number;

  private readonly alphabet: number;
  /** Code unit -> symbol (or SPECIAL_LINE / SPECIAL_HIGH). */
  private readonly classes: Uint16Array;
  /** States below this have a complete row in `dense`; the others are sparse. */
  private readonly denseStates: number;
  /** Complete transition rows: dense[state * alphabet + symbol] = next state. */
  private readonly dense: Int32Array;
  /** Sparse states (double array): the edge on symbol c of state s is slot base[s - D] + c if check[slot] === s. */
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly next: Int32Array;
  /** Failure link of each sparse state (index s - D). */
  private readonly fail: Int32Array;
  /** 1 for states at which some pattern ends. */
  private readonly hasOutput: Uint8Array;
  private readonly caretRootState: number;
  /** Per state: the group of patterns ending exactly here (-1) and the next state on the suffix chain with one (-1). */
  private readonly stateGroup: Int32Array;
  private readonly stateDict: Int32Array;
  private readonly groupDepth: Int32Array;
  private readonly groupEndsWord: Uint8Array;
  private readonly groupFirst: Int32Array;
  private readonly groupCount: Int32Array;
  private readonly members: Int32Array;
  private readonly keys: string[] = [];
  private readonly texts: string[] = [];
  private readonly sensitive: boolean[] = [];
  private readonly exact: string[] = [];
  /** Astral code points and lone high surrogates that occur in patterns: folded value -> symbol. */
  private readonly extraSymbols = new Map<number, number>();
  private readonly astralCache = new Map<number, number>();
  private readonly maxPatternUnits: number;

  constructor(patterns: readonly MatcherPattern[], options: TermMatcherOptions = {}) {
    // 1. Tokenize every pattern; assign symbols to the characters that occur.
    const unitSymbol = new Int32Array(0x10000).fill(-1);
    const symWord: number[] = [0, 1, 0];
    const symbolFor = (folded: number, astral: boolean, word: boolean): number => {
      let s = astral ? this.extraSymbols.get(folded) : unitSymbol[folded];
      if (s === undefined || s < 0) {
        s = symWord.length;
        symWord.push(word ? 1 : 0);
        if (astral) this.extraSymbols.set(folded, s);
        else unitSymbol[folded] = s;
      }
      return s;
    };
    const tokenize = (text: string): Tokenized | undefined => {
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
          syms.push(symbolFor(f, true, isWordCodePoint(cp)));
          exact += text.slice(i, i + 2);
          cased += text.slice(i, i + 2);
          norm += String.fromCodePoint(f);
          i += 2;
        } else {
          const f = FOLD[u];
          // Lone high surrogates are looked up outside the class table, like astral characters.
          syms.push(symbolFor(f, isHigh(u), WORD[f] === 1));
          exact += APOSTROPHE[u] ? "'" : text[i];
          cased += APOSTROPHE[u] ? "'" : text[i];
          norm += String.fromCharCode(f);
          i++;
        }
      }
      if (syms.length === 0) return undefined;
      const sensitive = isCaseSensitivePattern(text);
      return { syms, sensitive, exact, id: sensitive ? 'S' + cased : 'I' + norm };
    };

    // 2. The trie, with CARET (the zero-width word-start marker) after every non-word symbol.
    const tokens: { tok: Tokenized; index: number }[] = [];
    const seen = new Set<string>();
    for (const p of patterns) {
      if (!p || typeof p.text !== 'string') continue;
      const tok = tokenize(p.text);
      if (!tok) continue;
      if (seen.has(tok.id)) continue;
      seen.add(tok.id);
      tokens.push({ tok, index: this.keys.length });
      this.keys.push(String(p.key));
      this.texts.push(p.text);
      this.sensitive.push(tok.sensitive);
      this.exact.push(tok.sensitive ? tok.exact : '');
    }
    this.size = this.keys.length;
    const A = symWord.length;
    if (A >= MAX_ALPHABET) throw new RangeError(`TermMatcher: too many distinct characters in patterns (${A})`);
    this.alphabet = A;
    const CARET = A;

    const children: Map<number, number>[] = [new Map()];
    const incoming: number[] = [-1];
    const parent: number[] = [-1];
    const nodeGroup: number[] = [-1];
    const groups: { depth: number; endsWord: boolean; members: number[] }[] = [];
    let maxUnits = 0;
    const step = (node: number, sym: number): number => {
      let next = children[node].get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        incoming.push(sym);
        parent.push(node);
        nodeGroup.push(-1);
        children[node].set(sym, next);
      }
      return next;
    };
    for (const { tok, index } of tokens) {
      let node = 0;
      if (symWord[tok.syms[0]] === 1) node = step(node, CARET);
      for (const sym of tok.syms) {
        node = step(node, sym);
        if (symWord[sym] === 0) node = step(node, CARET);
      }
      let g = nodeGroup[node];
      if (g < 0) {
        g = groups.length;
        nodeGroup[node] = g;
        groups.push({ depth: tok.syms.length, endsWord: symWord[tok.syms[tok.syms.length - 1]] === 1, members: [] });
      }
      // Case-sensitive variants are tried first, then the (single) case-insensitive one.
      const list = groups[g].members;
      if (tok.sensitive) {
        let at = list.length;
        while (at > 0 && !this.sensitive[list[at - 1]]) at--;
        list.splice(at, 0, index);
      } else {
        list.push(index);
      }
      maxUnits = Math.max(maxUnits, this.texts[index].length);
    }
    this.maxPatternUnits = maxUnits;

    // 3. Failure and dictionary links, breadth first.
    const n = children.length;
    const fail = new Int32Array(n);
    const dict = new Int32Array(n).fill(-1);
    const order = new Int32Array(n);
    let head = 0;
    let tail = 0;
    order[tail++] = 0;
    while (head < tail) {
      const u = order[head++];
      for (const [sym, v] of children[u]) {
        let f = 0;
        if (u !== 0) {
          let w = fail[u];
          for (;;) {
            const x = children[w].get(sym);
            if (x !== undefined) {
              f = x;
              break;
            }
            if (w === 0) break;
            w = fail[w];
          }
        }
        fail[v] = f;
        dict[v] = nodeGroup[f] >= 0 ? f : dict[f];
        order[tail++] = v;
      }
    }

    // 4. States: the nodes the scan can rest in (root, after a word symbol, after CARET), in
    //    breadth-first order. The first D get complete rows (the hot, shallow ones: a prefix of
    //    the BFS order is closed under failure links); the rest are stored sparsely.
    const resting = (v: number) => v === 0 || incoming[v] === CARET || symWord[incoming[v]] === 1;
    const stateOf = new Int32Array(n).fill(-1);
    let R = 0;
    for (let k = 0; k < n; k++) if (resting(order[k])) stateOf[order[k]] = R++;
    const nodeOf = new Int32Array(R);
    for (let v = 0; v < n; v++) if (stateOf[v] >= 0) nodeOf[stateOf[v]] = v;
    const denseBytes = options.denseBytes ?? DEFAULT_DENSE_BYTES;
    const D = Math.min(R, Math.max(2, Math.floor(denseBytes / (4 * A))));
    this.denseStates = D;

    // Edges of a state over the real alphabet: the CARET step folded into non-word symbols, and
    // SEP looping where it leads, so that a run of separators is one SEP.
    const edges = (v: number): [number, number][] => {
      const out: [number, number][] = [];
      for (const [sym, child] of children[v]) {
        if (sym === CARET) continue;
        out.push([sym, stateOf[symWord[sym] === 1 ? child : (children[child].get(CARET) as number)]]);
      }
      if (incoming[v] === CARET && parent[v] > 0 && incoming[parent[v]] === SEP) out.push([SEP, stateOf[v]]);
      return out.sort((a, b) => a[0] - b[0]);
    };
    const caretRoot = stateOf[children[0].get(CARET) ?? 0];
    this.caretRootState = caretRoot;

    const dense = new Int32Array(D * A);
    for (let st = 0; st < D; st++) {
      const v = nodeOf[st];
      const row = st * A;
      if (v === 0) {
        for (let c = 0; c < A; c++) dense[row + c] = symWord[c] === 1 ? 0 : caretRoot;
      } else {
        const f = stateOf[fail[v]] * A;
        dense.copyWithin(row, f, f + A);
      }
      for (const [sym, to] of edges(v)) dense[row + sym] = to;
    }
    this.dense = dense;

    const S = R - D;
    const base = new Int32Array(S);
    const sparseFail = new Int32Array(S);
    const check: number[] = [];
    const next: number[] = [];
    let firstFree = 0;
    let maxBase = 0;
    for (let st = D; st < R; st++) {
      const v = nodeOf[st];
      sparseFail[st - D] = stateOf[fail[v]];
      const e = edges(v);
      if (e.length === 0) continue; // base 0: no slot is owned by this state
      let p = firstFree;
      for (;;) {
        const b = p - e[0][0];
        if (b >= 0 && e.every(([sym]) => check[b + sym] === undefined || check[b + sym] < 0)) {
          for (const [sym, to] of e) {
            check[b + sym] = st;
            next[b + sym] = to;
          }
          base[st - D] = b;
          maxBase = Math.max(maxBase, b);
          break;
        }
        p++;
        while (check[p] !== undefined && check[p] >= 0) p++;
      }
      while (check[firstFree] !== undefined && check[firstFree] >= 0) firstFree++;
    }
    const slots = S > 0 ? maxBase + A : 0;
    this.base = base;
    this.fail = sparseFail;
    this.check = new Int32Array(slots).fill(-1);
    this.next = new Int32Array(slots);
    for (let t = 0; t < check.length; t++) {
      if (check[t] !== undefined && check[t] >= 0) {
        this.check[t] = check[t];
        this.next[t] = next[t];
      }
    }

    this.hasOutput = new Uint8Array(R);
    this.stateGroup = new Int32Array(R).fill(-1);
    this.stateDict = new Int32Array(R).fill(-1);
    for (let st = 0; st < R; st++) {
      const v = nodeOf[st];
      this.stateGroup[st] = nodeGroup[v];
      this.stateDict[st] = dict[v] >= 0 ? stateOf[dict[v]] : -1;
      this.hasOutput[st] = nodeGroup[v] >= 0 || dict[v] >= 0 ? 1 : 0;
    }
    const G = groups.length;
    this.groupDepth = new Int32Array(G);
    this.groupEndsWord = new Uint8Array(G);
    this.groupFirst = new Int32Array(G);
    this.groupCount = new Int32Array(G);
    const flat: number[] = [];
    groups.forEach((g, i) => {
      this.groupDepth[i] = g.depth;
      this.groupEndsWord[i] = g.endsWord ? 1 : 0;
      this.groupFirst[i] = flat.length;
      this.groupCount[i] = g.members.length;
      flat.push(...g.members);
    });
    this.members = Int32Array.from(flat);

    // 5. The class table: code unit -> symbol.
    const classes = new Uint16Array(0x10000);
    for (let u = 0; u < 0x10000; u++) {
      if (SEPARATOR[u] === 1) classes[u] = SEP;
      else if (SEPARATOR[u] === 2) classes[u] = SPECIAL_LINE;
      else if (isHigh(u)) classes[u] = SPECIAL_HIGH;
      else {
        const s = unitSymbol[FOLD[u]];
        classes[u] = s >= 0 ? s : WORD[u] === 1 ? BREAK_WORD : BREAK_NON_WORD;
      }
    }
    this.classes = classes;
  }

  /** Approximate memory of the automaton's typed arrays, in bytes. */
  get byteSize(): number {
    return [
      this.classes,
      this.dense,
      this.base,
      this.check,
      this.next,
      this.fail,
      this.hasOutput,
      this.stateGroup,
      this.stateDict,
      this.groupDepth,
      this.groupEndsWord,
      this.groupFirst,
      this.groupCount,
      this.members,
    ].reduce((sum, a) => sum + a.byteLength, 0);
  }

  /** Number of states (of which dense) and of symbols. */
  get stats(): { states: number; denseStates: number; alphabet: number } {
    return { states: this.hasOutput.length, denseStates: this.denseStates, alphabet: this.alphabet };
  }

  /**
   * All matches in text[from, to), leftmost-longest, non-overlapping, in order. Boundary checks
   * may look at text just outside the range.
   */
  scan(text: string, from = 0, to: number = text.length): TermMatch[] {
    if (typeof text !== 'string') return [];
    const len = text.length;
    from = clampIndex(from, 0, len);
    to = clampIndex(to, len, len);
    if (to <= from || this.size === 0) return [];

    const classes = this.classes;
    const dense = this.dense;
    const D = this.denseStates;
    const base = this.base;
    const check = this.check;
    const next = this.next;
    const fail = this.fail;
    const hasOutput = this.hasOutput;
    const A = this.alphabet;
    const found: number[] = [];
    let s = wordBefore(text, from) ? 0 : this.caretRootState;
    let i = from;
    while (i < to) {
      let c = classes[text.charCodeAt(i)];
      i++;
      if (c >= A) {
        if (c === SPECIAL_LINE) {
          // A separator run from here on: one SEP, or a break if it holds two line breaks.
          let breaks = 0;
          let j = i - 1;
          while (j < to) {
            const u = text.charCodeAt(j);
            const k = SEPARATOR[u];
            if (k === 0) break;
            if (k === 2 && !(u === CR && j + 1 < to && text.charCodeAt(j + 1) === LF)) breaks++;
            j++;
          }
          i = j;
          c = breaks >= 2 ? BREAK_NON_WORD : SEP;
        } else {
          const u = text.charCodeAt(i - 1);
          const v = i < to ? text.charCodeAt(i) : 0;
          if (isLow(v)) {
            c = this.astralSymbol(((u - 0xd800) << 10) + (v - 0xdc00) + 0x10000);
            i++;
          } else {
            c = this.extraSymbols.get(u) ?? BREAK_NON_WORD;
          }
        }
      }
      if (s < D) {
        s = dense[s * A + c];
      } else {
        for (;;) {
          const t = base[s - D] + c;
          if (check[t] === s) {
            s = next[t];
            break;
          }
          s = fail[s - D];
          if (s < D) {
            s = dense[s * A + c];
            break;
          }
        }
      }
      if (hasOutput[s] !== 0) this.collect(text, s, i, from, found);
    }
    return this.select(found);
  }

  /**
   * The match covering `offset` (start <= offset < end), scanning only the line around offset
   * plus the previous and next line, so that a term broken across a single line break matches.
   */
  matchAt(text: string, offset: number): TermMatch | undefined {
    if (typeof text !== 'string' || typeof offset !== 'number' || !(offset >= 0 && offset < text.length)) {
      return undefined;
    }
    offset = Math.floor(offset);
    let from = lineStart(text, offset);
    if (from > 0) {
      let p = from - 1;
      if (text.charCodeAt(p) === LF && p > 0 && text.charCodeAt(p - 1) === CR) p--;
      from = lineStart(text, p);
    }
    let to = lineEnd(text, offset);
    if (to < text.length) {
      let p = to + (text.charCodeAt(to) === CR && text.charCodeAt(to + 1) === LF ? 2 : 1);
      p = Math.min(p, text.length);
      to = lineEnd(text, p);
    }
    // Very long lines: a window far wider than any term is enough.
    const window = 4096 + 8 * this.maxPatternUnits;
    from = Math.max(from, offset - window);
    to = Math.min(to, offset + window);
    const matches = this.scan(text, from, to);
    let lo = 0;
    let hi = matches.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = matches[mid];
      if (m.end <= offset) lo = mid + 1;
      else if (m.start > offset) hi = mid - 1;
      else return m;
    }
    return undefined;
  }

  private astralSymbol(cp: number): number {
    let s = this.astralCache.get(cp);
    if (s === undefined) {
      s = this.extraSymbols.size > 0 ? this.extraSymbols.get(foldCodePoint(cp)) : undefined;
      if (s === undefined) s = isWordCodePoint(cp) ? BREAK_WORD : BREAK_NON_WORD;
      if (this.astralCache.size < 4096) this.astralCache.set(cp, s);
    }
    return s;
  }

  /** Record the patterns that end at `end` (state `s`) and pass the boundary and case checks. */
  private collect(text: string, s: number, end: number, from: number, found: number[]): void {
    let r = s;
    let first = true;
    while (r >= 0) {
      const g = this.stateGroup[r];
      if (g >= 0) {
        // Every pattern ending here ends with the same symbol, so one right-boundary check.
        if (first && this.groupEndsWord[g] === 1 && wordAt(text, end)) return;
        first = false;
        const start = walkBack(text, end, this.groupDepth[g], from);
        const p = this.pick(g, text, start, end);
        if (p >= 0) found.push(start, end, p);
      }
      r = this.stateDict[r];
    }
  }

  /** The first member of group `g` whose case rule accepts text[start, end), or -1. */
  private pick(g: number, text: string, start: number, end: number): number {
    const first = this.groupFirst[g];
    const last = first + this.groupCount[g];
    for (let k = first; k < last; k++) {
      const p = this.members[k];
      if (!this.sensitive[p] || sameCase(text, start, end, this.exact[p])) return p;
    }
    return -1;
  }

  /** Leftmost-longest, non-overlapping selection from candidates (start, end, pattern) triples. */
  private select(found: number[]): TermMatch[] {
    const n = found.length / 3;
    if (n === 0) return [];
    // Candidates arrive in order of end, so for one start a later candidate is longer. Order them
    // by start, keeping arrival order within a start (usually they already are).
    let order: Int32Array | undefined;
    for (let k = 1; k < n; k++) {
      if (found[3 * k] < found[3 * k - 3]) {
        order = sortByStart(found, n);
        break;
      }
    }
    const out: TermMatch[] = [];
    let lastEnd = -1;
    for (let k = 0; k < n; k++) {
      let a = order ? order[k] : k;
      const start = found[3 * a];
      // Move on to the longest candidate with this start.
      while (k + 1 < n) {
        const b = order ? order[k + 1] : k + 1;
        if (found[3 * b] !== start) break;
        a = b;
        k++;
      }
      if (start < lastEnd) continue;
      const p = found[3 * a + 2];
      lastEnd = found[3 * a + 1];
      out.push({ start, end: lastEnd, key: this.keys[p], pattern: this.texts[p] });
    }
    return out;
  }
}

/** Candidate indices ordered by start, stable. */
function sortByStart(found: number[], n: number): Int32Array {
  const order = new Int32Array(n);
  if (n < 0x1000000) {
    // start < 2^29 (the longest string V8 allows) and k < 2^24: exact in a double.
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = found[3 * k] * 0x1000000 + k;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = keys[k] % 0x1000000;
  } else {
    const idx = Array.from({ length: n }, (_, k) => k);
    idx.sort((a, b) => found[3 * a] - found[3 * b] || a - b);
    order.set(idx);
  }
  return order;
}

function clampIndex(value: number, fallback: number, len: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.max(0, Math.min(len, Math.floor(value)));
}

/** Start of the match that ends at `end` and has `depth` symbols (a separator run is one). */
function walkBack(text: string, end: number, depth: number, from: number): number {
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
function sameCase(text: string, start: number, end: number, exact: string): boolean {
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

function lineStart(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && !isLineBreak(text.charCodeAt(p - 1))) p--;
  return p;
}

function lineEnd(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && !isLineBreak(text.charCodeAt(p))) p++;
  return p;
}
