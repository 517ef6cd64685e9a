// The syllabus in a real VS Code: a workspace of editorials, notes, an answer and a PYQ file
// (test/fixtures/syllabus, copied in) on the Syllabus view with coverage, cards due and gaps; the
// PYQ Radar by year and by topic and its heatmap; "Compile Month by GS Paper" with links that
// open; "Set Syllabus Topics…"; the PYQ line of a term's hover.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import { noteCards } from '../../src/core/revision/cards/noteCards';
import { termNames } from '../../src/ui/termNames';
import { api, EXTENSION_ID, until } from './helpers';

const DIR = 'syllabus-workspace';
const FILES = [
  'editorials/2026-07-25-police-sudhar.md', 'editorials/2026-07-30-videshi-anshdan.md', 'editorials/2026-07-31-jain-darshan.md',
  'editorials/2026-08-09-ispat-udyog.md', 'editorials/2026-08-12-raksha-samjhauta.md', 'editorials/2026-08-16-khadya-tel.md',
  'notes/federalism.md', 'notes/khadya-tel-notes.md', 'notes/police.md', 'pyqs/polity-and-economy.md',
];

describe('Syllabus and PYQ radar (real VS Code host)', () => {
  let upsc: UpscEditorialsApi;
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const at = (rel: string) => vscode.Uri.joinPath(root(), DIR, rel);
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);

  before(async () => {
    upsc = await api();
    const fixtures = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'syllabus');
    for (const rel of FILES) await vscode.workspace.fs.copy(vscode.Uri.joinPath(fixtures, rel), at(rel), { overwrite: true });
    const oils = at('editorials/2026-08-16-khadya-tel.md').toString();
    await vscode.workspace.fs.writeFile(at('answers/2026-08-20-oils-answer.md'), new TextEncoder().encode(
      `---\neditorial: ${oils}\nmarks: 15\n---\n\n> **Q.** Why does India still import most of its edible oil?\n\n## Introduction\n\nRain-fed oilseeds and weak marketing keep yields low.\n`));
    await until('the six editorials in the library', () => upsc.library.visible().filter(e => e.uri.includes(DIR)).length === 6, 30000);
    await upsc.syllabus.syllabus.loaded;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), DIR), { recursive: true }).then(undefined, () => undefined);
    for (const dir of ['compilations', '.vscode']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), dir), { recursive: true }).then(undefined, () => undefined);
    await until('the editorials gone again', () => !upsc.library.all().some(e => e.uri.includes(DIR)), 30000);
  });

  /** The report once it holds the workspace's notes and answer. */
  const report = () => until('a report with the notes', async () => {
    const r = await upsc.syllabus.syllabusView.update();
    // Notes are read one by one: wait until each note the tests count is in.
    return (r.stats.get('gs3')?.answers ?? 0) >= 1 && (r.stats.get('gs2.polity.federalism')?.notes ?? 0) >= 1
      && (r.stats.get('gs3.agriculture.food-security')?.notes ?? 0) >= 1 && r;
  }, 30000);

  it('shows every paper with counts and coverage, and the gaps, in the Syllabus view', async () => {
    const r = await report();
    const view = upsc.syllabus.syllabusView;
    const rows = view.getChildren();
    assert.deepEqual(rows.slice(0, 2).map(n => n.type === 'gaps' && n.which), ['noNotes', 'notRevised']);
    const papers = rows.filter(n => n.type === 'node').map(n => n.type === 'node' && n.id);
    assert.deepEqual(papers, ['prelims', 'essay', 'gs1', 'gs2', 'gs3', 'gs4']);
    const gs3 = view.getTreeItem({ type: 'node', id: 'gs3' });
    assert.match(String(gs3.description), /\d+ ed\. · .*\d+%$/);
    const oils = r.stats.get('gs3.agriculture.food-security')!;
    assert.ok(oils.editorials >= 1 && oils.notes >= 1, JSON.stringify(oils));
    assert.ok(r.stats.get('gs3.agriculture')!.coveredLeaves >= 1);
    assert.ok(r.noNotes.includes('gs4.probity'));
    const gaps = view.getChildren({ type: 'gaps', which: 'noNotes' });
    assert.ok(gaps.length > 10 && gaps.every(g => g.type === 'node' && g.gap === 'noNotes'));
    // A sub-topic lists its items; clicking one opens it.
    const items = view.getChildren({ type: 'node', id: 'gs3.agriculture.food-security' });
    const kinds = items.map(i => i.type === 'item' && i.item.kind);
    assert.ok(kinds.includes('editorial') && kinds.includes('note'), kinds.join());
    const editorial = items.find(i => i.type === 'item' && i.item.kind === 'editorial')!;
    const cmd = view.getTreeItem(editorial).command!;
    await vscode.commands.executeCommand(cmd.command, ...cmd.arguments!);
    assert.match(vscode.window.activeTextEditor!.document.uri.path, /khadya-tel\.md$/);
  });

  it('counts cards due and finds notes not revised in N days from the review progress', async () => {
    const note = at('notes/federalism.md');
    const [card] = noteCards(note.toString(), decode(await vscode.workspace.fs.readFile(note)));
    assert.ok(card, 'the note has a card');
    const long = new Date(Date.now() - 60 * 86400000).toISOString();
    const cardState = { due: long, stability: 3, difficulty: 5, elapsedDays: 2, scheduledDays: 2, reps: 2, lapses: 0, state: 2, lastReview: long };
    // Progress as another window would add it: a line appended to the review log.
    const log = vscode.Uri.joinPath(root(), '.upsc', 'reviews.jsonl');
    const append = async (id: string, state: typeof cardState) => {
      const before = await vscode.workspace.fs.readFile(log).then(decode, () => '');
      const line = JSON.stringify({ v: 1, id, at: state.lastReview, kind: 'set', card: card.id, state });
      await vscode.workspace.fs.writeFile(log, new TextEncoder().encode(`${before}${line}\n`));
    };
    await append('syllabus-test-1', cardState);
    const r = await until('the card due', async () => {
      const rep = await upsc.syllabus.syllabusView.update();
      return (rep.stats.get('gs2.polity.federalism')?.cardsDue ?? 0) >= 1 && rep;
    }, 30000);
    assert.ok(r.notRevised.includes('gs2.polity.federalism'), r.notRevised.join());
    assert.match(String(upsc.syllabus.syllabusView.getTreeItem({ type: 'node', id: 'gs2.polity.federalism' }).description), /1 due/);
    await append('syllabus-test-2', { ...cardState, lastReview: new Date().toISOString() });
    await until('revised now', async () => !(await upsc.syllabus.syllabusView.update()).notRevised.includes('gs2.polity.federalism'), 30000);
  });

  it('lists every PYQ of the workspace by year and by topic, and maps them', async () => {
    await report();
    const all = upsc.syllabus.pyqs.all().filter(q => q.source.uri.includes(DIR));
    assert.equal(all.length, 10, 'six from the editorials, four from the PYQ file');
    const view = upsc.syllabus.pyqView;
    const leaves = (nodes: ReturnType<typeof view.getChildren>): string[] => nodes.flatMap(n => (n.type === 'pyq' ? [n.pyq.id] : leaves(view.getChildren(n))));
    if (view.grouping !== 'year') await vscode.commands.executeCommand('upscEditorials.groupPyqs');
    const years = view.getChildren();
    assert.deepEqual(years.slice(0, 3).map(y => y.type === 'year' && y.year), [2023, 2022, 2021]);
    const byYear = leaves(years);
    assert.equal(await vscode.commands.executeCommand('upscEditorials.groupPyqs'), 'topic');
    const byTopic = leaves(view.getChildren());
    for (const q of all) {
      assert.equal(byYear.filter(id => id === q.id).length, 1, `${q.text} once by year`);
      assert.equal(byTopic.filter(id => id === q.id).length, 1, `${q.text} once by topic`);
    }
    const governor = all.find(q => q.text.includes('Governor'))!;
    assert.equal(governor.nodes[0].node, 'gs2.polity.federalism');
    await vscode.commands.executeCommand('upscEditorials.groupPyqs');
  });

  it('draws the topics × years heatmap offline, as a keyboard grid', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('upscEditorials.showPyqHeatmap');
    assert.equal(panel.viewType, 'upscEditorials.pyqHeatmap');
    const html = panel.webview.html;
    assert.match(html, /default-src 'none'; style-src [^;]+; script-src 'nonce-[A-Za-z0-9]{32}'/);
    assert.doesNotMatch(html, /(?:src|href)="https?:\/\/(?!.*vscode)/, 'no remote loads');
    assert.match(html, /<table role="grid"/);
    const cells = [...html.matchAll(/<td role="gridcell" tabindex="(-?\d)"/g)].map(m => m[1]);
    assert.ok(cells.length >= 7);
    assert.equal(cells.filter(t => t === '0').length, 1, 'one cell in the tab order');
    assert.ok(upsc.syllabus.heatmap()!.cell('gs2.polity', 2023).length >= 2);
    panel.dispose();
  });

  it('compiles a month by GS paper into a markdown file whose links open their lines', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('upscEditorials.compileMonth', '2026-08');
    assert.ok(uri);
    assert.match(uri.path, /\/compilations\/2026-08-by-gs-paper\.md$/);
    const doc = vscode.window.activeTextEditor!.document;
    assert.equal(doc.uri.toString(), uri.toString());
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    const heading = (h: string) => text.indexOf(`\n## ${h}\n`);
    assert.ok(heading('General Studies Paper I') > 0 && heading('General Studies Paper I') < heading('General Studies Paper III'));
    const links = [...text.matchAll(/\]\(([^)#]+)#L(\d+)\)/g)];
    assert.ok(links.length >= 10, `${links.length} links`);
    for (const [, rel, line] of links) {
      const target = vscode.Uri.joinPath(uri, '..', decodeURIComponent(rel));
      const lines = decode(await vscode.workspace.fs.readFile(target)).split('\n');
      assert.ok(Number(line) >= 1 && Number(line) <= lines.length, `${rel}#L${line}`);
    }
    // VS Code's own link provider resolves them to the files.
    const provided = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri, 1000);
    assert.ok(provided.some(l => l.target && /khadya-tel\.md/.test(decodeURIComponent(l.target.toString()))), provided.map(l => l.target?.toString()).join('\n'));
    assert.match(text, /\*\*My notes\*\*/);
  });

  it('sets a file\'s topics in its front matter, and the mapping follows', async () => {
    const note = at('notes/police.md');
    const ids = await vscode.commands.executeCommand<string[]>('upscEditorials.setSyllabusTopics', note, ['gs4.probity']);
    assert.deepEqual(ids, ['gs4.probity']);
    assert.match(decode(await vscode.workspace.fs.readFile(note)), /^---\nsyllabus: \[gs4\.probity\]\n---\n# Police reforms/);
    await until('the note on gs4.probity', async () => (await upsc.syllabus.syllabusView.update()).stats.get('gs4.probity')!.notes === 1, 30000);
  });

  it('gives a term\'s hover the years it was asked in PYQs, the student\'s PYQ files\' with the questions one click away', async () => {
    await report();
    const uri = at('notes/msp-hover.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# MSP\n\nThe Minimum Support Price is announced before sowing.\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const position = doc.positionAt(doc.getText().indexOf('Minimum Support') + 3);
    const text = await until('the hover with the PYQ file\'s year', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      const value = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
      return /command:upscEditorials\.showTermPyqs\?/.test(value) && value;
    }, 30000);
    assert.match(text, /\*\*Asked in PYQs:\*\* .*\[PYQ 2020\]\(command:upscEditorials\.showTermPyqs\?/);
    const asked = upsc.syllabus.pyqs.mentioning(termNames(upsc.glossary.lookup('Minimum Support Price')!));
    assert.ok(asked.some(q => q.from === 'file' && q.year === 2020), asked.map(q => `${q.from} ${q.year}`).join(', '));
  });
});
