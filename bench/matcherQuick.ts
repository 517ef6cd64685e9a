// Quick throughput check of TermMatcher: `npx tsc -p . && node out/bench/matcherQuick.js`.
// Builds a seeded 10k-pattern glossary and two ~1 MB notes, then prints the automaton's build time
// and size, the scan throughput (median of 10 runs after warm-up) and a naive baseline (one RegExp
// per pattern with the same rules) on a 100 KB slice of the typical note. "MB" = 10^6 UTF-16 units
// (the notes are ASCII, so also bytes).
import { MatcherPattern } from '../src/core/glossary/matcher/patterns';
import { TermMatch, TermMatcher } from '../src/core/glossary/matcher/termMatcher';
import { mulberry32 } from './prng';


const rand = mulberry32(20240601);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];

const CONSONANTS = 'bdgkmnprstvchjl';
const VOWELS = 'aeiou';
function word(minSyl: number, maxSyl: number): string {
  let w = '';
  const n = minSyl + int(maxSyl - minSyl + 1);
  for (let k = 0; k < n; k++) w += pick([...CONSONANTS]) + pick([...VOWELS]) + (rand() < 0.2 ? pick([...'nrs']) : '');
  return w;
}
const title = (w: string) => w[0].toUpperCase() + w.slice(1);

// Glossary: 8,500 multi-word names, 1,500 abbreviations.
const vocabulary = Array.from({ length: 4000 }, () => word(2, 4));
const patterns: MatcherPattern[] = [];
for (let k = 0; patterns.length < 8500; k++) {
  const n = 1 + int(4);
  const words = Array.from({ length: n }, () => (rand() < 0.7 ? title(pick(vocabulary)) : pick(vocabulary)));
  patterns.push({ key: `term${k}`, text: words.join(rand() < 0.1 ? '-' : ' ') });
}
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
for (let k = 0; patterns.length < 10000; k++) {
  let a = '';
  const n = 2 + int(5);
  for (let j = 0; j < n; j++) a += pick([...LETTERS]);
  if (rand() < 0.15) a += rand() < 0.5 ? '-' + (1 + int(9)) : String(2 + int(30));
  patterns.push({ key: `abbr${k}`, text: a });
}

// ~1 MB notes: prose of ordinary words with glossary terms and glossary words mixed in. "typical"
// has about 1 word in 8 inside a term; "dense" (a stress case) has about 1 in 2, plus many words
// that begin like glossary words and walk deep into the automaton before failing.
const COMMON = (
  'the of and to in a is that for on with as by at from this be are was it an which or its has not but ' +
  'their India policy government growth also between these have been under will more than other such ' +
  'into after would about they while both however through over first during since each most where ' +
  'when because against within regional strategic economic security cooperation defence trade energy ' +
  'technology bilateral agreement relations countries global challenges reforms development climate ' +
  'maritime critical infrastructure investment framework dialogue partnership initiative national'
).split(' ');
function note(termShare: number, glossaryWordShare: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    const r = rand();
    let tok: string;
    if (r < termShare) tok = pick(patterns).text;
    else if (r < termShare + glossaryWordShare) tok = rand() < 0.5 ? title(pick(vocabulary)) : pick(vocabulary);
    else tok = pick(COMMON);
    const sep = rand() < 0.06 ? pick([', ', '. ', '\n', '\n\n- ', '; ']) : ' ';
    parts.push(tok, sep);
    size += tok.length + sep.length;
  }
  return parts.join('');
}
const notes: [string, string][] = [
  ['typical', note(0.04, 0.04)],
  ['dense', note(0.08, 0.22)],
];
const slice = notes[0][1].slice(0, 100_000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median of `runs` timings after `warmup` untimed runs, in ms; also keeps the fastest run. */
let fastest = 0;
function time(fn: () => unknown, runs: number, warmup: number): number {
  for (let k = 0; k < warmup; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  fastest = Math.min(...times);
  return median(times);
}
const rate = (chars: number, ms: number) => (chars / 1e6 / (ms / 1000)).toFixed(chars < 200_000 && ms > 100 ? 2 : 0);

// Build.
const buildTimes: number[] = [];
let matcher = new TermMatcher(patterns);
for (let k = 0; k < 5; k++) {
  const t0 = process.hrtime.bigint();
  matcher = new TermMatcher(patterns);
  buildTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const stats = matcher.stats;
console.log(
  `patterns: ${patterns.length} (${matcher.size} distinct); automaton: ${stats.states} states (${stats.denseStates} with dense rows), ${stats.alphabet} symbols`,
);
console.log(`build: ${median(buildTimes).toFixed(1)} ms (median of 5), typed arrays ${(matcher.byteSize / 1e6).toFixed(1)} MB`);

// Scan.
for (const [name, text] of notes) {
  let count = 0;
  const ms = time(() => (count = matcher.scan(text).length), 10, 5);
  const mb = text.length / 1e6;
  const words = text.split(/\s+/).length;
  console.log(
    `scan ${name.padEnd(7)}: ${mb.toFixed(2)} M chars, ${words} words, ${count} matches, ${ms.toFixed(2)} ms median -> ` +
      `${rate(text.length, ms)} MB/s (fastest run ${rate(text.length, fastest)} MB/s)`,
  );
}

// For scale: the floor of any table-driven scanner on this machine, a loop doing one class lookup
// and one transition lookup (in a tiny, always-cached table) per UTF-16 unit.
{
  const classes = new Uint16Array(0x10000).map((_, u) => u % 40);
  const table = new Int32Array(40 * 40).map((_, k) => (k * 13) % 40);
  const floor = (t: string) => {
    let st = 0;
    for (let k = 0; k < t.length; k++) st = table[st * 40 + classes[t.charCodeAt(k)]];
    return st;
  };
  const text = notes[0][1];
  const ms = time(() => floor(text), 10, 5);
  console.log(
    `reference loop (1 class + 1 transition lookup per unit, no matching): ${rate(text.length, ms)} MB/s (fastest ${rate(text.length, fastest)})`,
  );
}

// Naive baseline: one RegExp per pattern, same rules, leftmost-longest selection.
const SEP_CLASS = '[\\s\\-\\u2010-\\u2014]';
const H = '[^\\S\\n\\r\\u2028\\u2029]|[\\-\\u2010-\\u2014]';
function toRegExp(p: string): RegExp {
  const caseSensitive = !/\p{Ll}/u.test(p) && (p.match(/\p{L}/gu) ?? []).length <= 6;
  const body = p
    .trim()
    .split(new RegExp(SEP_CLASS + '+', 'u'))
    .map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['‘’ʼ]/g, "['‘’ʼ]"))
    .join(`(?:(?:${H})+|(?:${H})*(?:\\r\\n|[\\n\\r\\u2028\\u2029])(?:${H})*)`);
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}
const regexps = patterns.map(p => toRegExp(p.text));
function naiveScan(t: string): TermMatch[] {
  const found: TermMatch[] = [];
  regexps.forEach((re, k) => {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, key: patterns[k].key, pattern: patterns[k].text });
      re.lastIndex = m.index + 1;
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermMatch[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}
let naiveCount = 0;
const naiveMs = time(() => (naiveCount = naiveScan(slice).length), 10, 1);
let fastCount = 0;
const fastSliceMs = time(() => (fastCount = matcher.scan(slice).length), 10, 5);
const smb = slice.length / 1e6;
console.log(
  `naive (10k RegExps): ${smb.toFixed(2)} M chars, ${naiveCount} matches, ${naiveMs.toFixed(1)} ms median -> ${(smb / (naiveMs / 1000)).toFixed(2)} MB/s`,
);
const same = JSON.stringify(naiveScan(slice)) === JSON.stringify(matcher.scan(slice));
console.log(
  `TermMatcher, same slice: ${fastCount} matches (${same ? 'identical to' : 'DIFFERENT from'} the naive ones), ` +
    `${fastSliceMs.toFixed(2)} ms median -> ${(smb / (fastSliceMs / 1000)).toFixed(0)} MB/s (${(naiveMs / fastSliceMs).toFixed(0)}x)`,
);
