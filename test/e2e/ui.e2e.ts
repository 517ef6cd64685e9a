// What a student does, through the browser, against the installed .vsix in a real VS Code:
// browse the tree, jump to a point, hover a term in notes, open the summaries, filter, look.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeServerSession, copyWorkspace, Page } from '../vscode/codeServer';
import { closeWorkbench, openWorkbench, screenshotOnFailure, SHOTS, VSIX } from './session';
import type { Workbench } from './workbench';

async function launch(fixture: string, settings: Record<string, unknown> = {}): Promise<{ session: CodeServerSession; wb: Workbench; workspace: string }> {
  const workspace = copyWorkspace(fixture);
  return { ...await openWorkbench({ workspace, installVsix: [VSIX], settings }), workspace };
}

/** What has focus in a webview frame: enough to follow the Tab order. */
interface Focused { tag: string; id: string; cls: string; name: string; expanded: string | null; pressed: string | null; grade: string | null; outline: string }
function focused(frame: Page): Promise<Focused | null> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !document.hasFocus()) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(), id: el.id, cls: el.className,
      name: (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80),
      expanded: el.getAttribute('aria-expanded'), pressed: el.getAttribute('aria-pressed'), grade: el.getAttribute('data-grade'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `done` holds for what has focus; returns every stop on the way. */
async function tabUntil(wb: Workbench, frame: Page, done: (f: Focused) => boolean, { back = false, max = 40 } = {}): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await wb.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(frame);
    assert.ok(f, `focus stays in the page (after ${JSON.stringify(stops.map(s => s.id || s.name))})`);
    stops.push(f);
    if (done(f)) return stops;
  }
  throw new Error(`not reached in ${max} presses: ${JSON.stringify(stops.map(s => s.id || s.name))}`);
}

/** The text of a webview's polite status region, once it says something matching `re`. */
async function statusSays(frame: Page, re: RegExp): Promise<string> {
  const h = await frame.waitForFunction((src: string) => {
    const t = (document.querySelector('[role="status"]')?.textContent || '').trim();
    return new RegExp(src).test(t) ? t : null;
  }, re.source, { timeout: 5000 });
  return (await h.jsonValue()) as string;
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

  afterEach(screenshotOnFailure(() => session));

  after(() => closeWorkbench(session, workspace));

  it('opens the UPSC Editorials view and shows the sample with its sections', async () => {
    await wb.openViewContainer('UPSC Editorials');
    const rows = await wb.treeRows();
    assert.equal(rows[0].label, 'Strengthening Indo-US Strategic Partnership');
    assert.match(rows[0].description, /2024-02-17/);
    assert.deepEqual(rows.filter(r => r.level === 2).map(r => r.description).slice(0, 4), ['7 points', '7 points', '9 points', '7 points']);
  });

  it('expands a section and jumps to a point\'s source', async () => {
    await wb.clickRow('Key Areas of Friction');
    const rows = await wb.treeRows();
    const points = rows.filter(r => r.level === 3).map(r => r.label);
    assert.deepEqual(points.slice(0, 2), ['Trade Disputes and Tariff Barriers', 'Defense Technology and Export Control Restrictions']);
    await wb.clickRow('Defense Technology and Export Control Restrictions');
    await wb.waitForTab('indo-us-editorial.md');
    const selected = await wb.page.evaluate(() => document.querySelectorAll('.editor-instance .monaco-editor .selected-text').length);
    assert.ok(selected > 0, 'the point\'s lines are selected');
  });

  it('labels the tree rows for screen readers with their kind, text and counts', async () => {
    await wb.openViewContainer('UPSC Editorials');
    const labels = (): Promise<string[]> => wb.page.$$eval('.part.sidebar .monaco-list-row', (rows: Element[]) => rows.map(r => r.getAttribute('aria-label') || ''));
    const rows = await labels();
    assert.ok(rows.some(l => /^Editorial: Strengthening Indo-US Strategic Partnership, 2024-02-17/.test(l)), JSON.stringify(rows));
    assert.ok(rows.includes('Section: What are the Key Areas of Friction Between India and the US?, 7 points'), JSON.stringify(rows));
    assert.ok(rows.some(l => /^Point: Trade Disputes and Tariff Barriers: .{20,}/.test(l)), 'a point is read with its whole text');
    // The previous-year question: its kind, exam year and text.
    await wb.clickRow('Key Areas of Friction'); // collapse, so the last sections are on screen
    assert.ok((await labels()).includes('Section: Conclusion, 1 paragraph'));
    await wb.clickRow('UPSC Civil Services Examination, Previous Year Question');
    const pyq = (await labels()).find(l => l.startsWith('Previous year question'));
    assert.match(pyq ?? '', /^Previous year question, (Mains )?2019: 'What introduces friction into the ties between India and the United States/);
    await wb.clickRow('UPSC Civil Services Examination, Previous Year Question');
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

  it('drives the section summaries with the keyboard alone and exposes headings, landmarks and states', async () => {
    // A fresh panel (no saved filter or mode), focused by VS Code when it opens.
    await wb.runCommand('View: Close All Editors');
    await wb.runCommand('UPSC: Show Section Summaries');
    const frame: Page = await wb.webviewFrame('section.section');
    await frame.waitForFunction(() => document.body.classList.contains('mode-summary'));
    await frame.waitForFunction(() => document.hasFocus() && document.activeElement === document.body, null, { timeout: 5000 });

    // Tab from the top: the prelims term chips, then the filter.
    const toFilter = await tabUntil(wb, frame, f => f.id === 'filter');
    assert.ok(toFilter.slice(0, -1).every(f => f.tag === 'a' && /\bchip\b/.test(f.cls)), JSON.stringify(toFilter));
    await wb.page.keyboard.type('NISAR');
    assert.equal(await statusSays(frame, /match/), '1 section matches');
    const visible = await frame.$$eval('.summary-body > ul > li', (lis: Element[]) => lis.filter(li => getComputedStyle(li).display !== 'none').map(li => (li as HTMLElement).innerText.split(':')[0]));
    assert.deepEqual(visible, ['Space Collaboration']);

    // On to the first section's heading button, past the view buttons and the table of contents.
    const toSection = await tabUntil(wb, frame, f => /\btoggle\b/.test(f.cls));
    assert.deepEqual(toSection.slice(0, 3).map(f => f.id), ['mode-summary', 'mode-full', 'toggle-all']);
    assert.equal(toSection.filter(f => f.tag === 'a').length >= 7, true, 'the table of contents links are in the Tab order');
    const toggle = toSection[toSection.length - 1];
    assert.equal(toggle.id, 'toggle-0');
    assert.equal(toggle.name, 'What are the Key Areas of Cooperation Between India and the US?');
    assert.equal(toggle.expanded, 'true');
    assert.match(toggle.outline, /^solid [1-9]/, 'a visible focus ring');
    await wb.page.keyboard.press('Enter');
    assert.equal(await frame.getAttribute('#toggle-0', 'aria-expanded'), 'false', 'Enter collapses the section');
    assert.equal(await frame.$eval('#body-0', (e: Element) => (e as HTMLElement).hidden), true);
    assert.equal(await frame.innerText('#toggle-all'), 'Expand all');
    await wb.page.screenshot({ path: path.join(SHOTS, 'summaries-keyboard.png') });
    await wb.page.keyboard.press('Space');
    assert.equal(await frame.getAttribute('#toggle-0', 'aria-expanded'), 'true', 'Space expands it again');
    assert.equal((await focused(frame))?.id, 'toggle-0', 'focus stays on the button');

    // Back to the view buttons: Space on "Full text" presses it, and the filter result is said again.
    await tabUntil(wb, frame, f => f.id === 'mode-full', { back: true });
    await wb.page.keyboard.press('Space');
    assert.equal(await frame.getAttribute('#mode-full', 'aria-pressed'), 'true');
    assert.equal(await frame.getAttribute('#mode-summary', 'aria-pressed'), 'false');
    assert.equal(await statusSays(frame, /match/), '1 section matches');
    await wb.page.keyboard.press('Shift+Tab');
    await wb.page.keyboard.press('Space');
    assert.equal(await frame.getAttribute('#mode-summary', 'aria-pressed'), 'true');
    // Escape in the filter clears it.
    await tabUntil(wb, frame, f => f.id === 'filter', { back: true, max: 3 });
    await wb.page.keyboard.press('Escape');
    assert.equal(await frame.inputValue('#filter'), '');
    assert.equal(await statusSays(frame, /cleared/), 'Filter cleared: all points shown');

    // What a screen reader finds: one h1, an h2 per section, landmarks, named controls and states.
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
    const h1 = frame.getByRole('heading', { level: 1 });
    assert.equal(await h1.count(), 1);
    assert.equal((await h1.innerText()).trim(), 'Strengthening Indo-US Strategic Partnership');
    assert.equal(await frame.getByRole('heading', { level: 2 }).count(), 7);
    assert.equal(await frame.getByRole('main').count(), 1);
    assert.equal(await frame.getByRole('banner').count(), 1);
    assert.equal(await frame.getByRole('navigation', { name: 'Sections' }).count(), 1);
    assert.equal(await frame.getByRole('search').count(), 1);
    assert.equal(await frame.getByRole('searchbox', { name: 'Filter points' }).count(), 1);
    assert.equal(await frame.getByRole('status').count(), 1);
    assert.equal(await frame.getByRole('button', { name: 'Summary', exact: true, pressed: true }).count(), 1);
    assert.equal(await frame.getByRole('button', { name: 'Full text', exact: true, pressed: false }).count(), 1);
    const friction = frame.getByRole('button', { name: 'What are the Key Areas of Friction Between India and the US?', exact: true, expanded: true });
    assert.equal(await friction.count(), 1);
    const controls = (await friction.getAttribute('aria-controls')) ?? '';
    assert.equal(await frame.locator(`[id="${controls}"]`).count(), 1, 'aria-controls names the section body');
    assert.equal(await frame.getByRole('region', { name: 'What are the Key Areas of Friction Between India and the US?' }).count(), 1);
    const problems = await frame.evaluate(() => ({
      unnamed: [...document.querySelectorAll('button, a[href], input')].filter(e => !((e.getAttribute('aria-label') || (e.textContent || '').trim()) || (e as HTMLInputElement).labels?.length)).map(e => e.outerHTML.slice(0, 100)),
      fakeControls: [...document.querySelectorAll('[role="button"]:not(button), div[tabindex], span[tabindex], [onclick]')].map(e => e.outerHTML.slice(0, 100)),
      positiveTabindex: [...document.querySelectorAll('[tabindex]')].filter(e => Number(e.getAttribute('tabindex')) > 0).length,
    }));
    assert.deepEqual(problems, { unnamed: [], fakeControls: [], positiveTabindex: 0 });
    const snapshot: string = await frame.locator('body').ariaSnapshot();
    fs.writeFileSync(path.join(SHOTS, 'summaries-aria.yml'), snapshot);
    assert.match(snapshot, /- banner:/);
    assert.match(snapshot, /- heading "Strengthening Indo-US Strategic Partnership" \[level=1\]/);
    assert.match(snapshot, /- navigation "Sections":/);
    assert.match(snapshot, /- main:/);
    assert.match(snapshot, /- heading "What are the Key Areas of Friction Between India and the US\?" \[level=2\]/);
    assert.match(snapshot, /- button "What are the Key Areas of Friction Between India and the US\?" \[expanded\]/);
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

  it('keeps focus and the status region in step while reviewing, with the keys written on the page', async () => {
    const frame: Page = await wb.webviewFrame('#front');
    // After a rating, the next card's "Show answer" has focus and the status says which card it is.
    await frame.waitForFunction(() => document.activeElement?.id === 'show' && document.hasFocus());
    assert.match(await statusSays(frame, /^Card/), /^Card 3 of \d+$/);
    assert.equal((await frame.getByRole('heading', { level: 1 }).innerText()).trim(), 'UPSC Review');
    assert.match(await frame.innerText('#shortcuts'), /Space or Enter shows the answer; then 1 \(Again\), 2 \(Hard\), 3 \(Good\) or 4 \(Easy\)/);
    const show = frame.getByRole('button', { name: /Show answer/ });
    assert.equal(await show.getAttribute('aria-keyshortcuts'), 'Space Enter');
    assert.equal(await show.getAttribute('aria-describedby'), 'front', 'the question is read with the button');
    await wb.page.keyboard.press('Enter');
    await frame.waitForFunction(() => document.activeElement?.getAttribute('data-grade') === '3');
    assert.match(await statusSays(frame, /^Answer/), /^Answer: \S/);
    assert.equal(await frame.getByRole('group', { name: 'Rate your recall' }).getByRole('button').count(), 4);
    assert.equal((await focused(frame))?.outline.startsWith('solid'), true, 'a visible focus ring on "Good"');
    // Tab to "Easy" and rate with Enter: the control's own key, not a shortcut.
    await wb.page.keyboard.press('Tab');
    assert.equal((await focused(frame))?.grade, '4');
    await wb.page.keyboard.press('Enter');
    await frame.waitForFunction(() => document.getElementById('meta')!.innerText.startsWith('4 /') && document.activeElement?.id === 'show');
    assert.match(await statusSays(frame, /^Card 4/), /^Card 4 of \d+$/);
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

  it('imports a saved web page (HTML) with the libraries the package loads on first use', async () => {
    // On the desktop host domino and turndown are dist/htmlLibraries.js, apart from the bundle:
    // this is the installed .vsix finding that file.
    const html = '<!doctype html><html><head><title>Millets</title><script>window.__upscPwned = 1</script></head><body><nav><a href="/">Home</a></nav><article>' +
      '<h1>Mainstreaming Millets</h1><p>This editorial is based on “Grains of hope” which was published in The Hindu on 06/03/2025.</p>' +
      '<h2>What are the Key Challenges?</h2><ul><li><strong>Low Demand:</strong> Millets lost ground to rice and wheat after the Green Revolution.</li></ul>' +
      '<h2>Conclusion</h2><p>Millets deserve a place on every plate.</p></article></body></html>';
    await wb.page.evaluate((t: string) => navigator.clipboard.writeText(t), html);
    await wb.runCommand('UPSC: Import Editorial from Clipboard');
    await wb.waitForTab('2025-03-06-mainstreaming-millets.md');
    const markdown = fs.readFileSync(path.join(workspace, 'editorials', '2025-03-06-mainstreaming-millets.md'), 'utf8');
    assert.match(markdown, /^- \*\*Low Demand:\*\* Millets lost ground/m);
    assert.doesNotMatch(markdown, /<\/?(li|h2|article|script)\b|__upscPwned|Home/, 'converted to markdown, page furniture and scripts dropped');
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

  after(() => closeWorkbench(session, workspace));

  it('shows the hostile editorial in the tree as text', async () => {
    await wb.openViewContainer('UPSC Editorials');
    // Other views of the container may list rows before the workspace scan has found the editorial.
    await wb.waitForFirstRow("Hostile <script>window.__upscPwned = 'title'</script> Editorial").catch(() => undefined); // the assertion says what showed instead
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
