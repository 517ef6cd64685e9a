// The input modules fuzzed with a fixed seed (CI): CI_RUNS inputs of each suite of
// test/unit/fuzz/inputSuites.ts, checked for its invariants. The long run with a random seed and
// a time budget per input is bench/fuzzInputs.ts (`npm run fuzz`).
import * as fc from 'fast-check';
import { CI_RUNS, inputSuites } from './fuzz/inputSuites';

const SEED = 19_2025;

describe('input fuzz: every input module on generated inputs (fixed seed)', () => {
  inputSuites().forEach((suite, n) => {
    it(`${suite.name}: ${CI_RUNS.toLocaleString('en')} inputs`, function () {
      this.timeout(120_000);
      fc.assert(fc.property(suite.arbitrary, input => suite.check(input)), { seed: SEED + n, numRuns: CI_RUNS });
    });
  });
});
