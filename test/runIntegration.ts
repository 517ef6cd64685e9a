// Runs the integration suite (out/test/integration) inside a real VS Code extension host.
// Default host: code-server 4.100.3 offline (installed on first use). With
// `UPSC_TEST_HOST=electron` the same suite runs through @vscode/test-electron instead, for
// machines that can download VS Code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeServerSession, copyWorkspace, PROJECT_ROOT } from './vscode/codeServer';
import type { TestReport } from './integration';

const TESTS_ENTRY = path.join(PROJECT_ROOT, 'out', 'test', 'integration', 'index');
const TIMEOUT_MS = Number(process.env.UPSC_INTEGRATION_TIMEOUT_MS || 300000);

export interface SuiteResult {
  passed: number;
  failed: number;
}

function print(report: TestReport): void {
  for (const t of report.tests) {
    console.log(`  ${t.state === 'passed' ? '✔' : '✘'} ${t.title} (${t.ms} ms)`);
    if (t.error) console.log(t.error.split('\n').slice(0, 8).map(l => '      ' + l).join('\n'));
  }
}

async function inCodeServer(resultFile: string, workspace: string): Promise<TestReport> {
  const session = new CodeServerSession();
  try {
    await session.start({
      workspace,
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: TESTS_ENTRY,
      env: { UPSC_TEST_RESULT: resultFile },
    });
    const t0 = Date.now();
    while (!fs.existsSync(resultFile)) {
      if (session.serverExited()) throw new Error('code-server exited:\n' + session.tail(session.serverLog));
      if (Date.now() - t0 > TIMEOUT_MS) throw new Error(`no result after ${TIMEOUT_MS / 1000}s`);
      await new Promise(r => setTimeout(r, 250));
    }
    return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as TestReport;
  } catch (err) {
    console.error(String(err));
    const hostErrors = session.extensionHostErrors();
    if (hostErrors) console.error('extension host errors:\n' + hostErrors);
    if (session.logs.length) console.error('browser errors:\n' + session.logs.filter(l => !/gallery|open-vsx|ERR_NAME|ENOTFOUND|404/.test(l)).slice(-10).join('\n'));
    throw err;
  } finally {
    await session.close();
  }
}

async function inElectron(resultFile: string, workspace: string): Promise<TestReport> {
  const { runTests } = await import('@vscode/test-electron');
  process.env.UPSC_TEST_RESULT = resultFile;
  await runTests({
    extensionDevelopmentPath: PROJECT_ROOT,
    extensionTestsPath: TESTS_ENTRY,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { UPSC_TEST_RESULT: resultFile },
  }).catch(() => undefined); // a failing suite exits non-zero; the report file says what failed
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as TestReport;
}

export async function runIntegration(): Promise<SuiteResult> {
  const host = process.env.UPSC_TEST_HOST === 'electron' ? 'electron' : 'code-server';
  const workspace = copyWorkspace('notes-workspace');
  const resultFile = path.join(workspace, '..', `upsc-result-${process.pid}-${Date.now()}.json`);
  console.log(`\nIntegration tests in a real VS Code (${host})`);
  const t0 = Date.now();
  try {
    const report = host === 'electron' ? await inElectron(resultFile, workspace) : await inCodeServer(resultFile, workspace);
    print(report);
    console.log(`  ${report.passed} passing, ${report.failed} failing (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return { passed: report.passed, failed: report.failed };
  } catch {
    // The host itself failed (did not start, timed out): count the suite as one failure.
    return { passed: 0, failed: 1 };
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(resultFile, { force: true });
  }
}

if (require.main === module) {
  void runIntegration().then(r => {
    console.log(`${r.passed} passed, ${r.failed} failed`);
    process.exitCode = r.failed ? 1 : 0;
  });
}
