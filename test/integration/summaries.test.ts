// The section summaries webview in a real VS Code: command, panel reuse, CSP, live update.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import { api, until } from './helpers';
import type { EditorialNode } from '../../src/ui/editorialNode';
import { parseMessage } from '../../src/features/summary/summaryPanel';




describe('Section summaries webview (real VS Code host)', () => {
  let upsc: UpscEditorialsApi;
  let sample: EditorialNode;

  before(async () => {
    upsc = await api();
    sample = (await upsc.tree.getChildren())[0] as EditorialNode;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one panel per editorial and reveals it when asked again', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('upscEditorials.showSummaries', sample);
    assert.ok(panel);
    assert.equal(panel.viewType, 'upscEditorials.summary');
    assert.equal(panel.title, 'Strengthening Indo-US Strategic Partnership');
    const sections = await upsc.tree.getChildren(sample);
    const again = await vscode.commands.executeCommand<vscode.WebviewPanel>('upscEditorials.showSummaries', sections[2]);
    assert.equal(again, panel, 'the same panel, scrolled to the section');
  });

  it('serves a page with a strict nonce CSP, no inline handlers and media-only resources', () => {
    const panel = upsc.summaries.panelFor(sample.entry.uri)!;
    const html = panel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; /);
    const nonce = /script-src 'nonce-([A-Za-z0-9]{32})'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(m => m[0]);
    assert.equal(scripts.length, 1);
    assert.ok(scripts.every(s => s.includes(`nonce="${nonce}"`) && / src="/.test(s)));
    assert.ok(!/\son[a-z]+\s*=/i.test(html), 'no inline event handlers');
    assert.ok(!/style="/i.test(html), 'no inline styles');
    const roots = panel.webview.options.localResourceRoots ?? [];
    assert.equal(roots.length, 1);
    assert.match(roots[0].path, /\/media$/);
    assert.equal((html.match(/<section class="section/g) ?? []).length, 7);
  });

  it('accepts only well-formed messages from the page', () => {
    assert.deepEqual(parseMessage({ type: 'reveal', line: 16 }), { type: 'reveal', line: 16 });
    assert.equal(parseMessage({ type: 'reveal', line: -1 }), undefined);
    assert.equal(parseMessage({ type: 'reveal', line: '16' }), undefined);
    assert.equal(parseMessage({ type: 'openExternal', href: 'command:workbench.action.terminal.new' }), undefined);
    assert.equal(parseMessage({ type: 'openExternal', href: 'javascript:alert(1)' }), undefined);
    assert.equal(parseMessage({ type: 'copy', section: 1, mode: 'everything' }), undefined);
    assert.equal(parseMessage({ type: 'runCommand', id: 'x' }), undefined);
    assert.equal(parseMessage(null), undefined);
  });

  it('updates live when the editorial file changes', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'editorials', 'live.md');
    const write = (heading: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`## Live Editorial\n\n## ${heading}\n\n- **Point One:** Some text about the Quad.\n`));
    await write('What are the Challenges?'); // creates the editorials/ folder too
    await until('library entry', () => upsc.library.get(uri.toString()));
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('upscEditorials.showSummaries', uri);
    assert.match(panel.webview.html, /What are the Challenges\?/);
    await write('What is the Way Forward?');
    await until('updated panel', () => /What is the Way Forward\?/.test(panel.webview.html) || undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'editorials'), { recursive: true });
    await until('library removal', () => !upsc.library.has(uri.toString()) || undefined);
  });
});
