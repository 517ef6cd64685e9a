// The automaton's states and what ends in them (step 4 of a build, first half). States are the
// trie nodes the scan can rest in (root, after a word symbol, after CARET); their edges over the
// real alphabet fold the CARET step into non-word symbols.
//
// Plain TypeScript without imports from outside this folder: runs in Node, the extension host and
// a web worker.
import type { FailureLinks, Trie } from './trie';
import type { KeptPatterns } from './patterns';

export interface StateNumbering {
  /** Number of states. */
  R: number;
  /** Number of states with a dense row: states 0 .. D - 1. */
  D: number;
  /** Width of a dense row. */
  width: number;
  /** Trie node -> state, or -1 for nodes the scan never rests in. */
  stateOf: Int32Array;
  /** State -> trie node. */
  nodeOf: Int32Array;
  /** The state after CARET at the root: where a scan starts at a word start. */
  caretRoot: number;
}

/**
 * The first D states in breadth-first order (the shallow, hot ones; a BFS prefix is closed under
 * failure links) get complete rows, as many as fit in `denseBytes`. The others are numbered
 * depth-first, so that a state's first edge leads to the next number: walking down a chain of
 * single-edge states reads consecutive memory.
 */
export function numberStates(trie: Trie, order: Int32Array, denseBytes: number): StateNumbering {
  const { firstChild, nextSibling, incoming } = trie;
  const CARET = trie.caret;
  const n = trie.size;
  const bfs: number[] = [];
  for (let k = 0; k < n; k++) if (trie.resting(order[k])) bfs.push(order[k]);
  const R = bfs.length;
  // Dense rows have three more columns than the alphabet: line breaks and high surrogates, which
  // lead to TRAP so that the scan loop needs no test for them on its fast path, and the row's
  // output info (read only when a pattern ends there).
  const A = CARET; // CARET's symbol is the size of the real alphabet
  const width = A + 3;
  const D = Math.min(R, Math.max(2, Math.floor(denseBytes / (4 * width))));
  const stateOf = new Int32Array(n).fill(-1);
  const nodeOf = new Int32Array(R);
  for (let st = 0; st < D; st++) {
    stateOf[bfs[st]] = st;
    nodeOf[st] = bfs[st];
  }
  let nextId = D;
  const stack: number[] = [];
  const pushChildren = (v: number) => {
    const mark = stack.length;
    for (let c = firstChild[v]; c >= 0 && incoming[c] !== CARET; c = nextSibling[c]) stack.push(trie.target(c));
    // The first child must be popped first.
    for (let x = mark, y = stack.length - 1; x < y; x++, y--) [stack[x], stack[y]] = [stack[y], stack[x]];
  };
  for (let st = 0; st < D; st++) {
    for (let c = firstChild[bfs[st]]; c >= 0 && incoming[c] !== CARET; c = nextSibling[c]) {
      if (stateOf[trie.target(c)] >= 0) continue;
      stack.push(trie.target(c));
      while (stack.length > 0) {
        const v = stack.pop() as number;
        stateOf[v] = nextId;
        nodeOf[nextId++] = v;
        pushChildren(v);
      }
    }
  }
  const caretRoot = stateOf[Math.max(0, trie.childOf(0, CARET))];
  return { R, D, width, stateOf, nodeOf, caretRoot };
}

export interface OutputTables {
  /** Per state, at 2s: its own group (or -1) and the next state on the suffix chain with one (or -1). */
  outputs: Int32Array;
  /** Per group, at 4g: length in symbols, members start, member count, last exact-case unit (or -1). */
  groups: Int32Array;
  /** Pattern indices times 2, plus 1 for case-sensitive ones. */
  members: Int32Array;
  /** Per state: its output info (see automaton.ts), 0 where nothing ends. */
  info: Int32Array;
}

/**
 * What ends where: per state its own group and the next state on the suffix chain with one; per
 * group its length, members and the last unit its abbreviations need; per state the output info
 * the scan tests before it looks at any group.
 */
export function outputTables(trie: Trie, links: FailureLinks, states: StateNumbering, kept: KeptPatterns): OutputTables {
  const { nodeGroup, incoming, symWord } = trie;
  const CARET = trie.caret;
  const { dict } = links;
  const { R, stateOf, nodeOf } = states;
  const { sensitive, exact } = kept;

  const outputs = new Int32Array(2 * R).fill(-1);
  for (let st = 0; st < R; st++) {
    const v = nodeOf[st];
    outputs[2 * st] = nodeGroup[v];
    outputs[2 * st + 1] = dict[v] >= 0 ? stateOf[dict[v]] : -1;
  }
  const groupInfo = new Int32Array(4 * trie.groups.length);
  const flat: number[] = [];
  trie.groups.forEach((g, i) => {
    groupInfo[4 * i] = g.depth;
    groupInfo[4 * i + 1] = flat.length;
    groupInfo[4 * i + 2] = g.members.length;
    for (const m of g.members) flat.push(2 * m + (sensitive[m] ? 1 : 0));
    // A cheap first test for groups of case-sensitive patterns that all end in the same unit.
    const lasts = new Set(g.members.map(m => (sensitive[m] ? exact[m].charCodeAt(exact[m].length - 1) : -1)));
    groupInfo[4 * i + 3] = lasts.size === 1 ? [...lasts][0] : -1;
  });
  // Output info per state: 0, or kind (1; 2 if the patterns end with a word character and so
  // need a non-word one next) + 4 * (1 + the last unit all of them need in exact case, or -1).
  const info = new Int32Array(R);
  for (let st = 0; st < R; st++) {
    const v = nodeOf[st];
    if (nodeGroup[v] < 0 && dict[v] < 0) continue;
    let unit = -2;
    for (let r = st; r >= 0 && unit !== -1; r = outputs[2 * r + 1]) {
      const g = outputs[2 * r];
      if (g < 0) continue;
      const u = groupInfo[4 * g + 3];
      unit = u < 0 || u === 0x27 || (unit >= 0 && unit !== u) ? -1 : u;
    }
    const kind = incoming[v] !== CARET && symWord[incoming[v]] === 1 ? 2 : 1;
    info[st] = kind + 4 * (1 + Math.max(unit, -1));
  }
  return { outputs, groups: groupInfo, members: Int32Array.from(flat), info };
}
