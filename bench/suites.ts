// The benchmarks. Each one measures a figure and its baseline in the same process, on inputs from
// generate.ts, and returns plain data; report.ts turns that into the table and results.json.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import MarkdownIt from 'markdown-it';
import { loadMarkdownIt, markdownItSource } from './markdownItBuilds';
import { parseEditorial } from '../src/core/editorial/parse/parseEditorial';
import { DocumentMatches } from '../src/core/glossary/matcher/documentMatches';
import { MatcherPattern } from '../src/core/glossary/matcher/patterns';
import { TermMatcher } from '../src/core/glossary/matcher/termMatcher';
import { TextChange } from '../src/core/glossary/matcher/textChanges';
import { differences, foldText, NaiveRegexScanner, NpmLibrary, NpmScanner } from './baselines';
import { generateEditorials, generateGlossary, generateNote, GlossaryEntry, repoRoot, toPatterns } from './generate';
import { collectGarbage, mbPerSecond, now, Stats, summarize, time, timeInterleaved } from './measure';
import { Rng } from './prng';

export interface SuiteConfig {
  quick: boolean;
  seed: number;
  scan: { terms: number; noteChars: number; runs: number; libraryRuns: number; naiveChars: number; naiveRuns: number };
  scale: { noteSizes: number[]; termCounts: number[]; noteForTerms: number; terms: number };
  hover: { terms: number; lines: number; hovers: number; scanRuns: number };
  keystroke: { terms: number; noteChars: number; keystrokes: number; scanRuns: number };
  parse: { counts: number[]; runs: number };
  memory: { editorials: number; terms: number };
  /** Library sizes of the growth table (each loaded in a child process like the memory benchmark). */
  growth: { editorials: number[]; terms: number };
}

const KB = 1000;
const MB = 1000 * 1000;

export function suiteConfig(quick: boolean): SuiteConfig {
  return quick
    ? {
      quick,
      seed: 1,
      scan: { terms: 300, noteChars: 100 * KB, runs: 5, libraryRuns: 2, naiveChars: 5 * KB, naiveRuns: 1 },
      scale: { noteSizes: [10 * KB, 100 * KB], termCounts: [100, 300], noteForTerms: 100 * KB, terms: 300 },
      hover: { terms: 300, lines: 500, hovers: 300, scanRuns: 3 },
      keystroke: { terms: 300, noteChars: 100 * KB, keystrokes: 100, scanRuns: 3 },
      parse: { counts: [10, 30], runs: 2 },
      memory: { editorials: 20, terms: 300 },
      growth: { editorials: [20, 60], terms: 300 },
    }
    : {
      quick,
      seed: 1,
      scan: { terms: 10_000, noteChars: 1 * MB, runs: 20, libraryRuns: 3, naiveChars: 20 * KB, naiveRuns: 2 },
      scale: { noteSizes: [10 * KB, 1 * MB, 10 * MB], termCounts: [100, 1000, 10_000], noteForTerms: 1 * MB, terms: 10_000 },
      hover: { terms: 10_000, lines: 5000, hovers: 5000, scanRuns: 10 },
      keystroke: { terms: 10_000, noteChars: 1 * MB, keystrokes: 1000, scanRuns: 10 },
      parse: { counts: [10, 100, 1000], runs: 3 },
      memory: { editorials: 1000, terms: 10_000 },
      growth: { editorials: [300, 1000, 3000, 10_000], terms: 10_000 },
    };
}

/** Generated inputs and matchers, made once per process and shared by the suites. */
export class Inputs {
  private readonly glossaries = new Map<number, GlossaryEntry[]>();
  private readonly matchers = new Map<number, { matcher: TermMatcher; patterns: MatcherPattern[]; buildMs: number }>();
  private readonly notes = new Map<string, string>();

  constructor(readonly seed: number) {}

  glossary(terms: number): GlossaryEntry[] {
    let g = this.glossaries.get(terms);
    if (!g) this.glossaries.set(terms, (g = generateGlossary(terms, this.seed)));
    return g;
  }

  matcher(terms: number): { matcher: TermMatcher; patterns: MatcherPattern[]; buildMs: number } {
    let m = this.matchers.get(terms);
    if (!m) {
      const patterns = toPatterns(this.glossary(terms));
      const t0 = now();
      const matcher = new TermMatcher(patterns);
      m = { matcher, patterns, buildMs: now() - t0 };
      this.matchers.set(terms, m);
    }
    return m;
  }

  /** Lets the notes be garbage-collected (a 10 MB note is 20 MB of heap) before benchmarks that allocate a lot. */
  dropNotes(): void {
    this.notes.clear();
  }

  /** A note of `chars` characters (or `lines` lines) mentioning terms of the `terms` glossary. */
  note(terms: number, limit: { chars?: number; lines?: number }): string {
    const id = `${terms}:${limit.chars}:${limit.lines}`;
    let n = this.notes.get(id);
    if (n === undefined) this.notes.set(id, (n = generateNote(limit, this.glossary(terms), this.seed + 1)));
    return n;
  }
}

// ---------------------------------------------------------------------------------------------
// Term scan

export interface LibraryResult {
  name: NpmLibrary;
  buildMs: number;
  /** Fold + raw search + boundary/case checks + selection: the same work as TermMatcher.scan. */
  stats: Stats;
  mbps: number;
  /** The raw search alone on the folded text. */
  rawStats: Stats;
  rawMbps: number;
  /** Matches that differ from TermMatcher's (0 = same answer). */
  differences: number;
}

export interface ScanResult {
  terms: number;
  patterns: number;
  noteChars: number;
  matches: number;
  buildMs: number;
  stats: Stats;
  mbps: number;
  mbpsAtP99: number;
  /** The floor of any scan: a loop that reads each UTF-16 unit of the note once and sums them. */
  bare: { stats: Stats; mbps: number; share: number };
  /** buildMs: constructing the RegExps and their first use (compilation). */
  naive: { chars: number; buildMs: number; stats: Stats; mbps: number; termMatcherStats: Stats; termMatcherMbps: number; speedup: number; differences: number };
  libraries: LibraryResult[];
  best: { name: string; mbps: number; ratio: number };
}

export function benchScan(cfg: SuiteConfig, inputs: Inputs): ScanResult {
  const { terms, noteChars, runs, libraryRuns, naiveChars, naiveRuns } = cfg.scan;
  const { matcher, patterns, buildMs } = inputs.matcher(terms);
  const note = inputs.note(terms, { chars: noteChars });
  collectGarbage();
  // The scan and the bare loop interleaved, run by run, so that both see the same machine.
  const paired = timeInterleaved({ scan: () => matcher.scan(note), bare: () => bareLoop(note) }, { warmup: 3, runs });
  const stats = paired.scan;
  const result = matcher.scan(note);
  const reference = result;

  // The naive loop is far too slow for the whole note: it runs on a slice, and TermMatcher is
  // timed on the same slice for the ratio (both are linear in the text length).
  const slice = note.slice(0, naiveChars);
  let t0 = now();
  const naive = new NaiveRegexScanner(patterns);
  naive.scan(slice.slice(0, 1000)); // V8 compiles each RegExp on its first use
  const naiveWarmupMs = now() - t0;
  const naiveRun = time(() => naive.scan(slice), { warmup: 0, runs: naiveRuns });
  const sliceRun = time(() => matcher.scan(slice), { warmup: 3, runs: Math.max(runs, 10) });
  const naiveMbps = mbPerSecond(slice.length, naiveRun.stats.median);
  const sliceMbps = mbPerSecond(slice.length, sliceRun.stats.median);

  const libraries: LibraryResult[] = (['ahocorasick', 'modern-ahocorasick'] as const).map(name => {
    t0 = now();
    const lib = new NpmScanner(name, patterns);
    const build = now() - t0;
    const full = time(() => lib.scan(note), { warmup: 1, runs: libraryRuns });
    const { folded } = foldText(note);
    const raw = time(() => lib.rawSearch(folded), { warmup: 1, runs: libraryRuns });
    return {
      name, buildMs: build, stats: full.stats, mbps: mbPerSecond(note.length, full.stats.median),
      rawStats: raw.stats, rawMbps: mbPerSecond(note.length, raw.stats.median), differences: differences(full.result, reference),
    };
  });
  const mbps = mbPerSecond(note.length, stats.median);
  const bareMbps = mbPerSecond(note.length, paired.bare.median);
  const best = libraries.reduce((a, b) => (b.mbps > a.mbps ? b : a));
  return {
    terms: inputs.glossary(terms).length,
    patterns: matcher.size,
    noteChars: note.length,
    matches: reference.length,
    buildMs,
    stats,
    mbps,
    mbpsAtP99: mbPerSecond(note.length, stats.p99),
    bare: { stats: paired.bare, mbps: bareMbps, share: mbps / bareMbps },
    naive: {
      chars: slice.length, buildMs: naiveWarmupMs, stats: naiveRun.stats, mbps: naiveMbps, termMatcherStats: sliceRun.stats, termMatcherMbps: sliceMbps,
      speedup: sliceMbps / naiveMbps, differences: differences(naiveRun.result, sliceRun.result),
    },
    libraries,
    best: { name: best.name, mbps: best.mbps, ratio: mbps / best.mbps },
  };
}

/** Reads every code unit once: what a scan costs before it does anything with the text. */
function bareLoop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

// ---------------------------------------------------------------------------------------------
// Scale curves of the scan

export interface ScaleResult {
  /** Glossary size of the by-note-size curve. */
  terms: number;
  byNoteSize: { chars: number; matches: number; stats: Stats; mbps: number }[];
  byTerms: { terms: number; patterns: number; states: number; buildMs: number; noteChars: number; stats: Stats; mbps: number }[];
}

export function benchScale(cfg: SuiteConfig, inputs: Inputs): ScaleResult {
  const runsFor = (chars: number) => Math.max(5, Math.min(200, Math.round(20 * MB / Math.max(chars, 1) / 20)));
  const { matcher } = inputs.matcher(cfg.scale.terms);
  const byNoteSize = cfg.scale.noteSizes.map(chars => {
    const note = inputs.note(cfg.scale.terms, { chars });
    const { stats, result } = time(() => matcher.scan(note), { warmup: 2, runs: runsFor(chars) });
    return { chars: note.length, matches: result.length, stats, mbps: mbPerSecond(note.length, stats.median) };
  });
  const byTerms = cfg.scale.termCounts.map(terms => {
    const { matcher: m, patterns } = inputs.matcher(terms);
    const builds = time(() => new TermMatcher(patterns), { warmup: 0, runs: terms >= 10_000 ? 2 : 3 });
    const note = inputs.note(terms, { chars: cfg.scale.noteForTerms });
    const { stats } = time(() => m.scan(note), { warmup: 2, runs: runsFor(note.length) });
    return { terms, patterns: m.size, states: m.stats.states, buildMs: builds.stats.median, noteChars: note.length, stats, mbps: mbPerSecond(note.length, stats.median) };
  });
  return { terms: inputs.glossary(cfg.scale.terms).length, byNoteSize, byTerms };
}

// ---------------------------------------------------------------------------------------------
// Hover

export interface HoverResult {
  lines: number;
  chars: number;
  terms: number;
  hovers: number;
  /** Hovers that landed on a term. */
  hits: number;
  stats: Stats;
  scanStats: Stats;
}

export function benchHover(cfg: SuiteConfig, inputs: Inputs): HoverResult {
  const { terms, lines, hovers, scanRuns } = cfg.hover;
  const { matcher } = inputs.matcher(terms);
  const note = inputs.note(terms, { lines });
  const rng = new Rng(cfg.seed + 11);
  const offsets = Array.from({ length: hovers }, () => rng.int(note.length));
  for (let k = 0; k < 200; k++) matcher.matchAt(note, offsets[k % offsets.length]);
  collectGarbage();
  const samples: number[] = [];
  let hits = 0;
  for (const offset of offsets) {
    const t0 = now();
    const m = matcher.matchAt(note, offset);
    samples.push(now() - t0);
    if (m) hits++;
  }
  const scan = time(() => matcher.scan(note), { warmup: 2, runs: scanRuns });
  return { lines: note.split('\n').length, chars: note.length, terms, hovers, hits, stats: summarize(samples), scanStats: scan.stats };
}

// ---------------------------------------------------------------------------------------------
// Decoration refresh after a keystroke

export interface KeystrokeResult {
  chars: number;
  terms: number;
  keystrokes: number;
  /** Matches in the note after the session. */
  matches: number;
  stats: Stats;
  /** Length of the re-scanned range per keystroke. */
  rescanned: Stats;
  scanStats: Stats;
  /** After the session, the matches equal a fresh full scan. */
  verified: boolean;
}

/** A typing session: words and term names typed a character at a time, backspaces, Enter, cursor jumps. */
export function* typingSession(doc: { readonly length: number }, names: readonly string[], seed: number): Generator<TextChange> {
  const rng = new Rng(seed);
  const words = ['the', 'of', 'and', 'policy', 'India', 'trade', 'security', 'cooperation', 'in', 'with', 'a', 'ties'];
  let cursor = 0;
  let buffer = '';
  for (let k = 0; ; k++) {
    if (k % 40 === 0) cursor = rng.int(doc.length + 1);
    cursor = Math.min(cursor, doc.length);
    const r = rng.float();
    if (r < 0.08 && cursor > 0) {
      cursor--;
      yield { start: cursor, deletedLength: 1, insertedText: '' };
    } else if (r < 0.1) {
      yield { start: cursor++, deletedLength: 0, insertedText: '\n' };
    } else {
      if (!buffer) buffer = (rng.chance(0.3) ? rng.pick(names) : rng.pick(words)) + ' ';
      const ch = buffer[0];
      buffer = buffer.slice(1);
      yield { start: cursor++, deletedLength: 0, insertedText: ch };
    }
  }
}

export function benchKeystroke(cfg: SuiteConfig, inputs: Inputs): KeystrokeResult {
  const { terms, noteChars, keystrokes, scanRuns } = cfg.keystroke;
  const { matcher } = inputs.matcher(terms);
  const note = inputs.note(terms, { chars: noteChars });
  const names = inputs.glossary(terms).map(e => e.name);
  const doc = new DocumentMatches(matcher, note);
  const session = typingSession(doc, names, cfg.seed + 12);
  const warmup = Math.min(300, keystrokes);
  for (let k = 0; k < warmup; k++) doc.apply([session.next().value as TextChange]);
  collectGarbage();
  const samples: number[] = [];
  const widths: number[] = [];
  let matches = 0;
  for (let k = 0; k < keystrokes; k++) {
    const change = session.next().value as TextChange;
    const t0 = now();
    const range = doc.apply([change]);
    // A decoration refresh then reads the whole list (the editor takes one list per decoration type).
    matches = doc.matches.length;
    samples.push(now() - t0);
    widths.push(range.to - range.from);
  }
  const scan = time(() => matcher.scan(doc.text), { warmup: 1, runs: scanRuns });
  return {
    chars: doc.text.length, terms, keystrokes, matches, stats: summarize(samples), rescanned: summarize(widths), scanStats: scan.stats,
    verified: isDeepStrictEqual(doc.matches, scan.result),
  };
}

// ---------------------------------------------------------------------------------------------
// Parse

export interface ParseResult {
  editorials: number;
  chars: number;
  parse: Stats;
  /** markdown-it as the extension ships it (class fields assigned: bench/shippedMarkdownIt.ts). */
  markdownIt: Stats;
  /** markdown-it's published build, as npm installs it. */
  markdownItPublished: Stats;
  /** Checks on the parsed editorials (from the last timed run). */
  parsed: ParsedCounts;
  curve: { editorials: number; chars: number; parse: Stats; markdownIt: Stats; markdownItPublished: Stats }[];
}

export interface ParsedCounts {
  count: number;
  withFourPointSections: number;
  points: number;
  repairs: number;
  withMainsQuestion: number;
  pyqs: number;
}

const POINT_KINDS = new Set(['cooperation', 'issues', 'measures', 'groupings']);

export function benchParse(cfg: SuiteConfig, inputs: Inputs): ParseResult {
  const max = Math.max(...cfg.parse.counts);
  const all = generateEditorials(max, inputs.glossary(Math.max(cfg.scan.terms, 100)), cfg.seed + 2);
  // The extension's markdown-it settings (editorialParser.ts: tokenizer()).
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  const Published = loadMarkdownIt(markdownItSource(false)) as typeof MarkdownIt;
  const published = new Published('default', { html: false, linkify: false, typographer: false });
  let parsed: ParsedCounts = { count: 0, withFourPointSections: 0, points: 0, repairs: 0, withMainsQuestion: 0, pyqs: 0 };
  // Smaller libraries first: they warm the JIT up for the large one, which is then run only a few times.
  const curve = [...cfg.parse.counts].sort((a, b) => a - b).map(count => {
    const texts = all.slice(0, count);
    collectGarbage();
    const runs = count === max ? cfg.parse.runs : Math.max(cfg.parse.runs, Math.min(20, Math.round(2000 / count)));
    const stats = timeInterleaved({
      markdownIt: () => {
        for (const t of texts) md.parse(t, {});
      },
      markdownItPublished: () => {
        for (const t of texts) published.parse(t, {});
      },
      parse: () => {
        const c: ParsedCounts = { count: 0, withFourPointSections: 0, points: 0, repairs: 0, withMainsQuestion: 0, pyqs: 0 };
        texts.forEach((t, k) => {
          const e = parseEditorial(t, { fallbackTitle: `editorial-${k}` });
          c.count++;
          if (e.sections.filter(s => POINT_KINDS.has(s.kind) && s.points.length > 0).length === 4) c.withFourPointSections++;
          for (const s of e.sections) c.points += s.points.length;
          c.repairs += e.repairs.length;
          if (e.mainsQuestion) c.withMainsQuestion++;
          c.pyqs += e.pyqs.length;
        });
        parsed = c;
      },
    }, { warmup: count === max ? 0 : 1, runs });
    return { editorials: count, chars: texts.reduce((n, t) => n + t.length, 0), parse: stats.parse, markdownIt: stats.markdownIt, markdownItPublished: stats.markdownItPublished };
  });
  const top = curve[curve.length - 1];
  return { editorials: max, chars: top.chars, parse: top.parse, markdownIt: top.markdownIt, markdownItPublished: top.markdownItPublished, parsed, curve };
}

// ---------------------------------------------------------------------------------------------
// Memory (in a child process, for a clean RSS)

export interface MemoryResult {
  editorials: number;
  terms: number;
  patterns: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  addedRssMB: number;
  addedHeapMB: number;
  matcherMB: number;
  /** parseMs + glossaryMs + mentionsMs (making the texts is not counted). */
  loadMs: number;
  parseMs?: number;
  glossaryMs?: number;
  mentionsMs?: number;
  mentions: number;
  error?: string;
}

export function benchMemory(cfg: Pick<SuiteConfig, 'memory' | 'seed'>): MemoryResult {
  const child = path.join(__dirname, 'memoryChild.js');
  // A heap limit above the default, so the 10,000-editorial point of the growth table measures, not fails.
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', child, JSON.stringify({ ...cfg.memory, seed: cfg.seed })], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  const line = run.stdout?.trim().split('\n').pop() ?? '';
  try {
    if (run.status !== 0) throw new Error(run.stderr || `exit ${run.status}`);
    return JSON.parse(line) as MemoryResult;
  } catch (e) {
    return {
      editorials: cfg.memory.editorials, terms: cfg.memory.terms, patterns: 0, rssBeforeMB: NaN, rssAfterMB: NaN, addedRssMB: NaN,
      addedHeapMB: NaN, matcherMB: NaN, loadMs: NaN, mentions: 0, error: String(e instanceof Error ? e.message : e).slice(0, 500),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Growth with the library size: the memory benchmark's load at N = 300 … 10,000 editorials

export interface GrowthResult {
  terms: number;
  points: MemoryResult[];
}

/** How load time and memory grow with the number of editorials: each size in a fresh child process. */
export function benchGrowth(cfg: SuiteConfig): GrowthResult {
  const points = cfg.growth.editorials.map(editorials => benchMemory({ seed: cfg.seed, memory: { editorials, terms: cfg.growth.terms } }));
  return { terms: cfg.growth.terms, points };
}

// ---------------------------------------------------------------------------------------------
// Bundle and activation (read, not measured here)

export interface BundleResult {
  path: string;
  bytes?: number;
  /** Judged from the line lengths: a minified bundle has a few very long lines. */
  minified?: boolean;
}

export function readBundle(root = repoRoot()): BundleResult {
  const file = path.join(root, 'dist', 'extension.js');
  if (!fs.existsSync(file)) return { path: 'dist/extension.js' };
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n').length;
  return { path: 'dist/extension.js', bytes: Buffer.byteLength(text), minified: text.length / lines > 300 };
}

export interface TimingFigure {
  median: number;
  p99?: number;
}

export interface ActivationResult {
  measured: boolean;
  /** Activation of this extension in the real VS Code host, ms. */
  extension?: TimingFigure;
  /** Activation of an empty extension in the same host, ms. */
  empty?: TimingFigure;
  /** Parts of the extension's figure, when the measurement gives them. */
  activateFunction?: TimingFigure;
  moduleLoad?: TimingFigure;
  date?: string;
  host?: string;
  target?: string;
  pass?: boolean;
  error?: string;
}

/**
 * bench/activation.json, written by the VS Code-host measurement (bench/activation.ts), if present:
 * { extensionMs: {median, p99}, baselineMs: {median, p99}, activateFunctionMs?, moduleLoadMs?,
 *   target?: string, met?: boolean, date?, host? }.
 */
export function readActivation(root = repoRoot()): ActivationResult {
  const file = path.join(root, 'bench', 'activation.json');
  if (!fs.existsSync(file)) return { measured: false };
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const figure = (v: unknown): TimingFigure | undefined => {
      if (typeof v === 'number') return { median: v };
      const o = v as Record<string, unknown> | undefined;
      return o && typeof o.median === 'number' ? { median: o.median, p99: typeof o.p99 === 'number' ? o.p99 : undefined } : undefined;
    };
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const flag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
    const extension = figure(data.extensionMs ?? data.extension);
    return {
      measured: extension !== undefined,
      extension,
      empty: figure(data.baselineMs ?? data.empty),
      activateFunction: figure(data.activateFunctionMs),
      moduleLoad: figure(data.moduleLoadMs),
      date: text(data.date),
      host: text(data.host),
      target: text(data.target),
      pass: flag(data.met ?? data.pass),
    };
  } catch (e) {
    return { measured: false, error: `bench/activation.json: ${e instanceof Error ? e.message : String(e)}` };
  }
}
