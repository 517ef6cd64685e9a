// The long fuzz run of every input module besides the parser: the suites of
// test/unit/fuzz/inputSuites.ts (import of markdown, plain text and web pages, glossary JSON and
// markdown, note links and word counts, cards and summaries, globs, the review log) with many more
// inputs than CI, a random seed and a CPU budget per input. `npm run fuzz` runs it after the
// parser's (bench/fuzzLong.ts).
//
//   npx tsc -p . && node out/bench/fuzzInputs.js [--runs N] [--seed S] [--suite K] [--budget MS]
//
// --runs    inputs per suite (default 100,000)
// --seed    base seed (default random); printed, so a failure can be replayed with it
// --suite   run only suite number K (1-based, as printed)
// --budget  CPU milliseconds one input may take (default 250: the inputs are at most a few KB,
//           so anything near it is a super-linear step, not a slow machine)
import * as fc from 'fast-check';
import { checkWithin, inputSuites } from '../test/unit/fuzz/inputSuites';

interface Args { runs: number; seed: number; suite?: number; budget: number }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { runs: 100_000, seed: (Math.random() * 2 ** 31) | 0, budget: 250 };
  for (let i = 0; i < argv.length; i++) {
    const v = Number(argv[i + 1]);
    if (!['--runs', '--seed', '--suite', '--budget'].includes(argv[i])) throw new Error(`unknown argument ${argv[i]}; usage: fuzzInputs [--runs N] [--seed S] [--suite K] [--budget MS]`);
    if (!Number.isInteger(v)) throw new Error(`${argv[i]} needs an integer, got ${argv[i + 1]}`);
    if (argv[i] === '--runs') args.runs = v;
    else if (argv[i] === '--seed') args.seed = v;
    else if (argv[i] === '--suite') args.suite = v;
    else args.budget = v;
    i++;
  }
  return args;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const suites = inputSuites();
  console.log(`input modules long fuzz: seed ${args.seed}, ${args.runs.toLocaleString('en')} inputs per suite, ${args.budget} ms CPU per input, node ${process.version}`);
  const started = Date.now();
  let total = 0;
  for (let k = 0; k < suites.length; k++) {
    if (args.suite !== undefined && args.suite !== k + 1) continue;
    const suite = suites[k];
    const seed = (args.seed + k * 1_000_003) | 0;
    const t0 = Date.now();
    const details = fc.check(fc.property(suite.arbitrary, input => checkWithin(suite, input, args.budget)), { seed, numRuns: args.runs });
    if (details.failed) {
      const input = details.counterexample?.[0];
      console.error(`\nFAILED: suite ${k + 1} "${suite.name}" (suite seed ${seed}) after ${details.numRuns} inputs, shrunk ${details.numShrinks} times`);
      console.error(`error: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
      // (JSON leaves U+2028/U+2029 as they are: shown escaped, or the input cannot be copied.)
      console.error(`counterexample: ${JSON.stringify(input)?.replace(/[\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16)}`).slice(0, 2000)}`);
      console.error(`replay: node out/bench/fuzzInputs.js --seed ${args.seed} --runs ${args.runs} --suite ${k + 1} --budget ${args.budget}`);
      return 1;
    }
    total += args.runs;
    const seconds = (Date.now() - t0) / 1000;
    console.log(`  ${k + 1}. ${suite.name}: ${args.runs.toLocaleString('en')} inputs in ${seconds.toFixed(1)} s`);
  }
  console.log(`OK: ${total.toLocaleString('en')} inputs, seed ${args.seed}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = main();
