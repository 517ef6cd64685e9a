// Timing: repeated runs of a function, summarised as median and p99 (nearest rank: with fewer than
// 100 runs the p99 is the slowest run).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

export interface Stats {
  runs: number;
  median: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

/** Milliseconds, sub-microsecond resolution. */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function summarize(samples: readonly number[]): Stats {
  if (!samples.length) return { runs: 0, median: NaN, p99: NaN, min: NaN, max: NaN, mean: NaN };
  const s = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const mid = s.length >> 1;
  return {
    runs: s.length,
    median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2,
    p99: rank(0.99),
    min: s[0],
    max: s[s.length - 1],
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

export interface TimeOptions {
  /** Untimed runs first (JIT warm-up). */
  warmup?: number;
  runs: number;
}

/** Times `fn` `runs` times after `warmup` untimed runs; returns the stats and the last result. */
export function time<T>(fn: () => T, options: TimeOptions): { stats: Stats; result: T } {
  let result = undefined as T;
  for (let k = 0; k < (options.warmup ?? 0); k++) result = fn();
  const samples: number[] = [];
  for (let k = 0; k < options.runs; k++) {
    const t0 = now();
    result = fn();
    samples.push(now() - t0);
  }
  return { stats: summarize(samples), result };
}

/**
 * Times several functions in alternation (a, b, c, a, b, c, …) so that a slow phase of the
 * machine (another process, thermal throttling) hits all of them alike.
 */
export function timeInterleaved<K extends string>(fns: Record<K, () => unknown>, options: TimeOptions): Record<K, Stats> {
  const keys = Object.keys(fns) as K[];
  for (let k = 0; k < (options.warmup ?? 0); k++) for (const key of keys) fns[key]();
  const samples = Object.fromEntries(keys.map(k => [k, [] as number[]])) as unknown as Record<K, number[]>;
  for (let k = 0; k < options.runs; k++) {
    for (const key of keys) {
      const t0 = now();
      fns[key]();
      samples[key].push(now() - t0);
    }
  }
  return Object.fromEntries(keys.map(k => [k, summarize(samples[k])])) as unknown as Record<K, Stats>;
}

/** MB/s for `chars` UTF-16 units (1 char = 1 byte for the ASCII-heavy notes) in `ms`. */
export function mbPerSecond(chars: number, ms: number): number {
  return chars / 1e6 / (ms / 1000);
}

let gcFunction: (() => void) | null | undefined;

/**
 * A full garbage collection, so that the garbage of generating inputs is not collected (and
 * timed) inside a measured run. Uses `gc` from --expose-gc, or enables it at run time.
 */
export function collectGarbage(): void {
  if (gcFunction === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) gcFunction = exposed;
    else {
      try {
        v8.setFlagsFromString('--expose-gc');
        gcFunction = vm.runInNewContext('gc') as () => void;
      } catch {
        gcFunction = null;
      }
    }
  }
  gcFunction?.();
}
