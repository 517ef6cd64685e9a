// Prelims terms in the student's own notes, in a real VS Code: hover, completion, definition,
// decorations, and user glossaries with errors in the Problems panel.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import { api, until } from './helpers';




function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

async function hoverAt(doc: vscode.TextDocument, word: string): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const offset = doc.getText().indexOf(word);
  assert.ok(offset >= 0, `"${word}" in ${doc.uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + 1));
  return { text: hoverText(hovers), hovers };
}

describe('Prelims terms in notes (real VS Code host)', () => {
  let upsc: UpscEditorialsApi;
  let notes: vscode.TextDocument;
  const root = () => vscode.workspace.workspaceFolders![0].uri;

  before(async () => {
    upsc = await api();
    notes = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), 'notes.md'));
    await vscode.window.showTextDocument(notes);
  });

  it('loads the bundled glossary', () => {
    assert.ok(upsc.glossary.size >= 50, `${upsc.glossary.size} terms`);
  });

  it('expands CAATSA and NISAR on hover in a notes file', async () => {
    const caatsa = await hoverAt(notes, 'CAATSA');
    assert.match(caatsa.text, /\*\*CAATSA\*\* · \*law\*/);
    assert.match(caatsa.text, /2017 US federal law/);
    assert.match(caatsa.text, /Mentioned in[\s\S]*Strengthening Indo-US Strategic Partnership/);
    const range = caatsa.hovers[0].range!;
    assert.equal(notes.getText(range), 'CAATSA sanctions');

    const nisar = await hoverAt(notes, 'NISAR');
    assert.match(nisar.text, /\*\*NISAR\*\* · \*space\*/);
    assert.match(nisar.text, /Space Collaboration/);
  });

  it('makes hover links run only this extension\'s own commands', async () => {
    const { hovers } = await hoverAt(notes, 'NISAR');
    const md = hovers[0].contents[0] as vscode.MarkdownString;
    assert.deepEqual(md.isTrusted, { enabledCommands: ['upscEditorials.openMention', 'upscEditorials.showTerm', 'upscEditorials.createGlossaryEntry', 'upscEditorials.showTermPyqs'] });
    assert.equal(md.supportHtml, false);
    const commands = [...md.value.matchAll(/\]\((command:[^)]*)\)/g)].map(m => m[1].split('?')[0]);
    assert.ok(commands.length > 0 && commands.every(c => c === 'command:upscEditorials.openMention' || c === 'command:upscEditorials.showTerm'));
  });

  it('opens a "Mentioned in" link at its line, clamped to the file', async () => {
    const sample = upsc.library.visible()[0].uri;
    await vscode.commands.executeCommand('upscEditorials.openMention', sample, 35);
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 35);
    await vscode.commands.executeCommand('upscEditorials.openMention', sample, 99999);
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, vscode.window.activeTextEditor!.document.lineCount - 1);
    await vscode.window.showTextDocument(notes);
  });

  it('shows no hover over ordinary words', async () => {
    const { hovers } = await hoverAt(notes, 'came up');
    assert.equal(hovers.length, 0);
  });

  it('underlines the terms in the visible note', async () => {
    const count = await until('decorations', () => upsc.decorations.counts.get(notes.uri.toString()));
    assert.equal(count, 3, '"India–US ties" in the heading, "CAATSA sanctions", "NISAR satellite"');
  });

  it('keeps underlines right while the student types (incremental re-scan)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Notes\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const count = () => upsc.decorations.counts.get(doc.uri.toString());
    const type = async (text: string, at = doc.positionAt(doc.getText().length)) => { await editor.edit(b => b.insert(at, text)); };
    await type('The Quad and ');
    await until('one term', () => count() === 1 || undefined);
    await type('NISAR satellite, F-');
    await until('two terms', () => count() === 2 || undefined);
    await type('35 jets');
    await until('F-35 completed', () => count() === 3 || undefined);
    await editor.edit(b => b.delete(new vscode.Range(doc.positionAt(doc.getText().indexOf('Quad')), doc.positionAt(doc.getText().indexOf('Quad') + 4))));
    await until('Quad removed', () => count() === 2 || undefined);
    assert.equal(count(), upsc.glossary.scan(doc.getText()).length, 'same as a full scan');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('skips underlining files above the size limit (setting), and picks up the change live', async () => {
    const config = vscode.workspace.getConfiguration();
    await config.update('upscEditorials.decorations.maxFileSizeMB', 0.00001, vscode.ConfigurationTarget.Workspace);
    try {
      await until('no decorations', () => !upsc.decorations.counts.has(notes.uri.toString()) || undefined);
    } finally {
      await config.update('upscEditorials.decorations.maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('decorations back', () => upsc.decorations.counts.get(notes.uri.toString()) === 3 || undefined);
  });

  it('completes term names with their definition as documentation', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The Gaga' });
    // The documentation is filled in when an item is resolved (as VS Code does for the one shown).
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 8), undefined, 5000);
    const item = list.items.find(i => i.label === 'Gaganyaan');
    assert.ok(item, 'Gaganyaan is offered');
    assert.match(item.detail ?? '', /space/);
    assert.match((item.documentation as vscode.MarkdownString).value, /human spaceflight|crewed/i);
  });

  it('goes to a bundled term\'s definition in a read-only virtual document', async () => {
    const offset = notes.getText().indexOf('CAATSA');
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', notes.uri, notes.positionAt(offset + 2));
    assert.equal(links.length, 1);
    const target = 'targetUri' in links[0] ? links[0].targetUri : links[0].uri;
    assert.equal(target.scheme, 'upsc-glossary');
    const doc = await vscode.workspace.openTextDocument(target);
    assert.match(doc.getText(), /^# CAATSA · \*law\*/);
    assert.match(doc.getText(), /\*\*Sources:\*\*/);
  });

  it('reports a broken user glossary in the Problems panel while its good entries hover', async () => {
    const glossaryUri = vscode.Uri.joinPath(root(), 'my.glossary.json');
    const text = '{\n  "terms": [\n    { "name": "Zebra Pact", "definition": "A made-up pact for this test.", "category": "agreement" },\n    { "definition": "entry without a name" },\n    { "name": "Quad", "definition": "My own note on the Quad." }\n  ]\n}\n';
    await vscode.workspace.fs.writeFile(glossaryUri, new TextEncoder().encode(text));
    const diagnostics = await until('glossary diagnostics', () => {
      const d = vscode.languages.getDiagnostics(glossaryUri);
      return d.length ? d : undefined;
    });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].range.start.line, 3);
    assert.match(diagnostics[0].message, /missing "name"/);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);

    const note = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Revise the Zebra Pact and the Quad today.' });
    const zebra = await until('user term hover', async () => {
      const h = await hoverAt(note, 'Zebra Pact');
      return h.hovers.length ? h : undefined;
    });
    assert.match(zebra.text, /A made-up pact for this test/);
    const quad = await hoverAt(note, 'Quad');
    assert.match(quad.text, /My own note on the Quad/, 'user entry overrides the bundled one');
    await vscode.workspace.fs.delete(glossaryUri);
    await until('bundled Quad back', async () => /Australia, India, Japan/.test((await hoverAt(note, 'Quad')).text) || undefined);
  });

  it('looks up a term from the command palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('upscEditorials.lookUpTerm'));
    await vscode.commands.executeCommand('upscEditorials.showTerm', 'quad');
    await until('term document', () => vscode.window.visibleTextEditors.find(e => e.document.uri.scheme === 'upsc-glossary'));
    await vscode.commands.executeCommand('upscEditorials.showTerm', { not: 'a string' }); // ignored, no throw
  });
});
