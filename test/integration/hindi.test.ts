// A Hindi-medium student's editorial and notes in a real VS Code: the Drishti Hindi structure in the
// tree (sections, sub-headings, FAQs, PYQs), a Hindi term's hover, and its flashcards.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import type { TreeNode } from '../../src/features/editorials/editorialTree';
import { api, until } from './helpers';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
const TITLE = 'किसान उत्पादक संगठन: छोटे किसानों की सामूहिक शक्ति';

/** The Hindi fixture from the repository (out/test/integration → test/fixtures/hindi). */
function fixture(name: string): vscode.Uri {
  return vscode.Uri.file(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'hindi', name));
}

describe('Hindi editorials (real VS Code host)', () => {
  let upsc: UpscEditorialsApi;
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const editorial = () => vscode.Uri.joinPath(root(), 'editorials', 'hindi-test', 'fpo.md');
  const notes = () => vscode.Uri.joinPath(root(), 'notes', 'hindi-notes.md');

  before(async () => {
    upsc = await api();
    await vscode.workspace.fs.writeFile(editorial(), await vscode.workspace.fs.readFile(fixture('fpo-editorial.md')));
    await vscode.workspace.fs.writeFile(notes(), new TextEncoder().encode('# मेरे नोट्स\n\nसरकार ने न्यूनतम समर्थन मूल्य बढ़ाया। NITI आयोग की रिपोर्ट भी देखें।\n'));
    await until('the Hindi editorial', () => upsc.library.visible().some(e => e.editorial.title === TITLE));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'editorials'), { recursive: true });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'notes'), { recursive: true });
    await until('sample back', () => upsc.library.visible().every(e => e.bundled));
  });

  it('shows the Hindi editorial in the tree with its sections, sub-headings, FAQs and PYQs', async () => {
    const roots = await upsc.tree.getChildren();
    const root = roots.find(r => label(upsc.tree.getTreeItem(r)) === 'किसान उत्पादक संगठन');
    assert.ok(root, `tree roots: ${roots.map(r => label(upsc.tree.getTreeItem(r))).join(' | ')}`);
    const sections = await upsc.tree.getChildren(root);
    assert.deepEqual(sections.map(s => label(upsc.tree.getTreeItem(s))), [
      // The question around a heading and a trailing parenthesis are left out of the label.
      'किसान उत्पादक संगठन',
      'FPO भारतीय कृषि के लिये क्यों महत्त्वपूर्ण हैं?',
      'सरकार की प्रमुख पहलें',
      'FPO के समक्ष प्रमुख चुनौतियाँ',
      'FPO को सशक्त बनाने के लिये क्या उपाय किये जा सकते हैं?',
      'निष्कर्ष',
      'दृष्टि मेन्स प्रश्न',
      'अक्सर पूछे जाने वाले प्रश्न',
      'UPSC सिविल सेवा परीक्षा, विगत वर्ष के प्रश्न',
    ]);
    assert.equal(upsc.tree.getTreeItem(sections[7]).description, '3 points · FAQs');
    const issues = await upsc.tree.getChildren(sections[3]);
    assert.deepEqual(issues.map(n => label(upsc.tree.getTreeItem(n))), ['आर्थिक चुनौतियाँ', 'संस्थागत चुनौतियाँ']);
    assert.equal((await upsc.tree.getChildren(issues[1])).length, 3);
    const faqs = await upsc.tree.getChildren(sections[7]);
    assert.equal(faqs.length, 3);
    assert.equal(label(upsc.tree.getTreeItem(faqs[1])), '2. 10,000 FPO योजना कब शुरू की गई?');
    const pyqs = await upsc.tree.getChildren(sections[8]);
    assert.deepEqual(pyqs.map(n => String(upsc.tree.getTreeItem(n).description).split(' · ')[0]), ['prelims 2020', 'mains 2017']);
    const tooltip = upsc.tree.getTreeItem(pyqs[0]).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /\*\*\(c\) केवल 2, 3 और 6\*\* ✓/);
    assert.equal((upsc.tree.getParent(pyqs[0] as TreeNode) as TreeNode | undefined)?.type, 'section');
  });

  it('expands a Hindi term on hover in Hindi notes, with the Hindi editorial\'s PYQs that ask about it', async () => {
    const doc = await vscode.workspace.openTextDocument(notes());
    await vscode.window.showTextDocument(doc);
    const hoverText = async (word: string) => {
      const at = doc.positionAt(doc.getText().indexOf(word) + 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      return { hovers, text: hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n') };
    };
    const msp = await until('the MSP hover', async () => {
      const h = await hoverText('न्यूनतम');
      return /\*\*Asked in PYQs:\*\* \[PYQ 2020\]\(command:upscEditorials\.openMention[^)]*\) · \[PYQ 2017\]/.test(h.text) && h;
    });
    assert.match(msp.text, /\*\*Minimum Support Price\*\*|\*\*MSP\*\*/);
    assert.equal(doc.getText(msp.hovers[0].range!), 'न्यूनतम समर्थन मूल्य');
    const niti = await hoverText('आयोग');
    assert.match(niti.text, /\*\*NITI Aayog\*\*/);
    assert.equal(doc.getText(niti.hovers[0].range!), 'NITI आयोग');
  });

  it('makes flashcards of the Hindi editorial, its FAQs included', async () => {
    const cards = upsc.review.allCards().filter(c => c.source?.uri === editorial().toString());
    assert.equal(cards.filter(c => c.kind === 'faq').length, 3);
    assert.ok(cards.filter(c => c.kind === 'point').length >= 15, `${cards.length} cards`);
  });
});
