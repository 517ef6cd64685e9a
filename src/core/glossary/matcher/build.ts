// Patterns to automaton, in five steps (each in a file of its own):
//   1. patterns.ts    each pattern to symbols; the alphabet is the characters that occur.
//   2. trie.ts        the trie, with CARET (the zero-width word-start marker) after every
//                     non-word symbol, and patterns with the same symbols grouped at one node.
//   3. trie.ts        failure and dictionary links, breadth first (Aho–Corasick).
//   4. states.ts      which trie nodes are states, which of them get dense rows, what ends where;
//      transitions.ts their transitions as dense rows and sparse records.
//   5. tables.ts      the class table: code unit -> symbol.
//
// Plain TypeScript without imports from outside this folder: runs in Node, the extension host and
// a web worker.
import { Automaton, MAX_ALPHABET } from './automaton';
import { numberStates, outputTables } from './states';
import { classTable, prepareTermMatcherTables } from './tables';
import { Alphabet, drain, keepPatternsInSteps, MatcherPattern } from './patterns';
import { transitionTables } from './transitions';
import { buildTrieInSteps, failureLinksInSteps } from './trie';

/**
 * The automaton for `patterns`. `denseBytes` is the memory for complete transition rows of the
 * shallowest states (see `TermMatcherOptions`).
 */
export function buildAutomaton(patterns: readonly MatcherPattern[], denseBytes: number): Automaton {
  return drain(buildAutomatonInSteps(patterns, denseBytes));
}

/**
 * `buildAutomaton`, pausing (a `yield`) between steps and every few thousand patterns or trie
 * nodes inside the long ones, so a caller can spread a large glossary's build over background
 * jobs of about 10-20 ms each (10,000 terms take 250-350 ms in all).
 */
export function* buildAutomatonInSteps(patterns: readonly MatcherPattern[], denseBytes: number): Generator<void, Automaton> {
  prepareTermMatcherTables();
  yield;

  // 1. Tokenize every pattern; assign symbols to the characters that occur. The alphabet is fixed
  //    once all patterns are read: every later step sizes its tables by it.
  const alphabet = new Alphabet();
  const kept = yield* keepPatternsInSteps(patterns, alphabet);
  const A = alphabet.size;
  if (A >= MAX_ALPHABET) throw new RangeError(`TermMatcher: too many distinct characters in patterns (${A})`);
  let maxPatternUnits = 0;
  for (const text of kept.texts) maxPatternUnits = Math.max(maxPatternUnits, text.length);

  // 2. The trie, with CARET (the zero-width word-start marker, symbol A) after every non-word
  //    symbol: whole-word matching becomes plain trie walking.
  const trie = yield* buildTrieInSteps(kept, alphabet.symWord, A);
  yield;

  // 3. Failure and dictionary links: where to continue after a mismatch, and which shorter
  //    patterns end inside a longer one.
  const links = yield* failureLinksInSteps(trie);
  yield;

  // 4. States, their outputs and their transitions, laid out for the scan's hot loop.
  const states = numberStates(trie, links.order, denseBytes);
  yield;
  const out = outputTables(trie, links, states, kept);
  yield;
  const moves = transitionTables(trie, links.fail, states, out.info);

  // 5. The class table, from the few units that fold to pattern characters.
  const classes = classTable(alphabet.symbolUnits, alphabet.unitSymbol, A);

  return {
    keys: kept.keys,
    texts: kept.texts,
    exact: kept.exact,
    maxPatternUnits,
    alphabet: A,
    classes,
    extraSymbols: alphabet.extraSymbols,
    width: states.width,
    denseStates: states.D,
    dense: moves.dense,
    sparse: moves.sparse,
    rest: moves.rest,
    denseEnd: moves.denseEnd,
    caretRootPosition: moves.caretRootPosition,
    outputs: out.outputs,
    groups: out.groups,
    members: out.members,
  };
}
