// A student's first minute with the installed extension: a study folder with an editorials/
// folder opens on the extension itself (its walkthrough on the first step, the UPSC view open),
// without any file opened by hand. A second window of the same profile opens on what it had.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CodeServerSession } from '../vscode/codeServer';
import { closeWorkbench, openInstalled, screenshotOnFailure, SHOTS, SAMPLE_EDITORIAL, workspaceWithEditorials } from './session';
import type { Workbench } from './workbench';


describe('UI: the first run of the installed extension', function () {
  this.timeout(180000);
  let session: CodeServerSession;
  let wb: Workbench;
  let workspace: string;

  before(async () => {
    workspace = workspaceWithEditorials('notes-workspace', { '2024-02-17-indo-us.md': SAMPLE_EDITORIAL });
    // As on a student's machine: VS Code's default is to open walkthroughs of new extensions.
    ({ session, wb } = await openInstalled(workspace, { 'workbench.welcomePage.walkthroughs.openOnInstall': true, 'upscEditorials.walkthrough.openOnFirstRun': true }));
  });

  afterEach(screenshotOnFailure(() => session));

  after(() => closeWorkbench(session, workspace));

  it('opens on the walkthrough and the UPSC view, with the editorial listed', async () => {
    await wb.page.waitForFunction(() => [...document.querySelectorAll('.gettingStartedContainer, .getting-started')]
      .some(e => (e as HTMLElement).innerText.includes('Get started with UPSC Editorial Companion')), undefined, { timeout: 60000 });
    const steps: { title: string; expanded: boolean }[] = await wb.page.$$eval('.getting-started-step', (els: Element[]) => els.map(e => ({
      title: ((e.querySelector('.step-title') as HTMLElement | null)?.innerText ?? '').trim(),
      expanded: e.classList.contains('expanded'),
    })));
    assert.deepEqual(steps.map(s => s.title), ['Browse the sample editorial', 'Read the section summaries', 'Hover a term in a new note', 'Import your own editorial', 'Review flashcards', 'Write a mains answer']);
    assert.equal(steps.find(s => s.expanded)?.title, 'Browse the sample editorial');
    await wb.waitForFirstRow('Strengthening Indo-US Strategic Partnership');
    // Once the scan is done the view says nothing more about loading.
    await wb.page.waitForFunction(() => !(document.querySelector('.part.sidebar') as HTMLElement | null)?.innerText.includes('Loading editorials'), undefined, { timeout: 15000 });
    await wb.page.screenshot({ path: path.join(SHOTS, 'first-run.png') });
  });

  it('shows the README with its pictures on the installed extension\'s Details page', async () => {
    await wb.openViewContainer('Extensions');
    await wb.page.locator('.part.sidebar .extensions-viewlet .monaco-editor').first().click();
    await wb.page.keyboard.type('@installed UPSC');
    const item = wb.page.locator('.part.sidebar .extension-list-item:has-text("UPSC Editorial Companion")').first();
    await item.waitFor({ timeout: 20000 });
    await item.click();
    // The README is rendered in a webview of the extension editor; its images come from the .vsix.
    const readme = await wb.webviewFrame('img[alt*="prelims term"]', 30000);
    await readme.waitForFunction(() => [...document.images].every(i => i.complete), undefined, { timeout: 20000 });
    const images: { alt: string; width: number; src: string }[] = await readme.$$eval('img', (els: Element[]) => (els as HTMLImageElement[])
      .map(i => ({ alt: i.alt, width: i.naturalWidth, src: (i.getAttribute("src") ?? "").slice(0, 40) })));
    assert.ok(images.length >= 4, JSON.stringify(images));
    for (const image of images) assert.ok(image.width > 0, `"${image.alt}" did not load (src "${image.src}")`);
    await wb.page.screenshot({ path: path.join(SHOTS, 'details-page.png') });
  });
});
