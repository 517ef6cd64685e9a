// The extension in a real VS Code: activation, the editorial tree and its commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import { api, EXTENSION_ID } from './helpers';
import type { TreeNode } from '../../src/features/editorials/editorialTree';



/** The workspace's notes.md in an editor, the cursor at its end, and its text before any insert. */
async function notesWithCursorAtEnd(): Promise<{ notes: vscode.TextEditor; before: string }> {
  const notesUri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'notes.md');
  const notes = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notesUri));
  const end = notes.document.lineAt(notes.document.lineCount - 1).range.end;
  notes.selection = new vscode.Selection(end, end);
  return { notes, before: notes.document.getText() };
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('Editorial tree in the real VS Code host', () => {
  let upsc: UpscEditorialsApi;
  let roots: TreeNode[];

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    upsc = await api();
    roots = await upsc.tree.getChildren();
  });

  it('activates from a markdown file and reports its activation time', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# x' });
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(ext.isActive);
    assert.ok(upsc.activationMs >= 0);
    console.log(`    activate() took ${upsc.activationMs.toFixed(2)} ms`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('contributes the UPSC Editorials view container and tree', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.equal(pkg.contributes.viewsContainers.activitybar[0].title, 'UPSC Editorials');
    await vscode.commands.executeCommand('workbench.view.extension.upscEditorials');
    await vscode.commands.executeCommand('upscEditorials.tree.focus');
  });

  it('shows the bundled sample when the workspace has no editorials', () => {
    assert.equal(roots.length, 1);
    const item = upsc.tree.getTreeItem(roots[0]);
    assert.equal(label(item), 'Strengthening Indo-US Strategic Partnership');
    assert.equal(item.description, '2024-02-17 · sample');
  });

  it('lists the sections with point counts and kind icons', async () => {
    const sections = await upsc.tree.getChildren(roots[0]);
    const items = sections.map(s => upsc.tree.getTreeItem(s));
    assert.deepEqual(items.map(label), [
      // The question around a heading is left out of the label; the tooltip has the heading whole.
      'Key Areas of Cooperation Between India and the US',
      'Key Areas of Friction Between India and the US',
      'Measures India Can Adopt to Further Enhance Ties with the US',
      'Key Groupings that India and the US Are Part of',
      'Conclusion',
      'Drishti Mains Question',
      'UPSC Civil Services Examination, Previous Year Question',
    ]);
    assert.match(String((items[0].tooltip as vscode.MarkdownString).value), /\*\*What are the Key Areas of Cooperation Between India and the US\?\*\*/);
    assert.deepEqual(items.slice(0, 4).map(i => i.description), ['7 points', '7 points', '9 points', '7 points']);
    assert.deepEqual(items.map(i => (i.iconPath as vscode.ThemeIcon).id), ['organization', 'warning', 'tools', 'globe', 'pass', 'question', 'history']);
  });

  it('shows points by their bold lead and no page-break fragment as an item', async () => {
    const sections = await upsc.tree.getChildren(roots[0]);
    const labels: string[] = [];
    const walk = async (node: TreeNode) => {
      labels.push(label(upsc.tree.getTreeItem(node)));
      for (const child of await upsc.tree.getChildren(node)) await walk(child);
    };
    for (const s of sections) await walk(s);
    const measures = (await upsc.tree.getChildren(sections[2])).map(n => label(upsc.tree.getTreeItem(n)));
    assert.equal(measures[1], 'Addressing Trade Barriers and Expanding Bilateral Agreements');
    // A point shows its lead; its own text is the description, the whole point the tooltip.
    const point = upsc.tree.getTreeItem((await upsc.tree.getChildren(sections[2]))[1]);
    assert.match(String(point.description), /^India should work towards finalizing the Bilateral Trade Agreement \(BTA\)/);
    for (const fragment of ['like Tesla and Micron expand in India.', 'drone, and missile technologies.', 'services.']) {
      assert.ok(!labels.includes(fragment), `fragment "${fragment}" is not an item`);
    }
    assert.ok(!labels.some(l => /^sectors while/.test(l)));
    // 7 sections + the file's 101 bullets + conclusion + mains question + 1 PYQ: every bullet once, no fragment extra.
    assert.equal(labels.length, 111);
  });

  it('reveals a point\'s source lines when the item is clicked', async () => {
    const sections = await upsc.tree.getChildren(roots[0]);
    const trade = (await upsc.tree.getChildren(sections[0]))[1];
    const item = upsc.tree.getTreeItem(trade);
    assert.equal(item.command?.command, 'upscEditorials.revealSource');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.uri.path, /indo-us-editorial\.md$/);
    assert.equal(editor.selection.start.line, 20);
    assert.equal(editor.selection.end.line, 25, 'through the joined "like Tesla and Micron" fragment');
    assert.match(editor.document.lineAt(20).text, /Trade and Investment Ties/);
  });

  it('gives tree tooltips as inert markdown', async () => {
    const sections = await upsc.tree.getChildren(roots[0]);
    const point = (await upsc.tree.getChildren(sections[0]))[0];
    const tooltip = upsc.tree.getTreeItem(point).tooltip as vscode.MarkdownString;
    assert.equal(tooltip.isTrusted, false);
    assert.equal(tooltip.supportHtml, false);
    assert.match(tooltip.value, /^- \*\*Defense and Security Cooperation:\*\*/);
  });

  it('copies a section as markdown to the clipboard', async () => {
    const sections = await upsc.tree.getChildren(roots[0]);
    await vscode.commands.executeCommand('upscEditorials.copyMarkdown', sections[3]);
    const text = await vscode.env.clipboard.readText();
    assert.match(text, /^### What are the Key Groupings that India and the US Are Part of\?\n\n- \*\*Quad \(Quadrilateral Security Dialogue\):\*\*/);
    assert.equal(text.split('\n').filter(l => l.startsWith('- ')).length, 7);
  });

  it('inserts a point into the last notes editor as one undoable edit', async () => {
    const { notes, before } = await notesWithCursorAtEnd();
    const sections = await upsc.tree.getChildren(roots[0]);
    const point = (await upsc.tree.getChildren(sections[1]))[1];
    // Focus moves away from the notes (as when clicking the tree); the insert still targets them.
    await vscode.commands.executeCommand('upscEditorials.tree.focus');
    await vscode.commands.executeCommand('upscEditorials.insertIntoNotes', point);
    const after = notes.document.getText();
    assert.ok(after.startsWith(before));
    assert.match(after.slice(before.length), /^\n- \*\*Defense Technology and Export Control Restrictions:\*\*/);
    assert.match(after, /drone, and missile technologies\.\*\*/);
    await vscode.window.showTextDocument(notes.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(notes.document.getText(), before, 'one undo restores the note');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('inserts text selected in an editorial into the notes, with a link to its line (editor context menu)', async () => {
    const { notes, before } = await notesWithCursorAtEnd();
    const sections = await upsc.tree.getChildren(roots[0]);
    const section = sections[1] as Extract<TreeNode, { type: 'section' }>;
    const editorial = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse(section.entry.uri)));
    const line = section.section.range.start + 2;
    editorial.selection = new vscode.Selection(line, 0, line, editorial.document.lineAt(line).text.length);
    const selected = editorial.document.lineAt(line).text.trim();
    await vscode.commands.executeCommand('upscEditorials.insertIntoNotes');
    const added = notes.document.getText().slice(before.length);
    assert.ok(added.includes(selected), added);
    const heading = section.section.heading.replace(/\?$/, '');
    assert.ok(added.includes(`${section.entry.editorial.title} › ${heading}`), added);
    if (added.includes('](')) assert.ok(added.includes(`#L${line + 1})`), added);
    await vscode.window.showTextDocument(notes.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
