// A workspace of N generated editorials (default 300, from the real structure; kept out of git
// under the system temp folder) opened in the real VS Code host: scan time, heap, index sizes,
// and tree/search/hover response. `node out/bench/libraryWorkspace.js [--count=300]`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeServerSession, PROJECT_ROOT } from '../test/vscode/codeServer';
import { generateEditorials, realGlossary } from './generate';

const COUNT = Number(process.argv.find(a => a.startsWith('--count='))?.slice(8) ?? 300);

async function main(): Promise<void> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-library-'));
  fs.mkdirSync(path.join(workspace, 'editorials'));
  generateEditorials(COUNT, realGlossary()).forEach((text, i) =>
    fs.writeFileSync(path.join(workspace, 'editorials', `ed-${String(i).padStart(4, '0')}.md`), text));
  fs.writeFileSync(path.join(workspace, 'notes.md'), '# Notes\n\nCAATSA and the Quad.\n');
  const bytes = fs.readdirSync(path.join(workspace, 'editorials')).reduce((n, f) => n + fs.statSync(path.join(workspace, 'editorials', f)).size, 0);
  const resultFile = path.join(workspace, '..', `upsc-library-${process.pid}.json`);
  const session = new CodeServerSession();
  try {
    await session.start({
      workspace,
      env: { UPSC_BENCH_RESULT: resultFile },
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: path.join(PROJECT_ROOT, 'out', 'bench', 'libraryProbe'),
    });
    const t0 = Date.now();
    while (!fs.existsSync(resultFile)) {
      if (Date.now() - t0 > 300000) throw new Error('no result');
      await new Promise(r => setTimeout(r, 250));
    }
    const result = { count: COUNT, megabytes: Math.round(bytes / 1048576 * 10) / 10, ...JSON.parse(fs.readFileSync(resultFile, 'utf8')) };
    console.log(JSON.stringify(result, null, 2));
    fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'library-workspace.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await session.close();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(resultFile, { force: true });
  }
}

void main();
