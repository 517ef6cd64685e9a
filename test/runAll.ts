// `npm test`: unit tests in plain Node, the integration suite in a real VS Code extension host,
// then the UI suite through the browser against the packaged extension.
// Ends with one plain line, "N passed, N failed", which CI reads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { runE2E } from './runE2E';
import { runIntegration, SuiteResult } from './runIntegration';

async function runUnit(): Promise<SuiteResult> {
  console.log('Unit tests (plain Node)');
  const root = path.resolve(__dirname, '..', '..');
  // .mocharc.json is shared with `npx mocha`; its timeout applies here too.
  const rc = JSON.parse(fs.readFileSync(path.join(root, '.mocharc.json'), 'utf8')) as { timeout?: number };
  const mocha = new Mocha({ timeout: rc.timeout, reporter: 'spec' });
  const unitDir = path.join(root, 'out', 'test', 'unit');
  const files = (fs.readdirSync(unitDir, { recursive: true }) as string[]).filter(f => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(unitDir, f));
  return new Promise(resolve => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
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
