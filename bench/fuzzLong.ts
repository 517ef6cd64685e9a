// The long fuzz run of parseEditorial: the suites of test/unit/parserFuzz.test.ts with many more
// inputs and a random seed, then the extreme inputs at full size (1 MB files).
//
//   npx tsc -p . && node out/bench/fuzzLong.js [--runs N] [--seed S] [--suite K] [--no-extremes]
//
// --runs   total generated inputs, shared out like the CI counts (default 1,000,000)
// --seed   base seed (default random); printed, so a failure can be replayed with it
// --suite  run only suite number K (1-based, as printed)
// Each suite runs in chunks of CHUNK inputs with a seed derived from the base seed, the suite and
// the chunk, so progress is printed as it goes. On failure it prints the counterexample and a
// command to replay that chunk, and exits with status 1.
import * as fc from 'fast-check';
import {
  checkInvariants, describeInput, extremeInputs, fuzzSuites, InvariantError, loadEditorials,
} from '../test/unit/fuzzArbitraries';

const CHUNK = 25_000;
/** CPU time may grow at most this much from a 250 KB extreme input to the 1 MB one (linear: 4). */
const MAX_GROWTH = 10;

interface Args { runs: number; seed: number; suite?: number; chunk?: number; extremes: boolean }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { runs: 1_000_000, seed: (Math.random() * 2 ** 31) | 0, extremes: true };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v)) throw new Error(`${argv[i - 1]} needs an integer, got ${argv[i]}`);
      return v;
    };
    switch (argv[i]) {
      case '--runs': args.runs = value(); break;
      case '--seed': args.seed = value(); break;
      case '--suite': args.suite = value(); break;
      case '--chunk': args.chunk = value(); break;
      case '--no-extremes': args.extremes = false; break;
      default: throw new Error(`unknown argument ${argv[i]}; usage: fuzzLong [--runs N] [--seed S] [--suite K] [--chunk C] [--no-extremes]`);
    }
  }
  return args;
}

const chunkSeed = (seed: number, suite: number, chunk: number) => (seed + suite * 1_000_003 + chunk * 7_919) | 0;

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const editorials = loadEditorials();
  const suites = fuzzSuites(editorials);
  const weight = suites.reduce((sum, s) => sum + s.ciRuns, 0);
  console.log(`parseEditorial long fuzz: seed ${args.seed}, ${args.runs.toLocaleString('en')} generated inputs, node ${process.version}`);
  const started = Date.now();
  const cpu = process.cpuUsage();
  let total = 0;

  for (let k = 0; k < suites.length; k++) {
    if (args.suite !== undefined && args.suite !== k + 1) continue;
    const suite = suites[k];
    const runs = args.suite !== undefined ? args.runs : Math.max(1, Math.round(args.runs * suite.ciRuns / weight));
    const suiteStart = Date.now();
    for (let chunk = 0, done = 0; done < runs; chunk++) {
      const n = Math.min(CHUNK, runs - done);
      if (args.chunk !== undefined && args.chunk !== chunk) { done += n; continue; }
      const seed = chunkSeed(args.seed, k, chunk);
      const details = fc.check(fc.property(suite.arbitrary, text => checkInvariants(text)), { seed, numRuns: n });
      if (details.failed) {
        const input = details.counterexample?.[0];
        console.error(`\nFAILED: suite ${k + 1} "${suite.name}", chunk ${chunk} (chunk seed ${seed}) after ${details.numRuns} inputs, shrunk ${details.numShrinks} times`);
        console.error(`error: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
        console.error(`counterexample: ${input === undefined ? '(none)' : describeInput(input)}`);
        console.error(`replay: node out/bench/fuzzLong.js --seed ${args.seed} --runs ${runs} --suite ${k + 1} --chunk ${chunk} --no-extremes`);
        return 1;
      }
      done += n;
      total += n;
      if (process.stdout.isTTY) process.stdout.write(`\r  ${k + 1}. ${suite.name}: ${done.toLocaleString('en')}/${runs.toLocaleString('en')}`);
    }
    const seconds = (Date.now() - suiteStart) / 1000;
    if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
    console.log(`  ${k + 1}. ${suite.name}: ${runs.toLocaleString('en')} inputs in ${seconds.toFixed(1)} s (${Math.round(runs / seconds).toLocaleString('en')}/s)`);
  }

  let extremes = 0;
  if (args.extremes && args.suite === undefined) {
    // Each extreme input at 1 MB and at a quarter of that: the invariants must hold for both, and
    // the bigger must not take much more than 4 times as long (quadratic steps take 16 times).
    let slowest = { name: '', seconds: 0 };
    const extremeStart = Date.now();
    const quarter = extremeInputs(editorials[0], 250_000);
    const full = extremeInputs(editorials[0]);
    for (let i = 0; i < full.length; i++) {
      const seconds: number[] = [];
      for (const { name, text } of [quarter[i], full[i]]) {
        const t = process.cpuUsage();
        try {
          checkInvariants(text);
        } catch (err) {
          console.error(`\nFAILED: extreme input "${name}": ${err instanceof InvariantError ? err.message : String(err)}`);
          console.error(`input: ${describeInput(text)}`);
          return 1;
        }
        seconds.push(cpuSeconds(t));
        if (seconds[seconds.length - 1] > slowest.seconds) slowest = { name, seconds: seconds[seconds.length - 1] };
        extremes++;
      }
      const ratio = seconds[1] / seconds[0];
      if (full[i].text.length >= 3 * quarter[i].text.length && seconds[1] > 1 && ratio > MAX_GROWTH) {
        console.error(`\nFAILED: "${full[i].name}" is superlinear: ${seconds[0].toFixed(2)} s of CPU at ${quarter[i].text.length.toLocaleString('en')} chars, ` +
          `${seconds[1].toFixed(2)} s at ${full[i].text.length.toLocaleString('en')} (${ratio.toFixed(1)} times)`);
        return 1;
      }
    }
    console.log(`  extreme inputs (1 MB and 250 KB files, 1 MB lines, 10,000-deep nesting): ${extremes} in ${((Date.now() - extremeStart) / 1000).toFixed(1)} s, ` +
      `slowest "${slowest.name}" ${slowest.seconds.toFixed(1)} s of CPU`);
  }

  console.log(`OK: ${total.toLocaleString('en')} generated + ${extremes} extreme inputs, seed ${args.seed}, ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s wall, ${cpuSeconds(cpu).toFixed(1)} s CPU`);
  return 0;
}

process.exitCode = main();
