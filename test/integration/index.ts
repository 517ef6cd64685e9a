// Entry point VS Code loads as `extensionTestsPath`, for both hosts: code-server (our offline
// runner, test/runIntegration.ts) and @vscode/test-electron (test/runElectron.ts). Runs every
// `*.test.js` beside it with mocha inside the real extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestReport {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed'; ms: number; error?: string }[];
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  const dir = __dirname;
  const only = process.env.UPSC_TEST_GREP;
  if (only) mocha.grep(only);
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));

  const report: TestReport = { passed: 0, failed: 0, tests: [] };
  await new Promise<void>(resolve => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', t => {
      report.passed++;
      report.tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration ?? 0 });
    });
    runner.on('fail', (t, err: Error) => {
      report.failed++;
      report.tests.push({ title: t.fullTitle(), state: 'failed', ms: t.duration ?? 0, error: String(err?.stack ?? err) });
    });
  });

  const out = process.env.UPSC_TEST_RESULT;
  if (out) {
    fs.writeFileSync(out + '.tmp', JSON.stringify(report, null, 1));
    fs.renameSync(out + '.tmp', out);
  }
  if (report.failed) throw new Error(`${report.failed} integration test(s) failed`);
}
