// A Hindi-medium student's editorial in the installed extension, through the browser: the tree
// reads the Drishti Hindi structure and a Hindi term in Hindi notes expands on hover.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeServerSession } from '../vscode/codeServer';
import { closeWorkbench, openInstalled, screenshotOnFailure, SHOTS, workspaceWithEditorials } from './session';
import type { Workbench } from './workbench';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'hindi');

describe('UI: a Hindi editorial and Hindi notes', function () {
  this.timeout(180000);
  let session: CodeServerSession;
  let wb: Workbench;
  let workspace: string;

  before(async () => {
    workspace = workspaceWithEditorials('notes-workspace', { 'fpo.md': path.join(FIXTURES, 'fpo-editorial.md') });
    fs.writeFileSync(path.join(workspace, 'hindi-notes.md'), '# मेरे नोट्स\n\nसरकार ने न्यूनतम समर्थन मूल्य बढ़ाया। NITI आयोग की रिपोर्ट भी देखें।\n');
    ({ session, wb } = await openInstalled(workspace));
  });

  afterEach(screenshotOnFailure(() => session));

  after(() => closeWorkbench(session, workspace));

  it('shows the Hindi editorial with its sections and sub-headings', async () => {
    await wb.openViewContainer('UPSC Editorials');
    await wb.waitForFirstRow('किसान उत्पादक संगठन').catch(() => undefined); // the assertion below says what showed instead
    let rows = await wb.treeRows();
    // The subtitle after the colon is in the description, so the title fits the side bar.
    assert.equal(rows[0].label, 'किसान उत्पादक संगठन');
    assert.match(rows[0].description, /2025-03-12 · छोटे किसानों की सामूहिक शक्ति/);
    await wb.clickRow('FPO के समक्ष प्रमुख चुनौतियाँ');
    // A sub-heading opens its source lines on click (like a point); its twistie expands it.
    const subheading = (await wb.treeRows()).find(r => r.label === 'आर्थिक चुनौतियाँ');
    assert.ok(subheading);
    await wb.page.locator(`[id="${subheading.id}"] .monaco-tl-twistie`).click();
    await new Promise(r => setTimeout(r, 500));
    rows = await wb.treeRows();
    const labels = rows.map(r => r.label);
    assert.equal(rows.find(r => r.label === 'आर्थिक चुनौतियाँ')?.description, '2 sub-points');
    for (const label of ['आर्थिक चुनौतियाँ', 'कार्यशील पूंजी की कमी', 'कमज़ोर बाज़ार संपर्क', 'संस्थागत चुनौतियाँ']) {
      assert.ok(labels.includes(label), `${label} in ${labels.join(' | ')}`);
    }
    await wb.page.screenshot({ path: path.join(SHOTS, 'hindi-tree.png') });
  });

  it('expands a Hindi term on hover in Hindi notes', async () => {
    await wb.openFile('hindi-notes.md');
    const text = await wb.hover('न्यूनतम');
    assert.match(text, /Minimum Support Price|MSP/);
    assert.match(text, /किसान उत्पादक संगठन: छोटे किसानों की सामूहिक शक्ति/);
    await wb.page.screenshot({ path: path.join(SHOTS, 'hindi-hover.png') });
  });
});
