// The "hostile inputs" suite: every text entry point (bench/hostileInputs.ts) on every adversarial
// input at 10 KB, 100 KB and 1 MB. A linear entry point takes about 10 times as long at 1 MB as at
// 100 KB; the target is at most 15 times, with no exception, and for the entry points that run on
// the extension host as the student types or hovers, one call on 1 MB under 50 ms.
// Part of `npm run bench` (`--only hostile`); alone: node out/bench/hostile.js [--quick]
//   [--entries a,b] [--inputs a,b] [--sizes 10000,100000] [--out file.json]
import * as fs from 'node:fs';
import { ENTRY_POINTS, EntryPoint, HOSTILE_INPUTS, HostileInput, warmUp } from './hostileInputs';
import { collectGarbage, now } from './measure';

export const FULL_SIZES = [10_000, 100_000, 1_000_000];
export const QUICK_SIZES = [2_000, 20_000];
/** Growth allowed from the middle size to the largest (10× the input: linear is 10). */
export const MAX_RATIO = 15;
/** One call on a 1 MB note may block the extension host this long (host entry points). */
export const MAX_HOST_MS = 50;
/** A size is not tried when the one below it took longer than this (a quadratic step at 10× would take minutes). */
const GIVE_UP_MS = 2500;
/** Repeats of one case: at least MIN_RUNS, until this much time is spent, at most MAX_RUNS. */
const TIME_PER_CASE_MS = 150;
const MAX_RUNS = 15;
const MIN_RUNS = 3;

export interface Timing {
  size: number;
  /** The fastest of the runs, CPU ms; undefined when skipped or failed. */
  ms?: number;
  runs: number;
  error?: string;
  skipped?: string;
}

export interface HostileCase {
  entry: string;
  input: string;
  host: boolean;
  timings: Timing[];
  /** Time at the largest size / time at the one below. */
  ratio?: number;
  pass: boolean;
  why?: string;
}

export interface HostileResult {
  sizes: number[];
  cases: HostileCase[];
  elapsedMs: number;
}

function timeOne(entry: EntryPoint, input: HostileInput, size: number): Timing {
  let prepared: unknown;
  try {
    prepared = entry.prepare(input, input.make(size));
  } catch (err) {
    return { size, runs: 0, error: `while preparing: ${describe(err)}` };
  }
  // The fastest of a few runs in CPU time, each after a collection: the figure is the entry
  // point's cost, not that of other processes on the machine or of the garbage an earlier size left.
  const samples: number[] = [];
  const t0 = now(); // (wall clock: the time spent on a case)
  try {
    do {
      if (size >= 100_000) collectGarbage();
      const t = process.cpuUsage();
      entry.run(prepared);
      samples.push(cpuMs(t));
    } while (samples.length < MAX_RUNS && (samples.length < MIN_RUNS || now() - t0 < TIME_PER_CASE_MS) && samples[samples.length - 1] < GIVE_UP_MS);
  } catch (err) {
    return { size, runs: samples.length, error: describe(err) };
  }
  return { size, ms: Math.min(...samples), runs: samples.length };
}

/** CPU time since `since`, ms: the work itself, not the time other processes had the CPU (a
 *  machine running other jobs slowed the wall clock by up to 10 times between runs). */
function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

function describe(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > 160 ? text.slice(0, 157) + '…' : text;
}

export function runCase(entry: EntryPoint, input: HostileInput, sizes: readonly number[]): HostileCase {
  const timings: Timing[] = [];
  // Warm-up at the smallest size (compilation of the code this input reaches), untimed.
  try { entry.run(entry.prepare(input, input.make(sizes[0]))); } catch { /* timed below */ }
  for (const size of sizes) {
    const before = timings[timings.length - 1];
    if (before?.error) timings.push({ size, runs: 0, skipped: 'failed at the smaller size' });
    else if (before?.skipped || (before?.ms ?? 0) > GIVE_UP_MS) timings.push({ size, runs: 0, skipped: `the smaller size took ${((before?.ms ?? 0) / 1000).toFixed(1)} s` });
    else timings.push(timeOne(entry, input, size));
  }
  const [a, b] = timings.slice(-2);
  const ratio = a?.ms !== undefined && b?.ms !== undefined ? b.ms / Math.max(a.ms, 0.001) : undefined;
  const host = !!entry.host;
  const failed = timings.find(t => t.error);
  const largest = timings[timings.length - 1];
  let why: string | undefined;
  if (failed) why = `throws at ${size(failed.size)}: ${failed.error}`;
  else if (largest.skipped) why = `gave up at ${size(largest.size)}: ${largest.skipped}`;
  // Tiny times are noise: a ratio only counts when the largest size takes over a millisecond.
  else if (ratio !== undefined && ratio > MAX_RATIO && (largest.ms ?? 0) > 1) why = `grows ${ratio.toFixed(1)}× from ${size(a.size)} to ${size(b.size)}`;
  else if (host && largest.size >= 1_000_000 && (largest.ms ?? 0) > MAX_HOST_MS) why = `one call takes ${largest.ms!.toFixed(0)} ms on ${size(largest.size)} on the extension host`;
  return { entry: entry.id, input: input.id, host, timings, ratio, pass: !why, why };
}

export function runHostile(options: { sizes?: readonly number[]; entries?: readonly string[]; inputs?: readonly string[]; log?: (line: string) => void } = {}): HostileResult {
  const sizes = [...(options.sizes ?? FULL_SIZES)];
  const t0 = Date.now();
  const cases: HostileCase[] = [];
  warmUp();
  for (const entry of ENTRY_POINTS) {
    if (options.entries && !options.entries.includes(entry.id)) continue;
    for (const input of HOSTILE_INPUTS) {
      if (!entry.accepts(input) || (options.inputs && !options.inputs.includes(input.id))) continue;
      const c = runCase(entry, input, sizes);
      cases.push(c);
      options.log?.(`  ${c.pass ? 'ok  ' : 'MISS'} ${entry.id} × ${input.id}: ${c.timings.map(cell).join(' · ')}${c.why ? ` (${c.why})` : ''}`);
    }
  }
  return { sizes, cases, elapsedMs: Date.now() - t0 };
}

export const size = (chars: number) => (chars >= 1e6 ? `${+(chars / 1e6).toFixed(1)} MB` : `${+(chars / 1e3).toFixed(0)} KB`);
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);
const cell = (t: Timing) => (t.error ? 'throws' : t.skipped ? 'skipped' : ms(t.ms!));

/** One line per entry point: its worst input, and every case that misses the target. */
export function hostileTable(r: HostileResult): string {
  const lines = [
    `Hostile inputs at ${r.sizes.map(size).join(', ')} (target: ${size(r.sizes[r.sizes.length - 1])} ≤ ${MAX_RATIO}× ${size(r.sizes[r.sizes.length - 2] ?? r.sizes[0])}, no exception; host entry points < ${MAX_HOST_MS} ms at 1 MB):`,
    '',
    `| entry point | inputs | slowest at ${size(r.sizes[r.sizes.length - 1])} | worst growth | result |`,
    '|---|---|---|---|---|',
  ];
  for (const entry of ENTRY_POINTS) {
    const cs = r.cases.filter(c => c.entry === entry.id);
    if (!cs.length) continue;
    const last = (c: HostileCase) => c.timings[c.timings.length - 1].ms ?? Infinity;
    const slowest = cs.reduce((a, b) => (last(b) > last(a) ? b : a));
    const worst = cs.reduce((a, b) => ((b.ratio ?? Infinity) > (a.ratio ?? Infinity) ? b : a));
    const missed = cs.filter(c => !c.pass);
    lines.push(`| ${entry.id}${entry.host ? ' (host)' : ''} | ${cs.length} | ${slowest.timings.map(cell).join(' · ')} (${slowest.input}) | ${worst.ratio !== undefined ? `${worst.ratio.toFixed(1)}×` : '—'} (${worst.input}) | ${missed.length ? `**MISS** ${missed.length}: ${missed.map(c => `${c.input} — ${c.why}`).join('; ')}` : '**pass**'} |`);
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const list = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1]?.split(',').filter(Boolean) : undefined);
  const sizes = list('--sizes')?.map(Number) ?? (argv.includes('--quick') ? QUICK_SIZES : FULL_SIZES);
  const result = runHostile({ sizes, entries: list('--entries'), inputs: list('--inputs'), log: line => console.log(line) });
  console.log('');
  console.log(hostileTable(result));
  const missed = result.cases.filter(c => !c.pass).length;
  console.log(`\n${result.cases.length} cases, ${missed} missed, ${(result.elapsedMs / 1000).toFixed(1)} s`);
  const out = list('--out')?.[0];
  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
}

if (require.main === module) main(process.argv.slice(2));
