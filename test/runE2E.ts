// UI tests (test/e2e): packages the extension as a .vsix, installs it into a fresh code-server
// and drives the workbench in headless Chromium with mocha. Screenshots go to UPSC_SCREENSHOTS
// (default: a temp folder, printed at the end). web.e2e.ts runs the web-only variant (from the
// same build's dist/web) in the browser's web-worker extension host, as vscode.dev does.
// UPSC_E2E_FILES=web,ui runs only the files whose names contain one of those words.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { SuiteResult } from './runIntegration';
import { PROJECT_ROOT } from './vscode/codeServer';

/**
 * Files dist/extension.js requires by relative path (dist/htmlLibraries.js, required on the first
 * HTML import) that `vsce ls` does not list: the UI tests would not notice, since they never
 * import HTML on the desktop host.
 */
function missingFromPackage(): string[] {
  const ls = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const files = new Set(ls.stdout.split('\n').map(l => l.trim()).filter(Boolean));
  const bundle = fs.readFileSync(path.join(PROJECT_ROOT, 'dist', 'extension.js'), 'utf8');
  return [...bundle.matchAll(/require\("(\.\/[^"]+)"\)/g)].map(m => path.posix.join('dist', m[1])).filter(f => !files.has(f));
}

export async function runE2E(): Promise<SuiteResult> {
  console.log('\nUI tests through the browser (installed .vsix in code-server)');
  const vsix = path.join(PROJECT_ROOT, 'upsc-editorial-companion.vsix');
  // Packaged exactly as `npm run package` does (its README with the pictures inlined, …), to this path.
  const script = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.package;
  const args = script.split(/\s+/).slice(1);
  args.splice(args.indexOf('--out'), 2, '--out', vsix);
  const pack = spawnSync('npx', ['vsce', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (pack.status !== 0) {
    console.error(pack.stdout, pack.stderr);
    return { passed: 0, failed: 1 };
  }
  console.log(`  packaged ${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(1)} KB`);
  const missing = missingFromPackage();
  if (missing.length) {
    console.error(`  ✘ the Node bundle requires files the package leaves out (.vscodeignore): ${missing.join(', ')}`);
    return { passed: 0, failed: 1 };
  }
  const web = path.join(PROJECT_ROOT, 'dist', 'web', 'extension.js');
  if (fs.existsSync(web)) console.log(`  web bundle dist/web/extension.js: ${(fs.statSync(web).size / 1024).toFixed(1)} KB`);
  process.env.UPSC_VSIX = vsix;
  const mocha = new Mocha({ timeout: 180000, reporter: 'spec' });
  const dir = path.join(__dirname, 'e2e');
  const only = (process.env.UPSC_E2E_FILES ?? '').split(',').map(s => s.trim()).filter(Boolean);
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.e2e.js')).sort()) {
    if (!only.length || only.some(w => f.includes(w))) mocha.addFile(path.join(dir, f));
  }
  return new Promise(resolve => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
}

if (require.main === module) {
  void runE2E().then(r => {
    console.log(`${r.passed} passed, ${r.failed} failed`);
    process.exitCode = r.failed ? 1 : 0;
  });
}
