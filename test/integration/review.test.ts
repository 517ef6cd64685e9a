// Flashcards and mains-answer practice in a real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, until } from './helpers';



describe('Revision (real VS Code host)', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of ['answers', '.vscode', '.upsc']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), dir), { recursive: true }).then(undefined, () => undefined);
    (await api()).review.store.reset();
  });

  const log = () => vscode.Uri.joinPath(root(), '.upsc', 'reviews.jsonl');
  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

  it('shows a due card in the review panel and rating it appends one line to the log', async () => {
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
    const lines = (await read(log())).split('\n').filter(Boolean).map(l => JSON.parse(l));
    assert.equal(lines.length, 1);
    assert.deepEqual([lines[0].v, lines[0].kind, lines[0].card, lines[0].grade], [1, 'review', first.id, 3]);
    assert.ok(new Date((await upsc.review.store.load()).cards[first.id].due) > new Date(), 'due in the future');
    assert.equal((await upsc.review.due()).some(c => c.id === first.id), false);
    // Taking it back is a line too: the card is due again, and nothing was rewritten.
    await upsc.review.undo();
    const after = (await read(log())).split('\n').filter(Boolean).map(l => JSON.parse(l));
    assert.deepEqual(after.map(e => e.kind), ['review', 'undo']);
    assert.equal(after[1].target, lines[0].id);
    assert.equal((await upsc.review.store.load()).cards[first.id], undefined);
  });

  it('reads the log again when another window (or a git pull) adds to it', async () => {
    const upsc = await api();
    const card = upsc.review.allCards()[5];
    const other = { v: 1, id: 'other-window-1', at: new Date().toISOString(), kind: 'review', card: card.id, grade: 4 };
    await write(log(), (await read(log())) + JSON.stringify(other) + '\n');
    const state = await until('the other window\'s rating', async () => (await upsc.review.store.load()).cards[card.id]);
    assert.ok(new Date(state.due) > new Date());
  });

  it('skips a damaged line with a Problems entry and keeps it; a rating after it is appended whole', async () => {
    const upsc = await api();
    const before = await read(log());
    await write(log(), before + '{ "v": 1, "id": "broken\n');
    upsc.review.store.reset();
    await upsc.review.store.load();
    const problems = await until('a Problems entry on the log', () => {
      const d = vscode.languages.getDiagnostics(log());
      return d.length ? d : undefined;
    });
    assert.equal(problems[0].range.start.line, before.split('\n').filter(Boolean).length);
    await vscode.commands.executeCommand('upscEditorials.reviewDueCards');
    await upsc.review.rate(3);
    const text = await read(log());
    assert.ok(text.startsWith(before + '{ "v": 1, "id": "broken\n'), 'the damaged line is kept as it was');
    assert.equal(JSON.parse(text.trimEnd().split('\n').pop()!).kind, 'review');
  });

  it('carries the progress file of an earlier version over once, and keeps it', async () => {
    const upsc = await api();
    await vscode.workspace.fs.delete(log()).then(undefined, () => undefined);
    const card = upsc.review.allCards()[7];
    const old = vscode.Uri.joinPath(root(), '.vscode', 'upsc-review.json');
    const state = { due: '2099-01-01T00:00:00.000Z', stability: 10, difficulty: 5, elapsedDays: 0, scheduledDays: 10, reps: 3, lapses: 0, state: 2, lastReview: '2025-01-01T00:00:00.000Z' };
    await write(old, JSON.stringify({ version: 1, newSeen: { date: '2025-01-01', count: 1 }, cards: { [card.id]: state } }));
    upsc.review.store.reset();
    assert.deepEqual((await upsc.review.store.load()).cards[card.id], state);
    upsc.review.store.reset();
    await upsc.review.store.load();
    const lines = (await read(log())).split('\n').filter(Boolean);
    assert.equal(lines.filter(l => l.includes('"migrated:')).length, 2, 'carried over once');
    assert.ok((await read(old)).includes(card.id), 'the old file is kept');
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
