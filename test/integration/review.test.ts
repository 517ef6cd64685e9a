// Flashcards and mains-answer practice in a real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, until } from './helpers';
import { parseDelimited } from '../../src/core/revision/ankiExport';
import { glossaryTermFinder } from '../../src/core/revision/cards/card';
import { editorialCards } from '../../src/core/revision/cards/editorialCards';
import { parseCardRefShard } from '../../src/core/revision/cards/savedCardRefs';



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
  /** Runs `body` with editorials/<name> written and in the library; removes it again after. */
  const withEditorial = async (name: string, lines: string[], body: (uri: vscode.Uri) => Promise<void>) => {
    const upsc = await api();
    const uri = vscode.Uri.joinPath(root(), 'editorials', name);
    await write(uri, lines.join('\n'));
    try {
      await until('the new editorial in the library', () => upsc.library.get(uri.toString()));
      await body(uri);
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await until('the editorial gone again', () => !upsc.library.get(uri.toString()) || undefined);
    }
  };

  it('starts the next review with the cards of an editorial added today', async () => {
    const upsc = await api();
    await withEditorial('today-grain-storage.md', [
      '# Building Grain Storage Close to Farms',
      '',
      '*This editorial is based on a newspaper report of 07/12/2026.*',
      '',
      '**For Prelims:** Food Corporation of India, Warehouse Receipt',
      '',
      '## Why Does India Need More Storage Near Farms?',
      '',
      '- **Losses after harvest:** Grain kept in the open spoils in the monsoon, and small farmers sell early at low prices.',
      '- **Distance to warehouses:** Most storage stands near cities, far from where the grain is grown.',
      '',
      '## Conclusion',
      '',
      'Storage in every block would let farmers wait for a fair price.',
      '',
    ], async uri => {
      const due = await upsc.review.dueCards();
      assert.equal(due[0]?.source?.uri, uri.toString(), `first card: ${due[0]?.front}`);
      assert.equal(due[1]?.source?.uri, uri.toString(), `second card: ${due[1]?.front}`);
      assert.match(due[0].front + due[1].front, /Losses after harvest|Distance to warehouses|Why Does India Need/);
    });
  });

  it('keeps the library\'s card refs for the next start: each editorial\'s card ids and lines, for its text', async () => {
    const upsc = await api();
    await withEditorial('kept-refs-canal-lining.md', [
      '# Lining Canals to Save Water',
      '',
      '*This editorial is based on a newspaper report of 06/12/2026.*',
      '',
      '**For Prelims:** Command Area Development',
      '',
      '## What Does Lining Achieve?',
      '',
      '- **Seepage:** An unlined canal loses about 45% of its water before it reaches the fields.',
      '- **Reach:** Water saved at the head reaches farms at the tail end of the canal in 2025 trials.',
      '',
    ], async () => {
      await upsc.review.updateStatus();
      const store = upsc.review.keptRefs!;
      await store.save();
      const folder = store.folder!;
      const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).filter(n => /^shard-\d+\.ndjson$/.test(n));
      assert.ok(names.length > 0, 'shards written');
      const records = [];
      for (const name of names) {
        const text = await read(vscode.Uri.joinPath(folder, name));
        const fingerprint = (JSON.parse(text.slice(0, text.indexOf('\n'))) as { fingerprint: string }).fingerprint;
        records.push(...parseCardRefShard(text, fingerprint)!);
      }
      const editorials = upsc.library.visible().filter(e => !e.bundled);
      assert.deepEqual(records.map(r => r.uri).sort(), editorials.map(e => e.uri).sort(), 'one record per workspace editorial');
      for (const r of records) {
        const entry = upsc.library.get(r.uri)!;
        assert.equal(r.hash, entry.hash);
        const cards = editorialCards(entry.uri, entry.editorial, glossaryTermFinder(upsc.glossary));
        assert.ok(cards.length > 0);
        assert.deepEqual(r.ids, cards.map(c => c.id), r.uri);
        assert.deepEqual(r.lines, cards.map(c => c.source!.line), r.uri);
      }
      // Nothing changed since: the next save writes nothing.
      const shard = vscode.Uri.joinPath(folder, names[0]);
      const before = (await vscode.workspace.fs.stat(shard)).mtime;
      await store.save();
      assert.equal((await vscode.workspace.fs.stat(shard)).mtime, before);
    });
  });

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

  it('coaches the answer as it is typed: directive, structure, dimensions, notes', async () => {
    const upsc = await api();
    const entry = upsc.library.visible().find(e => e.editorial.mainsQuestion)!;
    const uri = await upsc.mains.practise(entry, entry.editorial.mainsQuestion!, 15);
    assert.ok(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText()
      .replace('## Introduction\n', '## Introduction\n\nIndia and the US are partners in trade, defence and technology, with new agreements each year.\n')
      .replace('## Conclusion\n', 'Trade and investment keep growing, and defence and security cooperation deepened under the Major Defense Partner status, while tariffs and visa rules cause friction in the economy.\n\n## Conclusion\n\nA steady partnership needs a trade deal and trust on both sides.\n');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
    await vscode.workspace.applyEdit(edit);
    const first = await upsc.mains.coach(doc);
    assert.ok(first);
    assert.equal(first.directive?.word, 'discuss');
    assert.ok(first.structure.intro > 0 && first.structure.conclusion > 0 && first.structure.body > first.structure.intro, JSON.stringify(first.structure));
    assert.ok(first.dimensions.covered.includes('economic'), JSON.stringify(first.dimensions));
    assert.ok(first.dimensions.missed.length > 0, 'the sample has dimensions this answer leaves out');
    // The panel follows typing: the next check sees the new words.
    await upsc.mains.check(uri);
    const more = new vscode.WorkspaceEdit();
    more.insert(uri, doc.positionAt(doc.getText().length), '\nSpace collaboration through NISAR and the Artemis Accords adds a technological side.\n');
    await vscode.workspace.applyEdit(more);
    const after = await upsc.mains.coach(doc);
    assert.ok(after!.coverage.wordCount > first.coverage.wordCount);
    assert.ok(after!.dimensions.covered.includes('technological'), JSON.stringify(after!.dimensions));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('plans the day towards an exam date and exports the cards for Anki', async () => {
    const upsc = await api();
    const config = vscode.workspace.getConfiguration('upscEditorials');
    const exam = new Date(Date.now() + 40 * 86_400_000);
    const date = `${exam.getFullYear()}-${String(exam.getMonth() + 1).padStart(2, '0')}-${String(exam.getDate()).padStart(2, '0')}`;
    await config.update('exam.prelimsDate', date, vscode.ConfigurationTarget.Workspace);
    try {
      const { plan, stats } = await upsc.plan.compute();
      assert.equal(plan.exam?.daysLeft, 40);
      assert.ok(plan.due + plan.fresh.reduce((n, f) => n + f.count, 0) + plan.freshTerms > 0, 'something to do today');
      assert.equal(stats.perDay.length, 84);
      const panel = await upsc.plan.show();
      assert.match(panel.webview.html, /Prelims in 40 days/);
      assert.doesNotMatch(panel.webview.html, /<script/i, 'the page runs no script');
      panel.dispose();
      // A rating now is scheduled to come back before the exam.
      await vscode.commands.executeCommand('upscEditorials.reviewDueCards');
      const card = upsc.review.current!;
      await upsc.review.rate(4);
      const state = (await upsc.review.store.load()).cards[card.id];
      assert.ok(Date.parse(state.due) < exam.getTime(), `due ${state.due}, exam ${date}`);
      const line = (await read(log())).trimEnd().split('\n').pop()!;
      assert.match(line, /"maxIvl":37\}$/);
    } finally {
      await config.update('exam.prelimsDate', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const target = vscode.Uri.joinPath(root(), 'upsc-cards.txt');
    await vscode.commands.executeCommand('upscEditorials.exportCards', target, 'anki');
    const exported = await read(target);
    const rows = parseDelimited(exported, '\t');
    assert.ok(exported.startsWith('#separator:tab\n#html:true\n'));
    assert.ok(rows.length >= 30, `${rows.length} rows`);
    assert.ok(rows.every(r => r.length === 4 && r[0].startsWith('upsc-') && r[3].split(' ').includes('upsc')));
    assert.ok(rows.some(r => r[3].includes('upsc::syllabus::')), 'syllabus topics as tags');
    await vscode.workspace.fs.delete(target);
  });

  it('reviews one editorial, and cramming it saves no rating', async () => {
    const upsc = await api();
    const entry = upsc.library.visible()[0];
    await upsc.review.start({ kind: 'editorial', uri: entry.uri }, { cram: true, label: entry.editorial.title });
    const first = upsc.review.current!;
    assert.ok(first.kind === 'term' || first.source?.uri === entry.uri);
    const before = await read(log()).catch(() => '');
    await upsc.review.rate(3);
    assert.equal(await read(log()).catch(() => ''), before, 'the log is untouched');
    await upsc.review.start({ kind: 'editorial', uri: entry.uri }, { label: entry.editorial.title });
    assert.ok(upsc.review.queued.every(c => c.kind === 'term' || c.source?.uri === entry.uri));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
