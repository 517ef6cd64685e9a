// What a student does, through the browser, against the installed .vsix in a real VS Code:
// browse the tree, jump to a point, hover a term in notes, open the summaries, filter, look.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeServerSession, copyWorkspace, Page } from '../vscode/codeServer';
import { Workbench } from './workbench';

const VSIX = process.env.UPSC_VSIX ?? '';
const SHOTS = process.env.UPSC_SCREENSHOTS || fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-e2e-shots-'));

async function launch(fixture: string, settings: Record<string, unknown> = {}): Promise<{ session: CodeServerSession; wb: Workbench; workspace: string }> {
  const workspace = copyWorkspace(fixture);
  const session = new CodeServerSession();
  const page = await session.start({ workspace, installVsix: [VSIX], settings });
  await page.waitForSelector('.part.activitybar', { timeout: 30000 });
  await new Promise(r => setTimeout(r, 1500));
  return { session, wb: new Workbench(page), workspace };
}

describe('UI: the student\'s path through the installed extension', function () {
  this.timeout(180000);
  let session: CodeServerSession;
  let wb: Workbench;
  let workspace: string;

  before(async () => {
    assert.ok(VSIX && fs.existsSync(VSIX), `packaged extension at ${VSIX}`);
    ({ session, wb, workspace } = await launch('notes-workspace'));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session.page) {
      const file = path.join(SHOTS, `failed-${this.currentTest.title.replace(/\W+/g, '-')}.png`);
      await session.page.screenshot({ path: file }).catch(() => undefined);
      console.log(`      screenshot: ${file}`);
    }
  });

  after(async () => {
    await session?.close();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('opens the UPSC Editorials view and shows the sample with its sections', async () => {
    await wb.openViewContainer('UPSC Editorials');
    const rows = await wb.treeRows();
    assert.equal(rows[0].label, 'Strengthening Indo-US Strategic Partnership');
    assert.match(rows[0].description, /2024-02-17/);
    assert.deepEqual(rows.filter(r => r.level === 2).map(r => r.description).slice(0, 4), ['7 points', '7 points', '9 points', '7 points']);
  });

  it('expands a section and jumps to a point\'s source', async () => {
    await wb.clickRow('What are the Key Areas of Friction');
    const rows = await wb.treeRows();
    const points = rows.filter(r => r.level === 3).map(r => r.label);
    assert.deepEqual(points.slice(0, 2), ['Trade Disputes and Tariff Barriers', 'Defense Technology and Export Control Restrictions']);
    await wb.clickRow('Defense Technology and Export Control Restrictions');
    await wb.waitForTab('indo-us-editorial.md');
    const selected = await wb.page.evaluate(() => document.querySelectorAll('.editor-instance .monaco-editor .selected-text').length);
    assert.ok(selected > 0, 'the point\'s lines are selected');
  });

  it('expands a prelims term on hover in a notes file', async () => {
    await wb.openFile('notes.md');
    const text = await wb.hover('CAATSA');
    assert.match(text, /CAATSA · law/);
    assert.match(text, /2017 US federal law/);
    assert.match(text, /Mentioned in/);
    await wb.page.screenshot({ path: path.join(SHOTS, 'hover.png') });
  });

  it('opens the section summaries, filters them and shows them as part of VS Code', async () => {
    await wb.runCommand('UPSC: Show Section Summaries');
    const frame: Page = await wb.webviewFrame('section.section');
    const headings: string[] = await frame.$$eval('section.section h2', (hs: Element[]) => hs.map(h => (h as HTMLElement).innerText.trim()));
    assert.deepEqual(headings.slice(0, 4), [
      'What are the Key Areas of Cooperation Between India and the US?',
      'What are the Key Areas of Friction Between India and the US?',
      'What Measures India Can Adopt to Further Enhance Ties with the US?',
      'What are the Key Groupings that India and the US Are Part of?',
    ]);
    assert.equal(headings.length, 7);
    await wb.page.screenshot({ path: path.join(SHOTS, 'summaries-light.png') });
    await frame.fill('#filter', 'NISAR');
    const visible = await frame.$$eval('.summary-body > ul > li', (lis: Element[]) => lis.filter(li => getComputedStyle(li).display !== 'none').map(li => (li as HTMLElement).innerText.split(':')[0]));
    assert.deepEqual(visible, ['Space Collaboration']);
    await frame.click('#mode-full');
    assert.equal(await frame.getAttribute('#mode-full', 'aria-pressed'), 'true');
    await frame.fill('#filter', '');
    await wb.page.screenshot({ path: path.join(SHOTS, 'summaries-full.png') });
  });

  it('reviews two flashcards with the keyboard alone', async () => {
    await wb.runCommand('UPSC: Review Due Cards');
    const frame: Page = await wb.webviewFrame('#front');
    const meta = () => frame.$eval('#meta', (e: Element) => (e as HTMLElement).innerText);
    await frame.waitForFunction(() => document.getElementById('front')!.innerText.trim().length > 0);
    const total = Number(/\/ (\d+)/.exec(await meta())![1]);
    assert.ok(total >= 20, `${total} cards due`);
    assert.match(await meta(), /^1 \//);
    for (const [n, grade] of [[1, '3'], [2, '4']] as const) {
      assert.equal(await frame.$eval('#back', (e: Element) => (e as HTMLElement).hidden), true, 'answer hidden first');
      await frame.focus('#show');
      await wb.page.keyboard.press('Space');
      assert.equal(await frame.$eval('#back', (e: Element) => (e as HTMLElement).hidden), false, 'Space shows the answer');
      if (n === 1) await wb.page.screenshot({ path: path.join(SHOTS, 'review.png') });
      await wb.page.keyboard.press(grade);
      await frame.waitForFunction((k: number) => document.getElementById('meta')!.innerText.startsWith(`${k + 1} /`), n);
    }
  });

  it('imports an editorial copied from a web page and shows it in the tree', async () => {
    const text = 'Reviving India–Japan Ties\n\nThis editorial is based on “Tokyo calling” which was published in The Hindu on 05/03/2025.\n\nFor Prelims: Quad, IPEF\n\nWhat are the Key Areas of Cooperation?\n\n• Defence Ties: Both countries hold the JIMEX naval exercise.\n• Economic Ties: Japan is a major investor in India.\n\nConclusion\n\nThe partnership will grow.\n';
    await wb.page.evaluate((t: string) => navigator.clipboard.writeText(t), text);
    await wb.runCommand('UPSC: Import Editorial from Clipboard');
    await wb.waitForTab('2025-03-05-reviving-india-japan-ties.md');
    await wb.openViewContainer('UPSC Editorials');
    await wb.page.waitForFunction(() => [...document.querySelectorAll('.part.sidebar .monaco-list-row .label-name')].some(e => (e as HTMLElement).innerText.includes('Reviving India–Japan Ties')), null, { timeout: 15000 });
    const rows = await wb.treeRows();
    assert.ok(!rows.some(r => r.label === 'Strengthening Indo-US Strategic Partnership'), 'the sample gives way to the student\'s own editorial');
    await wb.page.screenshot({ path: path.join(SHOTS, 'import.png') });
  });
});

describe('UI: hostile editorial content stays inert (dark theme)', function () {
  this.timeout(180000);
  let session: CodeServerSession;
  let wb: Workbench;
  let workspace: string;

  before(async () => {
    ({ session, wb, workspace } = await launch('hostile-workspace', { 'workbench.colorTheme': 'Default Dark Modern' }));
  });

  after(async () => {
    await session?.close();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('shows the hostile editorial in the tree as text', async () => {
    await wb.openViewContainer('UPSC Editorials');
    const rows = await wb.treeRows();
    assert.match(rows[0].label, /^Hostile <script>window\.__upscPwned = 'title'<\/script> Editorial$/);
  });

  it('renders it in the summaries webview without running any of it', async () => {
    await wb.openFile('hostile.md');
    await wb.runCommand('UPSC: Show Section Summaries');
    const frame: Page = await wb.webviewFrame('section.section');
    await frame.click('#mode-full');
    await new Promise(r => setTimeout(r, 1000));
    const result = await frame.evaluate(() => ({
      pwned: (window as unknown as { __upscPwned?: string }).__upscPwned ?? null,
      injectedScripts: [...document.querySelectorAll('script')].filter(s => (s.textContent || '').includes('__upscPwned')).map(s => s.outerHTML.slice(0, 300)),
      ourScript: [...document.querySelectorAll('script[nonce]')].filter(s => /summary\.js$/.test(s.getAttribute('src') || '')).length,
      // VS Code itself adds one <style id="_defaultStyles"> to every webview.
      dangerous: [...document.querySelectorAll('img, iframe, svg, style, object, embed')].filter(e => e.id !== '_defaultStyles').map(e => e.outerHTML.slice(0, 120)),
      badLinks: [...document.querySelectorAll('a')].map(a => a.getAttribute('href') || '').filter(h => /^(javascript|command|data|vbscript):/i.test(h)),
      text: document.body.innerText,
    }));
    const parentPwned = await wb.page.evaluate(() => (window as unknown as { __upscPwned?: string }).__upscPwned ?? null);
    assert.equal(result.pwned, null, 'no injected script ran in the webview');
    assert.equal(parentPwned, null, 'nor in the workbench');
    assert.deepEqual(result.injectedScripts, [], 'no script element from the editorial');
    assert.equal(result.ourScript, 1, 'the page\'s own nonce script is there');
    assert.deepEqual(result.dangerous, []);
    assert.deepEqual(result.badLinks, []);
    assert.match(result.text, /<img src=x onerror=/, 'the markup is shown as text');
    await wb.page.screenshot({ path: path.join(SHOTS, 'summaries-dark-hostile.png') });
  });
});
