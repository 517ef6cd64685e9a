// Importing a saved web page in the real VS Code host. On the desktop host the HTML libraries are a
// file of their own, dist/htmlLibraries.js, required on the first import (esbuild.js): this is the
// test that the bundle finds it, and that nothing about HTML is loaded before the first import.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import { api, until } from './helpers';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const libraries = path.join(PROJECT_ROOT, 'dist', 'htmlLibraries.js');

describe('Importing a saved web page (real VS Code host)', () => {
  let upsc: UpscEditorialsApi;
  const editorials = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'editorials');

  before(async () => {
    upsc = await api();
  });

  after(async () => {
    await vscode.workspace.fs.delete(editorials(), { recursive: true }).then(undefined, () => undefined);
    await until('sample back', () => upsc.library.visible().every(e => e.bundled));
  });

  it('loads the HTML libraries only when a page is imported, from their own file', async () => {
    assert.equal(require.cache[libraries], undefined, 'not loaded at start');
    const page = vscode.Uri.file(path.join(PROJECT_ROOT, 'test', 'fixtures', 'import', 'drishti-like-en.html'));
    const result = await vscode.commands.executeCommand<{ imported: vscode.Uri[]; failed: unknown[] }>('upscEditorials.importFiles', page);
    assert.deepEqual(result.failed, []);
    assert.equal(result.imported.length, 1);
    assert.ok(require.cache[libraries], 'dist/htmlLibraries.js was required by the import');
    const entry = await until('imported page in the library', () => upsc.library.get(result.imported[0].toString()));
    assert.equal(entry.editorial.title, 'Mainstreaming Millets for Nutrition and Climate Resilience');
    assert.ok(entry.editorial.sections.length >= 5, `${entry.editorial.sections.length} sections`);
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(result.imported[0]));
    // (A table cell's line break, `<br>`, is the one tag a pipe table holds: read as a break, never as HTML.)
    assert.ok(!/<[a-z]/i.test(markdown.replace(/`[^`]*`/g, '').replace(/^\|.*$/gm, row => row.replace(/<br>/g, ''))), 'no HTML left in the saved markdown');
  });
});
