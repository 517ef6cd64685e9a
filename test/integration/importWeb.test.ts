// Getting a web page in, in the real VS Code host: "Import Editorial from URL" against a local
// HTTP server (loopback: the only plain-http addresses fetched), the refusals (other schemes, a
// page too large, a server error), "Paste as editorial" for a page copied in the browser, and
// "Show How This Editorial Was Read" on what came in.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import { COMMANDS } from '../../src/services/commandIds';
import { api, until } from './helpers';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const page = fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'drishti-like-hi.html'), 'utf8');

describe('Importing from the web (real VS Code host)', () => {
  let upsc: UpscEditorialsApi;
  let server: http.Server;
  let base = '';
  const editorials = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'editorials');

  before(async () => {
    upsc = await api();
    server = http.createServer((req, res) => {
      if (req.url === '/editorial') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); }
      else if (req.url === '/huge') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p>' + 'x'.repeat(6 * 1024 * 1024) + '</p>'); }
      else if (req.url === '/pdf') { res.writeHead(200, { 'content-type': 'application/pdf' }); res.end('%PDF'); }
      else { res.writeHead(404); res.end('gone'); }
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.close();
    await vscode.workspace.fs.delete(editorials(), { recursive: true }).then(undefined, () => undefined);
    await until('sample back', () => upsc.library.visible().every(e => e.bundled));
  });

  it('imports a page from a web address: the article read, saved, and in the library', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMANDS.importFromUrl, `${base}/editorial`);
    assert.ok(uri, 'imported');
    const entry = await until('imported page in the library', () => upsc.library.get(uri.toString()));
    assert.equal(entry.editorial.language, 'hi');
    assert.ok(entry.editorial.sections.length >= 5, `${entry.editorial.sections.length} sections`);
    assert.ok(entry.editorial.pyqs.length >= 2);
  });

  it('refuses what it must not fetch, and saves nothing for it', async () => {
    const before = (await vscode.workspace.fs.readDirectory(editorials())).length;
    for (const address of ['http://example.com/editorial', 'file:///etc/passwd', `${base}/huge`, `${base}/pdf`, `${base}/missing`]) {
      assert.equal(await vscode.commands.executeCommand(COMMANDS.importFromUrl, address), undefined, address);
    }
    assert.equal((await vscode.workspace.fs.readDirectory(editorials())).length, before, 'no file written');
  });

  it('pastes a copied web page as the canonical editorial', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const data = new vscode.DataTransfer();
    data.set('text/html', new vscode.DataTransferItem(page));
    const token = new vscode.CancellationTokenSource().token;
    const context = { only: undefined, triggerKind: vscode.DocumentPasteTriggerKind.Automatic };
    const edits = await upsc.pasteAsEditorial.provideDocumentPasteEdits!(doc, [new vscode.Range(0, 0, 0, 0)], data, context, token);
    assert.equal(edits?.length, 1);
    const text = String(edits![0].insertText);
    assert.match(text, /^## किसान उत्पादक संगठन/);
    assert.match(text, /\*\*प्रिलिम्स के लिये:\*\*/);
    // Nothing to offer for a paste without HTML.
    const plain = new vscode.DataTransfer();
    plain.set('text/plain', new vscode.DataTransferItem('just text'));
    assert.equal(await upsc.pasteAsEditorial.provideDocumentPasteEdits!(doc, [new vscode.Range(0, 0, 0, 0)], plain, context, token), undefined);
  });

  it('shows how an editorial was read: its sections, questions and repairs', async () => {
    const entry = upsc.library.visible()[0];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(COMMANDS.showReading, vscode.Uri.parse(entry.uri));
    const text = editor.document.getText();
    assert.match(text, /^# How ".*" was read/);
    for (const s of entry.editorial.sections.filter(s => !['faq', 'pyq', 'mains-question'].includes(s.kind))) assert.ok(text.includes(s.heading.slice(0, 20)), s.heading);
    assert.match(text, /Previous year questions: \d+ prelims, \d+ mains/);
    assert.equal(editor.document.uri.scheme, 'upsc-reading');
  });
});
