// The student's own library in a real VS Code: editorials appear and disappear with their files,
// grouping and filtering, search, the Terms view, notes made from sections.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DuplicateChoice } from '../../src/features/import/duplicates';
import type { UpscEditorialsApi } from '../../src/extension';
import { api, until } from './helpers';
import type { TreeNode } from '../../src/features/editorials/editorialTree';
import type { EditorialNode } from '../../src/ui/editorialNode';
import { searchItems } from '../../src/features/editorials/searchEditorials';




const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

function editorial(title: string, date: string, topic: string, lead: string): string {
  const [d, m, y] = [date.slice(8, 10), date.slice(5, 7), date.slice(0, 4)];
  return `## ${title}\n\n*This editorial is based on “${title}” which was published in The Hindu on ${d}/${m}/${y}.*\n\n**For Prelims:** [Quad](#), [WTO](#)\n\n**For Mains:** ${topic}\n\n### What are the Key Challenges?\n\n- **${lead}:** The WTO and the Quad matter here, with 3 examples.\n  - A sub-point about MSP.\n\n## Conclusion\n\nDone.\n`;
}

describe('Library of the student\'s own editorials (real VS Code host)', () => {
  let upsc: UpscEditorialsApi;
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const dir = () => vscode.Uri.joinPath(folder(), 'editorials', 'library-test');
  const file = (name: string) => vscode.Uri.joinPath(dir(), name);
  const write = (name: string, text: string) => vscode.workspace.fs.writeFile(file(name), new TextEncoder().encode(text));

  before(async () => {
    upsc = await api();
    await write('a.md', editorial('Reforming the WTO Dispute System', '2025-03-10', 'Trade and tariff disputes in the economy', 'Appellate Body Crisis'));
    await write('b.md', editorial('India and the Quad in the Indo-Pacific', '2025-01-05', 'Bilateral relations and foreign policy', 'Maritime Cooperation'));
    await until('two editorials', () => upsc.library.visible().length === 2);
  });

  after(async () => {
    await vscode.workspace.getConfiguration().update('upscEditorials.tree.groupBy', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('upscEditorials.clearFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'editorials'), { recursive: true });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'notes'), { recursive: true }).then(undefined, () => undefined);
    await until('sample back', () => upsc.library.visible().every(e => e.bundled));
  });

  it('shows the student\'s editorials instead of the sample, newest first', async () => {
    const roots = await upsc.tree.getChildren();
    assert.deepEqual(roots.map(r => label(upsc.tree.getTreeItem(r))), ['Reforming the WTO Dispute System', 'India and the Quad in the Indo-Pacific']);
  });

  it('adds a new file and drops a deleted one, re-parsing only what changed', async () => {
    const before = upsc.library.parseCount;
    await write('c.md', editorial('Climate Finance After COP', '2025-02-01', 'Environment and climate', 'Funding Gap'));
    await until('new editorial', () => upsc.library.visible().length === 3);
    assert.equal(upsc.library.parseCount, before + 1, 'only the new file was parsed');
    await vscode.workspace.fs.delete(file('c.md'));
    await until('deleted editorial gone', () => upsc.library.visible().length === 2);
  });

  it('groups by month and by subject', async () => {
    await vscode.workspace.getConfiguration().update('upscEditorials.tree.groupBy', 'month', vscode.ConfigurationTarget.Workspace);
    await until('month groups', () => upsc.tree.groupBy === 'month');
    let groups = await upsc.tree.getChildren();
    assert.deepEqual(groups.map(g => label(upsc.tree.getTreeItem(g))), ['March 2025', 'January 2025']);
    await vscode.workspace.getConfiguration().update('upscEditorials.tree.groupBy', 'subject', vscode.ConfigurationTarget.Workspace);
    await until('subject groups', () => upsc.tree.groupBy === 'subject');
    groups = await upsc.tree.getChildren();
    assert.deepEqual(groups.map(g => label(upsc.tree.getTreeItem(g))).sort(), ['GS2 · International Relations', 'GS3 · Economy']);
    const children = await upsc.tree.getChildren(groups[0]);
    const parent = upsc.tree.getParent(children[0] as TreeNode);
    assert.equal(parent?.type === 'group' && parent.key, groups[0].type === 'group' && groups[0].key, 'reveal finds the group of an editorial');
  });

  afterEach(async () => {
    if (upsc.tree.groupBy !== 'none') {
      await vscode.workspace.getConfiguration().update('upscEditorials.tree.groupBy', 'none', vscode.ConfigurationTarget.Workspace);
      await until('flat', () => upsc.tree.groupBy === 'none');
    }
  });

  it('filters editorials by text', async () => {
    upsc.tree.filter = 'appellate';
    upsc.tree.refresh();
    const roots = await upsc.tree.getChildren();
    assert.deepEqual(roots.map(r => label(upsc.tree.getTreeItem(r))), ['Reforming the WTO Dispute System']);
    await vscode.commands.executeCommand('upscEditorials.clearFilter');
    assert.equal((await upsc.tree.getChildren()).length, 2);
  });

  it('searches titles, sections and points', () => {
    const items = searchItems(upsc.library);
    const point = items.find(i => i.label.includes('Appellate Body Crisis'));
    assert.ok(point);
    assert.equal(point.description, 'Reforming the WTO Dispute System › What are the Key Challenges?');
    assert.ok(items.some(i => i.label.includes('India and the Quad in the Indo-Pacific')));
  });

  it('lists term mentions across editorials, newest first, in the Terms view', async () => {
    const mentions = upsc.glossary.mentions('world trade organization');
    assert.deepEqual(mentions.map(m => m.entry.editorial.title).sort(), ['India and the Quad in the Indo-Pacific', 'Reforming the WTO Dispute System']);
    assert.equal(mentions[0].point?.lead !== undefined, true);
  });

  it('makes a note from a section with a link back and an outline to fill in, undoable in one step', async () => {
    const root = (await upsc.tree.getChildren()).find(r => label(upsc.tree.getTreeItem(r)) === 'Reforming the WTO Dispute System') as EditorialNode;
    const section = (await upsc.tree.getChildren(root))[0];
    const uri = await vscode.commands.executeCommand<vscode.Uri>('upscEditorials.newNoteFromSection', section);
    assert.ok(uri);
    assert.match(uri.path, /\/notes\/reforming-the-wto-dispute-system\.md$/);
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(text, /^# Notes: Reforming the WTO Dispute System\n\n## What are the Key Challenges\?\n\nSource: \[Reforming the WTO Dispute System › What are the Key Challenges\]\(\.\.\/editorials\/library-test\/a\.md#L9\)\n\n- \*\*Appellate Body Crisis:\*\* \n/);
    assert.match(text, /\*\*Prelims terms:\*\* Quad, WTO/);
    // A second note from the same editorial appends to the same file.
    await vscode.commands.executeCommand('upscEditorials.newNoteFromSection', section);
    const again = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.equal(again.split('## What are the Key Challenges?').length - 1, 2);
    await vscode.commands.executeCommand('undo');
    assert.equal((await vscode.workspace.openTextDocument(uri)).getText(), text);
  });

  it('inserts a point into notes with a source link', async () => {
    const notesUri = vscode.Uri.joinPath(folder(), 'notes.md');
    const notes = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notesUri));
    const end = notes.document.lineAt(notes.document.lineCount - 1).range.end;
    notes.selection = new vscode.Selection(end, end);
    const root = (await upsc.tree.getChildren())[0] as EditorialNode;
    const section = (await upsc.tree.getChildren(root))[0];
    const point = (await upsc.tree.getChildren(section))[0];
    await vscode.commands.executeCommand('upscEditorials.insertIntoNotes', point);
    assert.match(notes.document.getText(), /today\.\n\n- \*\*Appellate Body Crisis:\*\* The WTO and the Quad matter here, with 3 examples\.\n  - A sub-point about MSP\.\n\n— \[Reforming the WTO Dispute System › What are the Key Challenges\]\(editorials\/library-test\/a\.md#L11\)/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

describe('Editorials in folders the file watcher does not see into (real VS Code host)', () => {
  // On Linux, VS Code's recursive watcher (parcel, inotify) watches a folder that appears, but
  // not the subfolders it already holds: a tree moved in, unzipped or made with `mkdir -p`. Nothing
  // in such a subfolder ever sends an event; the library must notice its changes all the same.
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const outside = path.join(os.tmpdir(), `upsc-moved-${process.pid}`);
  after(async () => {
    fs.rmSync(outside, { recursive: true, force: true });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'editorials'), { recursive: true }).then(undefined, () => undefined);
    const upsc = await api();
    await until('sample back', () => upsc.library.visible().every(e => e.bundled));
  });

  it('adds, updates and drops editorials in a subfolder of a folder moved into the workspace', async () => {
    const upsc = await api();
    fs.mkdirSync(path.join(outside, 'march'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'march', 'd.md'), editorial('Groundwater Depletion in Punjab', '2025-03-02', 'Environment and water', 'Falling Tables'));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(root(), 'editorials'));
    await vscode.workspace.fs.rename(vscode.Uri.file(outside), vscode.Uri.joinPath(root(), 'editorials', 'moved'));
    const sub = vscode.Uri.joinPath(root(), 'editorials', 'moved', 'march');
    const d = vscode.Uri.joinPath(sub, 'd.md');
    const e = vscode.Uri.joinPath(sub, 'e.md');
    await until('moved-in editorial', () => upsc.library.has(d.toString()));
    // Later than the rescans that follow a new folder (1 and 3 s): only a watcher, or a poll, sees these.
    await new Promise(r => setTimeout(r, 3500));
    await vscode.workspace.fs.writeFile(e, new TextEncoder().encode(editorial('Ocean Governance', '2025-03-03', 'Environment and oceans', 'High Seas Treaty')));
    await until('editorial added to the subfolder', () => upsc.library.has(e.toString()));
    await vscode.workspace.fs.writeFile(e, new TextEncoder().encode(editorial('Ocean Governance Revisited', '2025-03-03', 'Environment and oceans', 'High Seas Treaty')));
    await until('editorial changed in the subfolder', () => upsc.library.get(e.toString())?.editorial.title === 'Ocean Governance Revisited');
    await vscode.workspace.fs.delete(d);
    await until('editorial deleted from the subfolder gone', () => !upsc.library.has(d.toString()));
    await vscode.workspace.fs.delete(sub, { recursive: true });
    await until('subfolder deleted: its editorials gone', () => !upsc.library.has(e.toString()));
  });
});

describe('Editorials found by their content (real VS Code host)', () => {
  it('picks up a markdown file outside editorials/ that has a For Prelims line, and drops it when the line goes', async () => {
    const upsc = await api();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'reading', 'today.md');
    const write = (text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await write('## Reading of the Day\n\n**For Prelims:** Quad\n\n## Conclusion\n\nShort.\n');
    await until('content-detected editorial', () => upsc.library.has(uri.toString()));
    await write('## Reading of the Day\n\nJust notes now.\n');
    await until('no longer an editorial', () => !upsc.library.has(uri.toString()));
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'reading'), { recursive: true });
  });
});

describe('Backlinks and note links (real VS Code host)', () => {
  it('lists the notes that mention the term under the cursor, and those that link to an open editorial', async () => {
    const upsc = await api();
    const root = vscode.workspace.workspaceFolders![0].uri;
    const ed = vscode.Uri.joinPath(root, 'editorials', 'bl.md');
    const note = vscode.Uri.joinPath(root, 'notes', 'bl-note.md');
    await vscode.workspace.fs.writeFile(ed, new TextEncoder().encode('## Backlink Editorial\n\n## Conclusion\n\nThe Quad.\n'));
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode('# Note\n\nSee [the editorial](../editorials/bl.md#L3).\n\nBroken: [gone](../editorials/missing.md) and [far](../editorials/bl.md#L99).\n'));
    await until('editorial', () => upsc.library.has(ed.toString()));
    try {
      // Term under the cursor in notes.md.
      const notesDoc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root, 'notes.md'));
      const editor = await vscode.window.showTextDocument(notesDoc);
      const at = notesDoc.positionAt(notesDoc.getText().indexOf('NISAR') + 1);
      editor.selection = new vscode.Selection(at, at);
      await until('term subject', () => upsc.backlinks.subject?.kind === 'term');
      const forTerm = await upsc.backlinks.getChildren();
      assert.ok(forTerm.some(n => n.type === 'note' && n.uri.endsWith('/notes.md')));

      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ed));
      await until('editorial subject', () => upsc.backlinks.subject?.kind === 'editorial');
      const forEditorial = await upsc.backlinks.getChildren();
      const hit = forEditorial.find(n => n.type === 'note' && n.uri.endsWith('/bl-note.md'));
      assert.ok(hit && hit.type === 'note');
      assert.deepEqual(hit.lines.map(l => l.line), [2, 4]);

      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note));
      const diags = await until('link warnings', () => { const d = vscode.languages.getDiagnostics(note).filter(x => x.source === 'UPSC notes'); return d.length === 2 ? d : undefined; });
      assert.deepEqual(diags.map(d => d.message).sort(), ['Line 99 is past the end of ../editorials/bl.md (6 lines)', 'Link target not found: ../editorials/missing.md']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, 'editorials'), { recursive: true });
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, 'notes'), { recursive: true });
      await until('sample back', () => upsc.library.visible().every(e => e.bundled));
    }
  });
});

describe('Importing editorials (real VS Code host)', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const plain = 'India and Japan: A Special Strategic Partnership\n\nThis editorial is based on “Tokyo calling” which was published in The Hindu on 05/03/2025.\n\nFor Prelims: Quad, IPEF\n\nWhat are the Key Areas of Cooperation?\n\n• Defence Ties: Both countries hold the JIMEX naval exercise\nevery year since 2012.\n• Economic Ties: Japan is a major investor in India.\n\nConclusion\n\nThe partnership will grow.\n';

  let ask: UpscEditorialsApi['imports']['askDuplicate'];
  before(async () => { ask = (await api()).imports.askDuplicate; });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'editorials'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'incoming'), { recursive: true }).then(undefined, () => undefined);
    const upsc = await api();
    upsc.imports.askDuplicate = ask;
    await until('sample back', () => upsc.library.visible().every(e => e.bundled));
  });

  it('imports plain text from the clipboard under a dated name; the same editorial again only as the student says', async () => {
    const upsc = await api();
    const asked: string[][] = [];
    const answer = (choice: DuplicateChoice | undefined) => { upsc.imports.askDuplicate = async existing => { asked.push(existing.map(u => u.path)); return choice; }; };
    await vscode.env.clipboard.writeText(plain);
    answer(undefined);
    const first = await vscode.commands.executeCommand<vscode.Uri>('upscEditorials.importFromClipboard');
    assert.deepEqual(asked, [], 'a new editorial: nothing asked');
    // Escape: nothing written.
    assert.equal(await vscode.commands.executeCommand('upscEditorials.importFromClipboard'), undefined);
    assert.deepEqual(asked, [[first.path]]);
    const names = async () => (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root(), 'editorials'))).map(([n]) => n).sort();
    assert.deepEqual(await names(), ['2025-03-05-india-and-japan-a-special-strategic-partnership.md']);
    // Open the existing file: it is the answer, nothing written.
    answer('open');
    const opened = await vscode.commands.executeCommand<vscode.Uri>('upscEditorials.importFromClipboard');
    assert.equal(opened.toString(), first.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString());
    // Replace: the same file, its text the new import's.
    await vscode.workspace.fs.writeFile(first, new TextEncoder().encode('## Old text\n'));
    answer('replace');
    const replaced = await vscode.commands.executeCommand<vscode.Uri>('upscEditorials.importFromClipboard');
    assert.equal(replaced.toString(), first.toString());
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)), /^## India and Japan: A Special Strategic Partnership/);
    assert.equal((await names()).length, 1);
    // Keep both: a second file beside the first.
    answer('keep');
    const second = await vscode.commands.executeCommand<vscode.Uri>('upscEditorials.importFromClipboard');
    assert.match(first.path, /\/editorials\/2025-03-05-india-and-japan-a-special-strategic-partnership\.md$/);
    assert.match(second.path, /\/editorials\/2025-03-05-india-and-japan-a-special-strategic-partnership-2\.md$/);
    const entry = await until('imported editorial in the library', () => upsc.library.get(first.toString()));
    const e = entry.editorial;
    assert.equal(e.title, 'India and Japan: A Special Strategic Partnership');
    assert.equal(e.source?.date, '2025-03-05');
    assert.deepEqual(e.prelimsTerms.map(t => t.text), ['Quad', 'IPEF']);
    assert.deepEqual(e.sections.map(s => s.kind), ['cooperation', 'conclusion']);
    assert.deepEqual(e.sections[0].points.map(p => p.lead), ['Defence Ties', 'Economic Ties']);
    assert.match(e.sections[0].points[0].plain, /JIMEX naval exercise every year since 2012\./);
    const roots = await upsc.tree.getChildren();
    assert.ok(roots.some(r => r.type === 'editorial' && r.entry.uri === first.toString()), 'shown in the tree');
  });

  it('imports a folder and says which files failed and why', async () => {
    const incoming = vscode.Uri.joinPath(root(), 'incoming');
    const put = (name: string, bytes: Uint8Array) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(incoming, name), bytes);
    await put('one.txt', new TextEncoder().encode(plain.replace('India and Japan', 'India and France')));
    await put('two.md', new TextEncoder().encode('## Second Editorial\n\n## Conclusion\n\nText.\n'));
    await put('binary.md', new Uint8Array([0x41, 0, 0, 0, 0x42, 0]));
    await put('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    await put('image.png', new Uint8Array([1, 2, 3]));
    const result = await vscode.commands.executeCommand<{ imported: vscode.Uri[]; failed: { file: string; reason: string }[] }>('upscEditorials.importFromFolder', incoming);
    assert.equal(result.imported.length, 2);
    assert.deepEqual(result.failed, [{ file: 'binary.md', reason: 'binary file' }, { file: 'latin1.txt', reason: 'not UTF-8 text' }]);
  });

  it('asks once about a folder imported again, and skips what the student says to skip', async () => {
    const upsc = await api();
    const incoming = vscode.Uri.joinPath(root(), 'incoming');
    const asked: { count: number; batch: boolean }[] = [];
    upsc.imports.askDuplicate = async (existing, batch) => { asked.push({ count: existing.length, batch }); return 'skip'; };
    const result = await vscode.commands.executeCommand<{ imported: vscode.Uri[]; failed: { file: string; reason: string }[] }>('upscEditorials.importFromFolder', incoming);
    assert.deepEqual(asked, [{ count: 2, batch: true }]);
    assert.equal(result.imported.length, 0);
    assert.deepEqual(result.failed.map(f => f.file), ['binary.md', 'latin1.txt', 'one.txt', 'two.md']);
    assert.match(result.failed[2].reason, /^already imported as editorials\/2025-03-05-india-and-france/);
  });
});
