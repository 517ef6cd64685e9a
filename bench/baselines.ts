// The baselines TermMatcher is measured against, each giving the same answer by the same rules
// (whole words; short all-caps abbreviations in exact case, everything else case-insensitive;
// any run of spaces, hyphens and dashes with at most one line break between the words of a term;
// straight and curly apostrophes alike; leftmost-longest, non-overlapping):
//   - a naive loop of one RegExp per pattern;
//   - the npm Aho–Corasick libraries `modern-ahocorasick` and `ahocorasick`: they match exact
//     strings, so the text is first folded (one pass: lower case, each separator run to one space,
//     a run with two line breaks to a line break; offsets mapped back), the raw search runs on the
//     folded text, and word boundaries, exact case and the selection are applied afterwards.
import { isCaseSensitivePattern, MatcherPattern } from '../src/core/glossary/matcher/patterns';
import { TermMatch } from '../src/core/glossary/matcher/termMatcher';

interface ModernMatch {
  start: number;
  end: number;
  data: unknown;
}
type ModernAhoCorasick = new (patterns: { pattern: string; data: number }[]) => { search(text: string): ModernMatch[] };
/** BrunoRB/ahocorasick: search returns [index of the last character, keywords ending there]. */
type BrunoAhoCorasick = new (keywords: string[]) => { search(text: string): [number, string[]][] };

function loadModern(): ModernAhoCorasick {
  // The package's CommonJS build; its type declarations only resolve under node16 module resolution.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('modern-ahocorasick') as ModernAhoCorasick;
}

function loadBruno(): BrunoAhoCorasick {
  // No type declarations.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('ahocorasick') as BrunoAhoCorasick;
}

export interface Scanner {
  readonly name: string;
  scan(text: string): TermMatch[];
}

// ---------------------------------------------------------------------------------------------
// Character tables, the matcher's rules written independently.

const LF = 0x0a;
const CR = 0x0d;
const APOSTROPHES = [0x27, 0x2018, 0x2019, 0x02bc];
let tables: { sep: Uint8Array; word: Uint8Array; fold: Uint16Array } | undefined;

function charTables(): { sep: Uint8Array; word: Uint8Array; fold: Uint16Array } {
  if (tables) return tables;
  const sep = new Uint8Array(0x10000);
  const word = new Uint8Array(0x10000);
  const fold = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    fold[u] = u;
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const ch = String.fromCharCode(u);
    if (/\s/.test(ch)) sep[u] = 1;
    if (/[\p{L}\p{M}\p{N}]/u.test(ch)) word[u] = 1;
    const lower = ch.toLowerCase();
    if (lower.length === 1) fold[u] = lower.charCodeAt(0);
  }
  for (const u of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014]) sep[u] = 1;
  for (const u of [LF, CR, 0x2028, 0x2029]) sep[u] = 2;
  for (const u of APOSTROPHES) {
    fold[u] = 0x27;
    word[u] = 0;
  }
  tables = { sep, word, fold };
  return tables;
}

function fromCodes(codes: Uint16Array): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.subarray(i, i + 8192));
  return s;
}

/** Folded text and, for each folded unit, the offset of the original unit (or run) it stands for. */
export function foldText(text: string): { folded: string; map: Int32Array } {
  const { sep, fold } = charTables();
  const n = text.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; ) {
    const u = text.charCodeAt(i);
    if (sep[u] === 0) {
      out[k] = fold[u];
      map[k++] = i++;
      continue;
    }
    let breaks = 0;
    let j = i;
    while (j < n) {
      const v = text.charCodeAt(j);
      if (sep[v] === 0) break;
      if (sep[v] === 2 && !(v === CR && j + 1 < n && text.charCodeAt(j + 1) === LF)) breaks++;
      j++;
    }
    out[k] = breaks >= 2 ? LF : 0x20;
    map[k++] = i;
    i = j;
  }
  map[k] = n;
  return { folded: fromCodes(out.subarray(0, k)), map };
}

interface Group {
  /** Pattern indices: case-sensitive ones first, in pattern order. */
  members: number[];
  startsWord: boolean;
  endsWord: boolean;
}

/** Patterns grouped by folded form, with what the checks after a raw hit need. */
class FoldedPatterns {
  readonly folded: string[] = [];
  readonly groups: Group[] = [];
  readonly exact: string[] = [];
  readonly sensitive: boolean[] = [];

  constructor(readonly patterns: readonly MatcherPattern[]) {
    const { word, fold } = charTables();
    const index = new Map<string, number>();
    patterns.forEach((p, k) => {
      const f = foldText(p.text).folded.replace(/^[ \n]+|[ \n]+$/g, '');
      this.sensitive.push(isCaseSensitivePattern(p.text));
      this.exact.push([...p.text].filter(c => charTables().sep[c.charCodeAt(0)] === 0).map(c => (fold[c.charCodeAt(0)] === 0x27 ? "'" : c)).join(''));
      if (!f) return;
      let g = index.get(f);
      if (g === undefined) {
        g = this.groups.length;
        index.set(f, g);
        this.folded.push(f);
        this.groups.push({ members: [], startsWord: word[f.charCodeAt(0)] === 1, endsWord: word[f.charCodeAt(f.length - 1)] === 1 });
      }
      const members = this.groups[g].members;
      if (this.sensitive[k]) {
        let at = members.length;
        while (at > 0 && !this.sensitive[members[at - 1]]) at--;
        members.splice(at, 0, k);
      } else {
        members.push(k);
      }
    });
  }

  /** The pattern of group g that text[start, end) matches with its boundaries and case, or -1. */
  accept(text: string, g: number, start: number, end: number): number {
    const { word, sep } = charTables();
    const group = this.groups[g];
    if (group.startsWord && start > 0 && word[text.charCodeAt(start - 1)] === 1) return -1;
    if (group.endsWord && end < text.length && word[text.charCodeAt(end)] === 1) return -1;
    for (const p of group.members) {
      if (!this.sensitive[p]) return p;
      const exact = this.exact[p];
      let k = 0;
      let ok = true;
      for (let j = start; j < end && ok; j++) {
        const u = text.charCodeAt(j);
        if (sep[u] !== 0) continue;
        ok = k < exact.length && exact.charCodeAt(k++) === (APOSTROPHES.includes(u) ? 0x27 : u);
      }
      if (ok && k === exact.length) return p;
    }
    return -1;
  }
}

/** Leftmost-longest, non-overlapping selection of (start, end, pattern) candidates. */
export function selectLeftmostLongest(candidates: { start: number; end: number; p: number }[], patterns: readonly MatcherPattern[]): TermMatch[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.p - b.p);
  const out: TermMatch[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    out.push({ start: c.start, end: c.end, key: patterns[c.p].key, pattern: patterns[c.p].text });
    lastEnd = c.end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * One RegExp per pattern, run over the whole text, then the leftmost-longest selection. The
 * RegExp matches the term's words with any separator run between them, case-insensitively unless
 * the pattern is a short abbreviation; the word boundaries are checked on each hit. (Lookbehind
 * and the `u` flag in 13,000 RegExps cost V8 over a minute to compile, so they are left out.)
 */
export class NaiveRegexScanner implements Scanner {
  readonly name = 'naive RegExp loop';
  private readonly regexps: RegExp[];
  private readonly edges: { startsWord: boolean; endsWord: boolean }[];

  constructor(private readonly patterns: readonly MatcherPattern[]) {
    // A separator run: spaces/hyphens/dashes, with at most one line break.
    const h = '(?:[^\\S\\n\\r\\u2028\\u2029]|[\\-\\u2010-\\u2014])';
    const run = `(?:${h}+|${h}*(?:\\r\\n|[\\n\\r\\u2028\\u2029])${h}*)`;
    const { word } = charTables();
    this.edges = patterns.map(p => {
      const t = p.text.trim();
      return { startsWord: word[t.charCodeAt(0)] === 1, endsWord: word[t.charCodeAt(t.length - 1)] === 1 };
    });
    this.regexps = patterns.map(p => {
      const body = p.text
        .trim()
        .split(/[\s\-\u2010-\u2014]+/u)
        .filter(Boolean)
        .map(w => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['‘’ʼ]/g, "['‘’ʼ]"))
        .join(run);
      return new RegExp(body || '(?!)', isCaseSensitivePattern(p.text) ? 'g' : 'gi');
    });
  }

  scan(text: string): TermMatch[] {
    const { word } = charTables();
    const candidates: { start: number; end: number; p: number }[] = [];
    this.regexps.forEach((re, p) => {
      const { startsWord, endsWord } = this.edges[p];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        re.lastIndex = start + 1; // overlapping occurrences too
        if (startsWord && start > 0 && word[text.charCodeAt(start - 1)] === 1) continue;
        if (endsWord && end < text.length && word[text.charCodeAt(end)] === 1) continue;
        candidates.push({ start, end, p });
      }
    });
    return selectLeftmostLongest(candidates, this.patterns);
  }
}

export type NpmLibrary = 'modern-ahocorasick' | 'ahocorasick';

/** An npm Aho–Corasick library on folded text, with the checks applied after the raw search. */
export class NpmScanner implements Scanner {
  readonly name: string;
  private readonly folded: FoldedPatterns;
  private readonly groupOf = new Map<string, number>();
  private readonly search: (folded: string, hit: (start: number, end: number, group: number) => void) => void;

  constructor(readonly library: NpmLibrary, private readonly patterns: readonly MatcherPattern[]) {
    this.name = library;
    this.folded = new FoldedPatterns(patterns);
    this.folded.folded.forEach((f, g) => this.groupOf.set(f, g));
    if (library === 'modern-ahocorasick') {
      const Modern = loadModern();
      const ac = new Modern(this.folded.folded.map((pattern, g) => ({ pattern, data: g })));
      // One search per paragraph (no term spans a blank line, folded to "\n"): on long texts
      // without line breaks this library's time grows much faster than linearly.
      this.search = (text, hit) => {
        for (let from = 0; from < text.length; ) {
          let to = text.indexOf('\n', from);
          if (to < 0) to = text.length;
          if (to > from) for (const m of ac.search(text.slice(from, to))) hit(from + m.start, from + m.end, m.data as number);
          from = to + 1;
        }
      };
    } else {
      const Bruno = loadBruno();
      const ac = new Bruno(this.folded.folded);
      this.search = (text, hit) => {
        for (const [last, found] of ac.search(text)) {
          for (const f of found) hit(last + 1 - f.length, last + 1, this.groupOf.get(f) as number);
        }
      };
    }
  }

  /** The raw search alone, on already folded text: number of hits. */
  rawSearch(folded: string): number {
    let n = 0;
    this.search(folded, () => n++);
    return n;
  }

  scan(text: string): TermMatch[] {
    const { folded, map } = foldText(text);
    const candidates: { start: number; end: number; p: number }[] = [];
    this.search(folded, (fs, fe, g) => {
      const start = map[fs];
      const end = map[fe - 1] + 1;
      const p = this.folded.accept(text, g, start, end);
      if (p >= 0) candidates.push({ start, end, p });
    });
    return selectLeftmostLongest(candidates, this.patterns);
  }
}

/** How many matches differ between two scans (by offsets), for the agreement column. */
export function differences(a: readonly TermMatch[], b: readonly TermMatch[]): number {
  const key = (m: TermMatch) => `${m.start}:${m.end}`;
  const sa = new Set(a.map(key));
  const sb = new Set(b.map(key));
  let d = 0;
  for (const k of sa) if (!sb.has(k)) d++;
  for (const k of sb) if (!sa.has(k)) d++;
  return d;
}
