// The automaton's transitions (step 4 of a build, second half): complete rows for the dense
// states, compact records for the sparse ones, every target stored as a position (see
// automaton.ts), ~position where a pattern ends.
//
// Plain TypeScript without imports from outside this folder: runs in Node, the extension host and
// a web worker.
import { SEP, TRAP } from './automaton';
import type { StateNumbering } from './states';
import type { Trie } from './trie';

export interface TransitionTables {
  dense: Int32Array;
  sparse: Int32Array;
  rest: Int32Array;
  /** D * width: positions below are dense rows, positions above sparse records. */
  denseEnd: number;
  caretRootPosition: number;
}

/** State numbers to positions, and to encoded targets (~position where output info is not 0). */
interface Encoding {
  position(st: number): number;
  encode(st: number): number;
}

/**
 * The scan works on positions, not state numbers: dense state d is d * width (its row), sparse
 * state s is D * width + (s - D). No multiplication on the hot path, and a chain step is +1.
 * Transitions into states where a pattern ends are stored as ~position.
 */
export function transitionTables(trie: Trie, fail: Int32Array, states: StateNumbering, info: Int32Array): TransitionTables {
  const { D, width } = states;
  const DW = D * width;
  const position = (st: number) => (st < D ? st * width : DW + (st - D));
  const encode = (st: number) => (info[st] !== 0 ? ~position(st) : position(st));
  const at: Encoding = { position, encode };
  const dense = denseRows(trie, fail, states, info, at);
  const { sparse, rest } = sparseRecords(trie, fail, states, info, at);
  return {
    dense,
    sparse,
    rest,
    denseEnd: DW,
    caretRootPosition: position(states.caretRoot),
  };
}

/**
 * Complete rows for states 0 .. D - 1: the root's row sends every word symbol back to the root and
 * every non-word one to the CARET state; each other row starts as a copy of its failure state's
 * (an earlier row: a BFS prefix is closed under failure links) and overrides its own edges.
 */
function denseRows(trie: Trie, fail: Int32Array, states: StateNumbering, info: Int32Array, at: Encoding): Int32Array {
  const { firstChild, nextSibling, incoming, symWord } = trie;
  const CARET = trie.caret;
  const A = CARET; // CARET's symbol is the size of the real alphabet
  const { D, width, stateOf, nodeOf, caretRoot } = states;
  const { encode } = at;
  const dense = new Int32Array(D * width);
  for (let st = 0; st < D; st++) {
    const v = nodeOf[st];
    const row = st * width;
    if (v === 0) {
      for (let c = 0; c < A; c++) dense[row + c] = encode(symWord[c] === 1 ? 0 : caretRoot);
      dense[row + A] = TRAP;
      dense[row + A + 1] = TRAP;
    } else {
      const f = stateOf[fail[v]] * width;
      dense.copyWithin(row, f, f + width);
    }
    for (let c = firstChild[v]; c >= 0 && incoming[c] !== CARET; c = nextSibling[c]) {
      dense[row + incoming[c]] = encode(stateOf[trie.target(c)]);
    }
    if (trie.loopsOnSep(v)) dense[row + SEP] = encode(st);
    dense[row + A + 2] = info[st];
  }
  return dense;
}

/**
 * Sparse state s has the record at 4 * (s - D): [the symbol that leads to state s + 1 (or -1), its
 * output info, where its other edges start in `rest` (or -1), its failure link]. Walking down a
 * chain reads consecutive records; `rest` holds [count, symbol, target, symbol, target…], sorted
 * by symbol, targets encoded.
 */
function sparseRecords(
  trie: Trie,
  fail: Int32Array,
  states: StateNumbering,
  info: Int32Array,
  at: Encoding,
): { sparse: Int32Array; rest: Int32Array } {
  const { firstChild, nextSibling, incoming } = trie;
  const CARET = trie.caret;
  const { R, D, stateOf, nodeOf } = states;
  const { position, encode } = at;
  const S = R - D;
  const sparse = new Int32Array(4 * (S + 1));
  const rest: number[] = [];
  for (let st = D; st < R; st++) {
    const v = nodeOf[st];
    const rec = 4 * (st - D);
    sparse[rec] = -1;
    sparse[rec + 1] = info[st];
    sparse[rec + 2] = -1;
    sparse[rec + 3] = position(stateOf[fail[v]]);
    const others: number[] = [];
    for (let c = firstChild[v]; c >= 0 && incoming[c] !== CARET; c = nextSibling[c]) {
      const sym = incoming[c];
      const id = stateOf[trie.target(c)];
      if (id === st + 1 && sparse[rec] < 0) sparse[rec] = sym;
      else others.push(sym, encode(id));
    }
    // SEP (symbol 2) sorts before every pattern character, and never follows SEP in a pattern.
    if (trie.loopsOnSep(v)) others.unshift(SEP, encode(st));
    if (others.length === 0) continue;
    sparse[rec + 2] = rest.length;
    rest.push(others.length / 2, ...others);
  }
  sparse[4 * S] = -1; // a spare record: the output info of "state s + 1" is readable for any s
  return { sparse, rest: Int32Array.from(rest) };
}
