// A student's own editorial whose For Prelims terms no glossary has, in a real VS Code: the terms
// hover in a note with what the editorial says, and "Create Glossary Entry from This Term" writes
// a workspace glossary entry that, once defined and saved, is what the hover shows.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import { api, until } from './helpers';

function fixture(name: string): vscode.Uri {
  return vscode.Uri.file(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'library-terms', name));
}

describe('library terms (real VS Code host)', () => {
  let upsc: UpscEditorialsApi;
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const editorial = () => vscode.Uri.joinPath(root(), 'editorials', 'library-terms', 'green-credit.md');
  const note = () => vscode.Uri.joinPath(root(), 'notes', 'finance-notes.md');
  const glossaryFile = () => vscode.Uri.joinPath(root(), 'upsc-terms.glossary.json');

  before(async () => {
    upsc = await api();
    await vscode.workspace.fs.writeFile(editorial(), await vscode.workspace.fs.readFile(fixture('green-credit.md')));
    await vscode.workspace.fs.writeFile(note(), new TextEncoder().encode('# वित्त\n\nसॉवरेन ग्रीन बॉण्ड और राज्य वित्त आयोगों पर नोट।\n'));
    await until('the editorial', () => upsc.library.visible().some(e => e.uri === editorial().toString()));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [vscode.Uri.joinPath(root(), 'editorials'), vscode.Uri.joinPath(root(), 'notes'), glossaryFile()]) {
      await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    }
    await until('sample back', () => upsc.library.visible().every(e => e.bundled));
  });

  const hoverText = async (doc: vscode.TextDocument, word: string) => {
    const at = doc.positionAt(doc.getText().indexOf(word) + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    return { hovers, text: hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n') };
  };

  it('hovers a For Prelims term of the editorial with what it says, the page link as text and the PYQ', async () => {
    const doc = await vscode.workspace.openTextDocument(note());
    await vscode.window.showTextDocument(doc);
    const h = await until('the library-term hover', async () => {
      const r = await hoverText(doc, 'सॉवरेन');
      return /What your editorials say/.test(r.text) && r;
    });
    assert.equal(doc.getText(h.hovers[0].range!), 'सॉवरेन ग्रीन बॉण्ड');
    assert.match(h.text, /ऋण पत्र हैं जिनकी आय केवल हरित परियोजनाओं पर व्यय होती है/);
    assert.match(h.text, /Link on the page: `https:\/\/example\.org\/sgb`/);
    assert.match(h.text, /\[PYQ 2022\]\(command:upscEditorials\.openMention/);
    assert.match(h.text, /\[Create glossary entry\]\(command:upscEditorials\.createGlossaryEntry/);
    // Inflected: "आयोगों" is the term "राज्य वित्त आयोग".
    const sfc = await hoverText(doc, 'राज्य वित्त आयोगों');
    assert.equal(doc.getText(sfc.hovers[0].range!), 'राज्य वित्त आयोगों');
    const md = h.hovers[0].contents[0] as vscode.MarkdownString;
    assert.equal(md.supportHtml, false);
    assert.deepEqual(md.isTrusted, { enabledCommands: ['upscEditorials.openMention', 'upscEditorials.showTerm', 'upscEditorials.createGlossaryEntry', 'upscEditorials.showTermPyqs'] });
  });

  it('creates a glossary entry from the term, and once defined the hover shows the definition', async () => {
    const term = upsc.glossary.lookup('सॉवरेन ग्रीन बॉण्ड')!;
    assert.ok(term?.fromEditorials, 'a library term first');
    await vscode.commands.executeCommand('upscEditorials.createGlossaryEntry', term.id);
    const editor = await until('the glossary file open', () => vscode.window.activeTextEditor?.document.uri.toString() === glossaryFile().toString() && vscode.window.activeTextEditor);
    const text = editor.document.getText();
    const entry = JSON.parse(text).terms[0];
    assert.equal(entry.name, 'सॉवरेन ग्रीन बॉण्ड');
    assert.equal(entry.definition, '');
    assert.match(entry.context[0], /ऋण पत्र हैं/, 'the editorial\'s sentence kept as context');
    assert.equal(text.slice(editor.document.offsetAt(editor.selection.active) - 1, editor.document.offsetAt(editor.selection.active) + 1), '""', 'the cursor is in the empty definition');
    await editor.edit(b => b.insert(editor.selection.active, 'Government bonds whose money goes only to green projects.'));
    await editor.document.save();
    const defined = await until('the user entry', () => {
      const t = upsc.glossary.lookup('सॉवरेन ग्रीन बॉण्ड');
      return t && !t.fromEditorials && t.definition.startsWith('Government bonds') && t;
    });
    assert.equal(defined.origin.uri, glossaryFile().toString());
    const doc = await vscode.workspace.openTextDocument(note());
    await vscode.window.showTextDocument(doc);
    const h = await until('the hover with the definition', async () => {
      const r = await hoverText(doc, 'सॉवरेन');
      return /Government bonds whose money goes only to green projects/.test(r.text) && r;
    });
    assert.doesNotMatch(h.text, /What your editorials say/, 'the definition now stands for the term');
    // The Hindi term the bundled glossary knows is its entry, both ways.
    const sfc = await hoverText(doc, 'राज्य वित्त आयोगों');
    assert.match(sfc.text, /\*\*State Finance Commission\*\*/);
  });
});
