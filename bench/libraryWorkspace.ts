// A workspace of N generated editorials and M notes (defaults 300 and 50, from the real structure;
// kept out of git under the system temp folder) opened in the real VS Code host: scan time, heap,
// index sizes, and tree/search/hover response. With --warm, opened a second time with the same
// user data (its workspace storage holds the persisted editorial index): a warm start.
//   node out/bench/libraryWorkspace.js [--count=3000] [--notes=500] [--warm]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeServerSession, freePort, PROJECT_ROOT } from '../test/vscode/codeServer';
import { generateEditorials, generateNote, realGlossary } from './generate';

const arg = (name: string, fallback: number) => Number(process.argv.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const COUNT = arg('count', 300);
const NOTES = arg('notes', 50);
const WARM = process.argv.includes('--warm');

async function open(workspace: string, userDataDir: string, port: number, label: string): Promise<Record<string, unknown>> {
  const resultFile = path.join(os.tmpdir(), `upsc-library-${process.pid}-${label}.json`);
  const session = new CodeServerSession();
  try {
    await session.start({
      workspace,
      userDataDir,
      port,
      env: { UPSC_BENCH_RESULT: resultFile },
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: path.join(PROJECT_ROOT, 'out', 'bench', 'libraryProbe'),
    });
    const t0 = Date.now();
    while (!fs.existsSync(resultFile)) {
      if (Date.now() - t0 > 600000) throw new Error('no result');
      await new Promise(r => setTimeout(r, 250));
    }
    return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Record<string, unknown>;
  } finally {
    await session.close();
    fs.rmSync(resultFile, { force: true });
  }
}

async function main(): Promise<void> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-library-'));
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-library-user-'));
  const glossary = realGlossary();
  fs.mkdirSync(path.join(workspace, 'editorials'));
  fs.mkdirSync(path.join(workspace, 'notes'));
  generateEditorials(COUNT, glossary).forEach((text, i) =>
    fs.writeFileSync(path.join(workspace, 'editorials', `ed-${String(i).padStart(5, '0')}.md`), text));
  for (let i = 0; i < NOTES; i++) fs.writeFileSync(path.join(workspace, 'notes', `note-${i}.md`), generateNote({ chars: 3000 }, glossary, 100 + i));
  fs.writeFileSync(path.join(workspace, 'notes.md'), '# Notes\n\nCAATSA and the Quad.\n');
  const bytes = fs.readdirSync(path.join(workspace, 'editorials')).reduce((n, f) => n + fs.statSync(path.join(workspace, 'editorials', f)).size, 0);
  try {
    const port = await freePort();
    const cold = await open(workspace, userDataDir, port, 'cold');
    const result: Record<string, unknown> = { count: COUNT, notes: NOTES, megabytes: Math.round(bytes / 1048576 * 10) / 10, ...cold };
    if (WARM) result.warm = await open(workspace, userDataDir, port, 'warm');
    console.log(JSON.stringify(result, null, 2));
    fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'library-workspace.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    if (!process.env.UPSC_KEEP) fs.rmSync(userDataDir, { recursive: true, force: true }); else console.log("user data:", userDataDir);
  }
}

void main();
