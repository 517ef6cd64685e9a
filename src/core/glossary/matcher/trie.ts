// The pattern trie and its Aho–Corasick links (steps 2 and 3 of a build). CARET, the zero-width
// word-start marker, is a symbol of its own here, one larger than every real symbol: it follows
// every non-word symbol, and begins every pattern that begins with a word character, so that "sco"
// can never even start inside "disco". The states of the automaton are the trie nodes the scan can
// rest in; their edges fold the CARET step into the non-word symbols (see `target`).
//
// Plain TypeScript without imports from outside this folder: runs in Node, the extension host and
// a web worker.
import { SEP } from './automaton';
import type { KeptPatterns } from './patterns';

/** Patterns with the same folded symbols, which end at the same node. */
export interface PatternGroup {
  /** Length in symbols (without CARETs). */
  depth: number;
  /** Pattern indices; case-sensitive ones first. */
  members: number[];
}

/**
 * Trie nodes in flat arrays: children as sibling lists sorted by symbol (CARET, the largest,
 * last), plus one map (node, symbol) -> child for lookups. Node 0 is the root.
 */
export class Trie {
  readonly firstChild: number[] = [-1];
  readonly nextSibling: number[] = [-1];
  /** The symbol on the edge into each node. */
  readonly incoming: number[] = [-1];
  readonly parent: number[] = [-1];
  /** The group of patterns ending at each node, or -1. */
  readonly nodeGroup: number[] = [-1];
  readonly groups: PatternGroup[] = [];
  private readonly edge = new Map<number, number>();
  /** Symbols per node in `edge` keys: the alphabet and CARET. */
  private readonly W: number;

  /** `caret` is CARET's symbol (the alphabet size), `symWord` says which symbols are word characters. */
  constructor(readonly caret: number, readonly symWord: readonly number[]) {
    this.W = caret + 1;
  }

  /** Number of nodes. */
  get size(): number {
    return this.incoming.length;
  }

  childOf(node: number, sym: number): number {
    return this.edge.get(node * this.W + sym) ?? -1;
  }

  /** The child of `node` on `sym`, added (in sorted position) if missing. */
  step(node: number, sym: number): number {
    const { firstChild, nextSibling, incoming } = this;
    let child = this.childOf(node, sym);
    if (child < 0) {
      child = incoming.length;
      incoming.push(sym);
      this.parent.push(node);
      this.nodeGroup.push(-1);
      firstChild.push(-1);
      let prev = -1;
      let cur = firstChild[node];
      while (cur >= 0 && incoming[cur] < sym) {
        prev = cur;
        cur = nextSibling[cur];
      }
      nextSibling.push(cur);
      if (prev < 0) firstChild[node] = child;
      else nextSibling[prev] = child;
      this.edge.set(node * this.W + sym, child);
    }
    return child;
  }

  /** Nodes the scan can rest in: the root, after a word symbol, after CARET. */
  resting(v: number): boolean {
    return v === 0 || this.incoming[v] === this.caret || this.symWord[this.incoming[v]] === 1;
  }

  /** The target node of the edge into trie child `v`: v itself, or its CARET child. */
  target(v: number): number {
    return this.symWord[this.incoming[v]] === 1 ? v : this.childOf(v, this.caret);
  }

  /** After SEP (+ CARET) further separators change nothing: a run of separators is one SEP. */
  loopsOnSep(v: number): boolean {
    const parent = this.parent[v];
    return this.incoming[v] === this.caret && parent > 0 && this.incoming[parent] === SEP;
  }
}

/** Patterns per step of `buildTrieInSteps`, trie nodes per step of `failureLinksInSteps` (about 10 ms each). */
const PATTERNS_PER_STEP = 1500;
const NODES_PER_STEP = 40_000;

/** The trie of the kept patterns, with CARET after every non-word symbol; pauses (a `yield`) every PATTERNS_PER_STEP patterns. */
export function* buildTrieInSteps(kept: KeptPatterns, symWord: readonly number[], caret: number): Generator<void, Trie> {
  const CARET = caret;
  const trie = new Trie(CARET, symWord);
  const { nodeGroup, groups } = trie;
  let n = 0;
  for (const { tok, index } of kept.tokens) {
    if (++n % PATTERNS_PER_STEP === 0) yield;
    let node = 0;
    if (symWord[tok.syms[0]] === 1) node = trie.step(node, CARET);
    for (const sym of tok.syms) {
      node = trie.step(node, sym);
      if (symWord[sym] === 0) node = trie.step(node, CARET);
    }
    let g = nodeGroup[node];
    if (g < 0) {
      g = groups.length;
      nodeGroup[node] = g;
      groups.push({ depth: tok.syms.length, members: [] });
    }
    // Case-sensitive variants are tried first, then the (single) case-insensitive one.
    const list = groups[g].members;
    if (tok.sensitive) {
      let at = list.length;
      while (at > 0 && !kept.sensitive[list[at - 1]]) at--;
      list.splice(at, 0, index);
    } else {
      list.push(index);
    }
  }
  return trie;
}

export interface FailureLinks {
  /** Per node: the node of its longest proper suffix in the trie. */
  fail: Int32Array;
  /** Per node: the nearest node on its failure chain where a group ends, or -1. */
  dict: Int32Array;
  /** The nodes in breadth-first order. */
  order: Int32Array;
}

/** Failure and dictionary links, breadth first; pauses (a `yield`) every NODES_PER_STEP nodes. */
export function* failureLinksInSteps(trie: Trie): Generator<void, FailureLinks> {
  const { firstChild, nextSibling, incoming, nodeGroup } = trie;
  const n = trie.size;
  const fail = new Int32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  order[tail++] = 0;
  while (head < tail) {
    if (head % NODES_PER_STEP === 0 && head > 0) yield;
    const u = order[head++];
    for (let v = firstChild[u]; v >= 0; v = nextSibling[v]) {
      let f = 0;
      if (u !== 0) {
        const sym = incoming[v];
        for (let w = fail[u]; ; w = fail[w]) {
          const x = trie.childOf(w, sym);
          if (x >= 0) {
            f = x;
            break;
          }
          if (w === 0) break;
        }
      }
      fail[v] = f;
      dict[v] = nodeGroup[f] >= 0 ? f : dict[f];
      order[tail++] = v;
    }
  }
  return { fail, dict, order };
}
