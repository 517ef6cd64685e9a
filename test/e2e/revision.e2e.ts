// A student's daily revision in the installed extension, through the browser: a mains answer
// written against the sample's question with the coach beside it, and Today's Plan with an exam
// date set.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeServerSession } from '../vscode/codeServer';
import { closeWorkbench, openInstalled, screenshotOnFailure, SHOTS, SAMPLE_EDITORIAL, workspaceWithEditorials } from './session';
import type { Workbench } from './workbench';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('UI: writing a mains answer with the coach, and the day\'s plan', function () {
  this.timeout(180000);
  let session: CodeServerSession;
  let wb: Workbench;
  let workspace: string;

  before(async () => {
    workspace = workspaceWithEditorials('notes-workspace', { '2024-02-17-indo-us.md': SAMPLE_EDITORIAL });
    fs.appendFileSync(path.join(workspace, 'notes.md'), '\n- The Quad held its first in-person leaders\' summit in Washington in 2021.\n');
    const exam = new Date(Date.now() + 120 * 86_400_000);
    const date = `${exam.getFullYear()}-${String(exam.getMonth() + 1).padStart(2, '0')}-${String(exam.getDate()).padStart(2, '0')}`;
    ({ session, wb } = await openInstalled(workspace, { 'upscEditorials.exam.prelimsDate': date }));
  });

  afterEach(screenshotOnFailure(() => session));

  after(() => closeWorkbench(session, workspace));

  it('coaches an answer to the sample\'s mains question as it is typed', async () => {
    await wb.openFile('notes.md');
    await wb.runCommand('UPSC: Practise Mains Answer');
    // The first choice each time: the Drishti mains question (before the PYQs), then 15 marks (250 words).
    const answerOpen = () => wb.page.evaluate(() => [...document.querySelectorAll('.tab.active')].some(t => /answer\.md/.test((t as HTMLElement).innerText)));
    for (let i = 0; i < 40 && !(await answerOpen()); i++) {
      if (await wb.page.locator('.quick-input-widget .monaco-list-row').first().isVisible().catch(() => false)) {
        await wb.page.keyboard.press('Enter');
        await sleep(500);
      } else await sleep(250);
    }
    assert.ok(await answerOpen(), 'the answer file opened');
    await wb.page.keyboard.press('Control+End');
    await wb.page.keyboard.type('\nIndia and the US deepened defence and security cooperation, and trade and investment ties keep growing despite tariff disputes in the economy.\n', { delay: 2 });
    await wb.runCommand('UPSC: Check My Answer');
    const coach = await wb.webviewFrame('main h2', 30000);
    await coach.waitForFunction(() => document.body.innerText.includes('What the question asks'), undefined, { timeout: 15000 });
    const text = await coach.evaluate(() => document.body.innerText);
    assert.match(text, /discuss/i);
    assert.match(text, /Introduction \d+% · body \d+% · conclusion \d+%/);
    assert.match(text, /Missed points \(\d+\)/);
    assert.match(text, /Dimensions/);
    // It follows typing: more words, and the panel says so without being asked again.
    const before = Number(/(\d+) \/ 250 words/.exec(text)?.[1]);
    await wb.page.keyboard.type('Space collaboration through NISAR adds a technological side.\n', { delay: 2 });
    // (Updated in place; written again when the panel is shown anew: find its frame each time.)
    let words = before;
    for (let i = 0; i < 60 && words <= before; i++) {
      await sleep(250);
      const frame = await wb.webviewFrame('main h2', 5000).catch(() => undefined);
      const now = await frame?.evaluate(() => document.body.innerText).catch(() => '');
      words = Number(/(\d+) \/ 250 words/.exec(now ?? '')?.[1] ?? before);
    }
    assert.ok(words > before, `the coach counted ${words} words after typing, ${before} before`);
    await sleep(300);
    await wb.page.screenshot({ path: path.join(SHOTS, 'answer-coach.png') });
  });

  it('shows today\'s plan towards the exam date, with the revision statistics', async () => {
    await wb.runCommand('View: Close All Editors');
    await wb.runCommand('UPSC: Today\'s Plan');
    const plan = await wb.webviewFrame('.heatmap', 30000);
    const text = await plan.evaluate(() => document.body.innerText);
    assert.match(text, /Prelims in 120 days/);
    assert.match(text, /\d+ cards due/);
    assert.match(text, /new from Strengthening Indo-US Strategic Partnership/);
    assert.equal(await plan.locator('.heatmap .cell').count(), 84);
    await wb.page.screenshot({ path: path.join(SHOTS, 'plan.png') });
  });
});
