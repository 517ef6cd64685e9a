// What every UI test file shares: where screenshots go, opening the workbench on a copied
// workspace and closing it again, and a screenshot of the page when a test fails.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { CodeServerSession, copyWorkspace, LaunchOptions, PROJECT_ROOT } from '../vscode/codeServer';
import { Workbench } from './workbench';

/** The installed copy under test: test/runE2E.ts packages it and passes its path. */
export const VSIX = process.env.UPSC_VSIX ?? '';

/** One folder for the whole run's screenshots (kept: the README's pictures come from here). */
export const SHOTS = process.env.UPSC_SCREENSHOTS || fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-e2e-shots-'));

/** Starts code-server on `workspace` and waits until the workbench has settled. */
export async function openWorkbench(options: LaunchOptions): Promise<{ session: CodeServerSession; wb: Workbench }> {
  const session = new CodeServerSession();
  const page = await session.start(options);
  await page.waitForSelector('.part.activitybar', { timeout: 30000 });
  await new Promise(r => setTimeout(r, 1500));
  return { session, wb: new Workbench(page) };
}

/** The bundled sample editorial, the one most UI tests copy into their workspace. */
export const SAMPLE_EDITORIAL = path.join(PROJECT_ROOT, 'data', 'editorials', 'indo-us-editorial.md');

/** A copy of a fixture workspace with editorials copied in under editorials/ (file name → source file). */
export function workspaceWithEditorials(fixture: string, editorials: Record<string, string>): string {
  const workspace = copyWorkspace(fixture);
  fs.mkdirSync(path.join(workspace, 'editorials'), { recursive: true });
  for (const [name, from] of Object.entries(editorials)) fs.copyFileSync(from, path.join(workspace, 'editorials', name));
  return workspace;
}

/** The packaged extension (test/runE2E.ts made it) installed into a fresh code-server on `workspace`. */
export function openInstalled(workspace: string, settings: Record<string, unknown> = {}): Promise<{ session: CodeServerSession; wb: Workbench }> {
  assert.ok(VSIX && fs.existsSync(VSIX), `packaged extension at ${VSIX}`);
  return openWorkbench({ workspace, installVsix: [VSIX], settings });
}

/** Closes code-server (if it started) and removes the folders a test file made (those it has). */
export async function closeWorkbench(session: CodeServerSession | undefined, ...folders: (string | undefined)[]): Promise<void> {
  await session?.close();
  for (const folder of folders) if (folder) fs.rmSync(folder, { recursive: true, force: true });
}

/** An `afterEach` hook: a failed test leaves a screenshot named after it (and `prefix`). */
export function screenshotOnFailure(session: () => CodeServerSession | undefined, prefix = '', more?: () => string[]) {
  return async function (this: Mocha.Context): Promise<void> {
    const page = session()?.page;
    if (this.currentTest?.state !== 'failed' || !page) return;
    const file = path.join(SHOTS, `${prefix}failed-${this.currentTest.title.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    console.log(`      screenshot: ${file}`);
    for (const line of more?.() ?? []) console.log(`      ${line}`);
  };
}
