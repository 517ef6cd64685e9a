// Background work in short slices. The extension host runs every extension on one thread, so a
// scan that parses files back to back (reads run eight at a time and finish in bursts, and each
// parse then ran at once) or an index built in one go blocks hovers, completions and every other
// extension for as long as it runs. Jobs given to a TimeSlicer run in turns of about `budgetMs`
// (one longer job still runs alone); between turns the host handles its other events. Measured by
// bench/libraryWorkspace.ts (`longestBlockMs`, 300 editorials): target no task over 50 ms.

interface Queued {
  job: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

export class TimeSlicer {
  private readonly queue: Queued[] = [];
  /** When the current turn began; a turn lasts `budgetMs` of wall time, whoever used it. */
  private turnStart = -Infinity;
  private scheduled = false;
  private draining = false;

  constructor(private readonly budgetMs = 10) {}

  /**
   * Runs `job`, a short synchronous piece (one file, one editorial), at once while the current turn
   * has budget left and nothing is waiting; otherwise in a later turn, after the jobs queued
   * before it (first come, first served).
   */
  run<T>(job: () => T): Promise<T> {
    if (!this.queue.length && this.hasBudget()) {
      try {
        return Promise.resolve(job());
      } catch (err) {
        return Promise.reject(err);
      }
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
      // A job queued by a job of the running turn is picked up by it, or by the turn it schedules.
      if (!this.draining) this.schedule();
    });
  }

  private hasBudget(): boolean {
    return performance.now() - this.turnStart < this.budgetMs;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setTimeout, not a promise: the event loop must get round to its other work between turns.
    setTimeout(() => this.drain(), 0);
  }

  private drain(): void {
    this.scheduled = false;
    this.draining = true;
    this.turnStart = performance.now();
    try {
      // At least one job per turn (a job longer than the budget still runs), more while it lasts.
      while (this.queue.length) {
        const { job, resolve, reject } = this.queue.shift()!;
        try {
          resolve(job());
        } catch (err) {
          reject(err);
        }
        if (!this.hasBudget()) break;
      }
    } finally {
      this.draining = false;
    }
    if (this.queue.length) this.schedule();
  }
}

/**
 * One slicer for all of the extension's background work, so separate loops share the budget. The
 * lazily loaded chunks (features/chunks.ts) each hold a copy of this module: the first copy to load
 * keeps the slicer on globalThis and the others use it, so there is still one queue.
 */
const SHARED = Symbol.for('upscEditorials.background');
export const background: TimeSlicer = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new TimeSlicer()) as TimeSlicer;

/**
 * Runs a stepwise computation (a generator that pauses with `yield` between short pieces) to its
 * end at once, for callers that cannot wait; a background caller runs one step per job instead.
 */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
