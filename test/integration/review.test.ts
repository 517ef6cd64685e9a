// Flashcards and mains-answer practice in a real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './helpers';



describe('Revision (real VS Code host)', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of ['answers', '.vscode']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), dir), { recursive: true }).then(undefined, () => undefined);
    (await api()).review.store.reset();
  });

  it('shows a due card in the review panel and rating it schedules it, saved atomically', async () => {
    const upsc = await api();
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('upscEditorials.reviewDueCards');
    assert.equal(panel.viewType, 'upscEditorials.review');
    assert.match(panel.webview.html, /script-src 'nonce-[A-Za-z0-9]{32}'/);
    const first = upsc.review.current;
    assert.ok(first, 'a card is due');
    const cards = upsc.review.allCards();
    assert.ok(cards.filter(c => c.kind === 'term').length >= 50);
    assert.ok(cards.filter(c => c.kind === 'point').length >= 30);
    await upsc.review.rate(3);
    assert.notEqual(upsc.review.current?.id, first.id, 'the rated card left the queue');
    const file = vscode.Uri.joinPath(root(), '.vscode', 'upsc-review.json');
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    assert.equal(saved.version, 1);
    assert.ok(new Date(saved.cards[first.id].due) > new Date(), 'due in the future');
    assert.equal((await upsc.review.due()).some(c => c.id === first.id), false);
  });

  it('recovers from a corrupted progress file without losing it', async () => {
    const upsc = await api();
    const file = vscode.Uri.joinPath(root(), '.vscode', 'upsc-review.json');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{ "version": 1, "cards": { broken'));
    upsc.review.store.reset();
    const state = await upsc.review.store.load();
    assert.deepEqual(state.cards, {});
    const names = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root(), '.vscode'))).map(([n]) => n);
    assert.ok(names.some(n => /^upsc-review\.corrupt-\d+\.json$/.test(n)), names.join(', '));
  });

  it('opens a mains answer with a word target and outline, and checks it against the editorial', async () => {
    const upsc = await api();
    const entry = upsc.library.visible()[0];
    const question = entry.editorial.mainsQuestion!;
    const uri = await upsc.mains.practise(entry, question, 15);
    assert.ok(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /250 words/);
    assert.match(doc.getText(), /## Introduction/);
    assert.match(doc.getText(), /## Conclusion/);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, doc.positionAt(doc.getText().length), '\nIndia and the US have deepened defense and security cooperation as a Major Defense Partner, and trade and investment ties are growing towards a Bilateral Trade Agreement. Visa restrictions on H-1B professionals remain a friction.\n');
    await vscode.workspace.applyEdit(edit);
    const coverage = await upsc.mains.check(uri);
    assert.ok(coverage);
    assert.equal(coverage.target, 250);
    const covered = coverage.coveredPoints.map(p => p.lead);
    assert.ok(covered.includes('Defense and Security Cooperation'), covered.join(' | '));
    assert.ok(covered.includes('Trade and Investment Ties'), covered.join(' | '));
    assert.ok(coverage.missedPoints.some(p => p.lead === 'Space Collaboration'));
    assert.ok(coverage.coveredTerms.length > 0 && coverage.missedTerms.length > 0);
  });
});
