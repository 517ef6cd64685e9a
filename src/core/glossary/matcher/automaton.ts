// The automaton's data: what `buildAutomaton` (build.ts) produces and `TermMatcher.scan`
// (termMatcher.ts) reads. Only numbers in typed arrays, so that the scan allocates nothing.
//
// Positions. The scan works on positions, not state numbers: dense state d is d * width (its row),
// sparse state s is D * width + (s - D), where D is the number of dense states. No multiplication
// on the hot path, and a step down a chain of sparse states is +1. Transitions into states where a
// pattern ends are stored as ~position (negative), and TRAP marks the entries the scan must handle
// outside the table.
//
// Output info, per state: 0, or kind (1; 2 if the patterns end with a word character and so need
// a non-word one next) + 4 * (1 + the last unit all of them need in exact case, or -1).
//
// Plain TypeScript without imports: runs in Node, the extension host and a web worker.

/** Symbols every matcher has. Pattern characters get 3, 4, 5… */
export const BREAK_NON_WORD = 0;
export const BREAK_WORD = 1;
export const SEP = 2;
/** Dense-row entry for line breaks and high surrogates: handled outside the table. */
export const TRAP = -0x7fffffff;
/** The class table is a Uint16Array. */
export const MAX_ALPHABET = 0xfff0;

export interface Automaton {
  /** The `MatcherPattern.key` of each pattern kept (distinct patterns, in input order). */
  keys: string[];
  /** The `MatcherPattern.text` of each pattern kept. */
  texts: string[];
  /** For case-sensitive patterns: the pattern without separators, apostrophes as "'"; else ''. */
  exact: string[];
  /**
   * UTF-16 length of the longest pattern text kept. A match holds at most this many units that
   * are not separators (a separator run in the text may be longer than the pattern's).
   */
  maxPatternUnits: number;

  alphabet: number;
  /** Code unit -> symbol; alphabet for line breaks, alphabet + 1 for high surrogates. */
  classes: Uint16Array;
  /** Astral code points and lone high surrogates that occur in patterns: folded value -> symbol. */
  extraSymbols: Map<number, number>;

  /** Width of a dense row: the alphabet, the two trap columns and the row's output info. */
  width: number;
  /** States below this have a complete row in `dense`; the others are sparse. */
  denseStates: number;
  /**
   * Complete rows: dense[row + symbol] = next position, ~next if a pattern ends there, or TRAP;
   * the last column holds the row's output info.
   */
  dense: Int32Array;
  /** Sparse state records, 4 per state: [symbol to state s + 1, output info, rest start, failure position]. */
  sparse: Int32Array;
  /** Other edges of sparse states: [count, symbol, target, …], targets encoded. */
  rest: Int32Array;
  /** Dense rows end here: positions below are row offsets, positions above are sparse. */
  denseEnd: number;
  caretRootPosition: number;

  /**
   * Per state s, at 2s: the group of patterns ending exactly here (or -1), and the next state on
   * the suffix chain that has one (or -1).
   */
  outputs: Int32Array;
  /**
   * Per group g (patterns with the same folded symbols), at 4g: its length in symbols, where its
   * members start in `members`, how many there are, and the last code unit every member needs in
   * exact case (or -1).
   */
  groups: Int32Array;
  /** Pattern indices times 2, plus 1 for case-sensitive ones; case-sensitive first in a group. */
  members: Int32Array;
}
