// Records the extension host's long synchronous tasks while a benchmark runs: a timer that should
// fire every 5 ms notes each gap longer than `thresholdMs`, with the time its main thread spent
// on a CPU during it (Linux: /proc/self/task/<pid>/schedstat; a long gap with little of it was the
// host waiting for a core, not running code), and the CPU time of the whole process. With
// `profile`, a sampling CPU profile (node:inspector) says which functions ran in the longest
// gaps (and UPSC_BENCH_CPUPROFILE=<file> writes all of it); build with `node esbuild.js` (not
// --production) for readable function names.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
/** Nanoseconds the main thread has run on a CPU and has waited, ready, for one (NaN, NaN where
 *  the kernel does not say). */
function mainThreadSched(): [run: number, wait: number] {
  try {
    const [run, wait] = fs.readFileSync(SCHEDSTAT, 'latin1').split(' ').map(Number);
    return [run, wait];
  } catch {
    return [NaN, NaN];
  }
}

export interface Block {
  /** performance.now() at the start of the gap. */
  at: number;
  ms: number;
  /** User + system CPU time of the whole process during the gap (all threads: GC helpers too). */
  cpuMs: number;
  /** Time the main thread ran during the gap: the task's own length, whatever else the machine did. */
  runMs: number;
  /** Time the main thread was ready to run but waited for a CPU (the rest of the gap, beyond run
   *  and wait, it was blocked: a synchronous system call, a page fault). */
  waitMs: number;
  /** With `profile`: where the samples in the gap were, by self time, "name file:line ms". */
  top?: string[];
  /** With `profile`: the outermost frames of the extension's bundle in the gap, by time: who
   *  started the work (a slicer turn, an event handler, a provider). */
  entry?: string[];
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

export class BlockRecorder {
  private readonly blocks: Block[] = [];
  private last = performance.now();
  private lastCpu = process.cpuUsage();
  private lastSched = mainThreadSched();
  private readonly timer: NodeJS.Timeout;
  private session: Session | undefined;
  private profileStart = 0;
  /** After stop: the most time the main thread ran in any one block (see Block.runMs). */
  longestRunMs = NaN;

  constructor(private readonly thresholdMs = 30, profile = false) {
    this.timer = setInterval(() => this.tick(), 5);
    if (profile) {
      this.session = new Session();
      this.session.connect();
      this.session.post('Profiler.enable');
      this.session.post('Profiler.setSamplingInterval', { interval: 250 });
      this.profileStart = performance.now();
      this.session.post('Profiler.start');
    }
    // Starting the profiler blocks for tens of milliseconds itself: not a block of ours.
    this.last = performance.now();
    this.lastCpu = process.cpuUsage();
    this.lastSched = mainThreadSched();
  }

  private tick(): void {
    const now = performance.now();
    const cpu = process.cpuUsage();
    const sched = mainThreadSched();
    const gap = now - this.last - 5;
    if (gap > this.thresholdMs) {
      this.blocks.push({
        at: this.last, ms: round(gap),
        cpuMs: round((cpu.user - this.lastCpu.user + cpu.system - this.lastCpu.system) / 1000),
        runMs: round((sched[0] - this.lastSched[0]) / 1e6),
        waitMs: round((sched[1] - this.lastSched[1]) / 1e6),
      });
    }
    this.last = now;
    this.lastCpu = cpu;
    this.lastSched = sched;
  }

  /** Stops recording; the longest blocks first. */
  async stop(keep = 5): Promise<Block[]> {
    clearInterval(this.timer);
    this.tick();
    this.longestRunMs = this.blocks.reduce((m, b) => Math.max(m, b.runMs), 0);
    const longest = [...this.blocks].sort((a, b) => b.ms - a.ms).slice(0, keep);
    if (this.session) {
      const profile = await new Promise<Profile>((resolve, reject) =>
        this.session!.post('Profiler.stop', (err, r) => (err ? reject(err) : resolve((r as { profile: Profile }).profile))));
      this.session.disconnect();
      for (const b of longest) Object.assign(b, attribute(profile, this.profileStart, b));
      // UPSC_BENCH_CPUPROFILE=<file>: the whole start's profile, for where the time goes beyond
      // the long blocks (open it in Chrome's DevTools or VS Code).
      const file = process.env.UPSC_BENCH_CPUPROFILE;
      if (file) fs.writeFileSync(`${file}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
    }
    return longest;
  }
}

/** Self time per function for the samples taken during the block, and time per outermost frame
 *  of our bundle (the profile's nodes form a call tree: walk up from each sample). */
function attribute(profile: Profile, startedAt: number, block: Block): { top: string[]; entry: string[] } {
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const name = (f: ProfileNode['callFrame']) => `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
  const self = new Map<string, number>();
  const entry = new Map<string, number>();
  let t = startedAt; // the profile's clock, in ms from performance.now()'s origin (to ~1 ms)
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] / 1000;
    t += dt;
    if (t < block.at || t > block.at + block.ms + 5) continue;
    const node = byId.get(profile.samples[i])!;
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
    self.set(name(node.callFrame), (self.get(name(node.callFrame)) ?? 0) + dt);
    let outer: ProfileNode | undefined;
    for (let id: number | undefined = node.id; id !== undefined; id = parentOf.get(id)) {
      const n = byId.get(id)!;
      if (n.callFrame.url.includes('/dist/extension.js')) outer = n;
    }
    const key = outer ? name(outer.callFrame) : '(not the extension)';
    entry.set(key, (entry.get(key) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([key, ms]) => `${key} ${round(ms)}`);
  return { top: top(self, 8), entry: top(entry, 4) };
}

const round = (x: number) => Math.round(x * 10) / 10;
