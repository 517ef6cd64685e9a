// Workspace-relative paths ("notes/editorials/a.md") tested against the student's glob settings
// ("**/editorials/**/*.md"), so a watcher event or a created folder's files can be checked
// without another workspace search.
//
// A glob setting comes from the workspace's own .vscode/settings.json, so it is untrusted input:
// it is capped at MAX_GLOB_LENGTH characters and matched by an automaton simulated over the
// path (all states at once), in time proportional to the glob's length times the path's, with a
// budget of MAX_STEPS on top. (A regular expression made from "**/*a*a*a*a*a*a*a*a*a*a*a*a*a*.md"
// backtracks exponentially: 0.7 s on a 30-character path, and minutes on a longer one.) Runs in
// the web extension too: no Node built-ins, no library.
//
// The syntax is VS Code's: `*` (any characters but "/"), `?` (one, not "/"), `**` as a whole
// path segment (any number of segments, none included), `{a,b}` (nested too), `[abc]`, `[a-z]`,
// `[!abc]` and `[^abc]` (never "/"), `\` escaping the next character; every other character is
// itself. Dotfiles match `*` as in VS Code.

/** Longer patterns are refused: a setting is a short glob, and a huge one is a mistake or an attack. */
export const MAX_GLOB_LENGTH = 512;
/** State visits allowed for one path: a refused match (false) past it. */
export const MAX_STEPS = 1_000_000;

type Test = (c: string) => boolean;

const SPLIT = -1;
const MATCH = -2;

/** A Thompson automaton: state k tests tests[k] (or is a SPLIT / the MATCH) and goes to out1[k] (and out2[k]). */
class Automaton {
  readonly tests: (Test | typeof SPLIT | typeof MATCH)[] = [];
  readonly out1: number[] = [];
  readonly out2: number[] = [];
  add(test: Test | typeof SPLIT | typeof MATCH): number {
    this.tests.push(test);
    this.out1.push(-1);
    this.out2.push(-1);
    return this.tests.length - 1;
  }
}

/** A piece of automaton: where it starts, and the dangling exits to connect to what follows. */
interface Fragment { start: number; exits: [number, 1 | 2][] }

const notSlash: Test = c => c !== '/';
const anything: Test = () => true;

class GlobCompiler {
  readonly nfa = new Automaton();
  private i = 0;

  constructor(private readonly glob: string) {}

  compile(): number {
    const body = this.sequence(false);
    const match = this.nfa.add(MATCH);
    this.patch(body, match);
    return body.start;
  }

  private patch(f: Fragment, to: number): void {
    for (const [state, which] of f.exits) (which === 1 ? this.nfa.out1 : this.nfa.out2)[state] = to;
  }

  /** An empty fragment: a SPLIT whose both exits go on. */
  private empty(): Fragment {
    const s = this.nfa.add(SPLIT);
    return { start: s, exits: [[s, 1], [s, 2]] };
  }

  private char(test: Test): Fragment {
    const s = this.nfa.add(test);
    return { start: s, exits: [[s, 1]] };
  }

  /** `test` repeated, none included. */
  private star(test: Test): Fragment {
    const s = this.nfa.add(SPLIT);
    const c = this.nfa.add(test);
    this.nfa.out1[s] = c;
    this.nfa.out1[c] = s;
    return { start: s, exits: [[s, 2]] };
  }

  private optional(f: Fragment): Fragment {
    const s = this.nfa.add(SPLIT);
    this.nfa.out1[s] = f.start;
    return { start: s, exits: [[s, 2], ...f.exits] };
  }

  private concat(parts: Fragment[]): Fragment {
    if (!parts.length) return this.empty();
    for (let k = 0; k + 1 < parts.length; k++) this.patch(parts[k], parts[k + 1].start);
    return { start: parts[0].start, exits: parts[parts.length - 1].exits };
  }

  private atSegmentStart(at: number): boolean {
    const before = this.glob[at - 1];
    return before === undefined || before === '/' || before === '{' || before === ',';
  }

  private atSegmentEnd(at: number, inBraces: boolean): boolean {
    const after = this.glob[at];
    return after === undefined || after === '/' || (inBraces && (after === ',' || after === '}'));
  }

  /** A sequence up to the end, or (in braces) up to the "," or "}" that ends an alternative. */
  private sequence(inBraces: boolean): Fragment {
    const parts: Fragment[] = [];
    const g = this.glob;
    while (this.i < g.length) {
      const c = g[this.i];
      if (inBraces && (c === ',' || c === '}')) break;
      if (c === '*' && g[this.i + 1] === '*' && this.atSegmentStart(this.i) && this.atSegmentEnd(this.i + 2, inBraces)) {
        const slashAfter = g[this.i + 2] === '/';
        this.i += slashAfter ? 3 : 2;
        // "**/": any segments, each with its "/", or none; "**" at the end: anything.
        parts.push(slashAfter ? this.optional(this.concat([this.star(anything), this.char(x => x === '/')])) : this.star(anything));
      } else if (c === '/' && g[this.i + 1] === '*' && g[this.i + 2] === '*' && this.atSegmentEnd(this.i + 3, inBraces) && g[this.i + 3] !== '/') {
        // "a/**" also matches "a" itself.
        this.i += 3;
        parts.push(this.optional(this.concat([this.char(x => x === '/'), this.star(anything)])));
      } else if (c === '*') {
        while (g[this.i] === '*') this.i++;
        parts.push(this.star(notSlash));
      } else if (c === '?') {
        this.i++;
        parts.push(this.char(notSlash));
      } else if (c === '[' && this.classEnd(this.i) > 0) {
        parts.push(this.char(this.charClass()));
      } else if (c === '{' && this.braceEnd(this.i) > 0) {
        parts.push(this.braces());
      } else {
        if (c === '\\' && this.i + 1 < g.length) this.i++;
        const ch = String.fromCodePoint(g.codePointAt(this.i)!);
        this.i += ch.length;
        parts.push(this.char(x => x === ch));
      }
    }
    return this.concat(parts);
  }

  /** Where the "]" of the class opening at `at` is, or -1 ("[" alone is itself). */
  private classEnd(at: number): number {
    let k = at + 1;
    if (this.glob[k] === '!' || this.glob[k] === '^') k++;
    if (this.glob[k] === ']') k++;
    const end = this.glob.indexOf(']', k);
    return end;
  }

  private charClass(): Test {
    const g = this.glob;
    const end = this.classEnd(this.i);
    let k = this.i + 1;
    const negated = g[k] === '!' || g[k] === '^';
    if (negated) k++;
    const ranges: [number, number][] = [];
    while (k < end) {
      const from = g.codePointAt(k)!;
      k += from > 0xffff ? 2 : 1;
      if (g[k] === '-' && k + 1 < end) {
        const to = g.codePointAt(k + 1)!;
        k += to > 0xffff ? 3 : 2;
        ranges.push([from, to]);
      } else ranges.push([from, from]);
    }
    this.i = end + 1;
    return c => {
      if (c === '/') return false;
      const p = c.codePointAt(0)!;
      return ranges.some(([a, b]) => p >= a && p <= b) !== negated;
    };
  }

  /** Where the "}" closing the brace at `at` is, or -1 (then "{" is itself, and so is "{a}": one alternative). */
  private braceEnd(at: number): number {
    let depth = 0;
    let commas = 0;
    for (let k = at; k < this.glob.length; k++) {
      const c = this.glob[k];
      if (c === '\\') { k++; continue; }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return commas ? k : -1;
      else if (c === ',' && depth === 1) commas++;
    }
    return -1;
  }

  private braces(): Fragment {
    this.i++; // {
    const alternatives: Fragment[] = [];
    for (;;) {
      alternatives.push(this.sequence(true));
      const c = this.glob[this.i++];
      if (c !== ',') break; // "}"
    }
    // A chain of SPLITs, one per alternative.
    let fragment = alternatives[alternatives.length - 1];
    for (let k = alternatives.length - 2; k >= 0; k--) {
      const s = this.nfa.add(SPLIT);
      this.nfa.out1[s] = alternatives[k].start;
      this.nfa.out2[s] = fragment.start;
      fragment = { start: s, exits: [...alternatives[k].exits, ...fragment.exits] };
    }
    return fragment;
  }
}

/** A compiled glob: `matches(path)` in time linear in the path (see above). */
export class Glob {
  private readonly nfa: Automaton;
  private readonly start: number;
  private readonly seen: Int32Array;
  private generation = 0;

  /** Throws on a pattern longer than MAX_GLOB_LENGTH. */
  constructor(readonly glob: string) {
    if (glob.length > MAX_GLOB_LENGTH) throw new Error(`glob pattern is longer than ${MAX_GLOB_LENGTH} characters`);
    const compiler = new GlobCompiler(glob);
    this.start = compiler.compile();
    this.nfa = compiler.nfa;
    this.seen = new Int32Array(this.nfa.tests.length);
  }

  /** The states reachable from `states` without reading a character (SPLITs followed). */
  private closure(states: readonly number[], budget: { steps: number }): number[] {
    const gen = ++this.generation;
    const out: number[] = [];
    const stack = [...states];
    while (stack.length) {
      const s = stack.pop()!;
      if (s < 0 || this.seen[s] === gen) continue;
      this.seen[s] = gen;
      budget.steps++;
      if (this.nfa.tests[s] === SPLIT) stack.push(this.nfa.out2[s], this.nfa.out1[s]);
      else out.push(s);
    }
    return out;
  }

  matches(path: string): boolean {
    const budget = { steps: 0 };
    let current = this.closure([this.start], budget);
    for (const c of path) {
      const next: number[] = [];
      for (const s of current) {
        const test = this.nfa.tests[s];
        if (typeof test === 'function' && test(c)) next.push(this.nfa.out1[s]);
      }
      if (!next.length) return false;
      current = this.closure(next, budget);
      if (budget.steps > MAX_STEPS) return false;
    }
    return current.some(s => this.nfa.tests[s] === MATCH);
  }
}

/** A matcher for a glob; one that never matches when the glob is refused (too long). */
export function globMatcher(glob: string): (path: string) => boolean {
  let compiled: Glob;
  try {
    compiled = new Glob(glob);
  } catch {
    return () => false;
  }
  return path => compiled.matches(path);
}

/** Wildcards (and alternatives) a glob may hold and still be handed to the platform's file search as it is. */
const MAX_SEARCH_WILDCARDS = 8;

/**
 * What to ask the platform's file search for (workspace.findFiles), whose results are then tested
 * with globMatcher: the glob itself when it is short and simple, else every file with its
 * extension ("**\/*.md"), else every file. A pathological pattern from a workspace's settings
 * never reaches another glob engine.
 */
export function searchGlob(glob: string): string {
  if (glob.length <= MAX_GLOB_LENGTH && (glob.match(/[*?[{,]/g)?.length ?? 0) <= MAX_SEARCH_WILDCARDS) return glob;
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(glob)?.[1];
  return extension ? `**/*.${extension}` : '**/*';
}
