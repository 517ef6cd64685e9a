// `npm test`: unit tests in plain Node, the integration suite in a real VS Code extension host,
// then the UI suite through the browser against the packaged extension.
// Ends with one plain line, "N passed, N failed", which CI reads.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Mocha from 'mocha';
import { runE2E } from './runE2E';
import { runIntegration, SuiteResult } from './runIntegration';

/** The unit files that run longest (measured: 20-50 s each on 2 cores), slowest first. */
const SLOW_FILES = ['parserFuzz.test.js', 'generatedPages.test.js', 'inputFuzz.test.js', 'htmlImportDamage.test.js', 'importer.test.js'];

async function runUnit(): Promise<SuiteResult> {
  console.log('Unit tests (plain Node)');
  const root = path.resolve(__dirname, '..', '..');
  // .mocharc.json is shared with `npx mocha`; its timeout applies here too.
  const rc = JSON.parse(fs.readFileSync(path.join(root, '.mocharc.json'), 'utf8')) as { timeout?: number };
  // One worker per core, a file at a time: the fuzz files take most of the suite's time and are
  // independent of each other. The slowest files are handed out first, so no worker is left
  // with a long one at the end (mocha hands files out in the order they were added).
  const jobs = Math.max(1, Math.min(os.availableParallelism(), 4));
  const mocha = new Mocha({ timeout: rc.timeout, reporter: 'spec', parallel: jobs > 1, jobs });
  const unitDir = path.join(root, 'out', 'test', 'unit');
  const files = (fs.readdirSync(unitDir, { recursive: true }) as string[]).filter(f => f.endsWith('.test.js')).sort();
  const size = (f: string) => fs.statSync(path.join(unitDir, f)).size;
  const first = (f: string) => (SLOW_FILES.includes(path.basename(f)) ? 0 : 1);
  files.sort((a, b) => first(a) - first(b) || SLOW_FILES.indexOf(path.basename(a)) - SLOW_FILES.indexOf(path.basename(b)) || size(b) - size(a));
  for (const f of files) mocha.addFile(path.join(unitDir, f));
  return new Promise(resolve => {
    const runner = mocha.run(failures => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? failures }));
  });
}

async function main(): Promise<void> {
  const suites: SuiteResult[] = [await runUnit()];
  if (process.env.UPSC_SKIP_INTEGRATION !== '1') suites.push(await runIntegration());
  if (process.env.UPSC_SKIP_E2E !== '1') suites.push(await runE2E());
  const passed = suites.reduce((n, s) => n + s.passed, 0);
  const failed = suites.reduce((n, s) => n + s.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

void main();
