// Extremes through the whole pipeline in the real VS Code host: a workspace that holds a 10 MB
// note, an editorial with a list nested 3,001 deep, a glossary nested 8,000 deep and a 100 KB
// note of "[" that the student types into, and a web page of 10,000 nested <div>s imported. The
// good editorials still list, a hover on a bundled term in a normal note answers, and Problems
// names each bad file. How long the hover took is shown in the test's title (measured, not asserted).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';
import { api, until } from './helpers';

const GOOD = '## Water Governance in Cities\n\n*This editorial is based on “Water” which was published in The Hindu on 12/03/2025.*\n\n**For Prelims:** [Quad](#)\n\n### What are the Key Challenges?\n\n- **Groundwater Depletion:** Aquifers fall each year.\n\n## Conclusion\n\nCities must plan.\n';

/**
 * A list `depth` levels deep in a file of ordinary size: "- a" / "  - b" pairs, which page-break
 * repair chains one under the other (each "a" continues the "b" above it), as PDF copies do.
 */
const deepList = (depth: number) => '- a\n  - b\n'.repeat(depth - 1);

describe('Extremes through the whole pipeline (real VS Code host)', function () {
  this.timeout(180_000);
  let upsc: UpscEditorialsApi;
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const at = (...parts: string[]) => vscode.Uri.joinPath(root(), 'extremes', ...parts);
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const problems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map(d => d.message);

  before(async () => {
    upsc = await api();
    await write(at('editorials', 'good.md'), GOOD);
    await write(at('editorials', 'deep-list.md'), `## A Very Deep List\n\n### What are the Issues?\n\n${deepList(3001)}`);
    await write(at('deep.glossary.json'), '['.repeat(8000) + ']'.repeat(8000));
    // 10 MB of ordinary note text, well past the 2 MB limit for notes.
    await write(at('notes', 'huge.md'), 'The Quad met again and talked about WTO reform. '.repeat(210_000));
    await write(at('notes', 'brackets.md'), '['.repeat(100_000));
    await write(at('notes', 'normal.md'), '# My notes\n\nThe Quad is a grouping of four democracies.\n');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(at(), { recursive: true });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'editorials'), { recursive: true }).then(undefined, () => undefined);
    await until('sample back', () => upsc.library.visible().every(e => e.bundled), 30_000);
  });

  it('lists the good editorials, and the deep one capped, with a problem for each bad file', async () => {
    const good = await until('the good editorial', () => upsc.library.get(at('editorials', 'good.md').toString()), 60_000);
    assert.equal(good.editorial.title, 'Water Governance in Cities');
    const deep = await until('the deep editorial', () => upsc.library.get(at('editorials', 'deep-list.md').toString()), 60_000);
    assert.equal(deep.editorial.title, 'A Very Deep List');
    const deepProblems = await until('a problem on the deep list', () => problems(at('editorials', 'deep-list.md')).find(m => /nested 3001 levels deep/.test(m)), 30_000);
    assert.match(deepProblems, /shown at level 24/);
    await until('a problem on the deep glossary', () => problems(at('deep.glossary.json')).find(m => /8000 levels deep/.test(m)), 30_000);
    await until('a problem on the 10 MB note', () => problems(at('notes', 'huge.md')).find(m => /larger than the 2 MB limit/.test(m)), 30_000);
    assert.ok(upsc.library.visible().some(e => e.uri === at('editorials', 'good.md').toString()), 'the good editorial is in the tree');
  });

  it('answers a hover in a normal note while a 100 KB note of "[" is being typed into', async function () {
    const brackets = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(at('notes', 'brackets.md')));
    for (let i = 0; i < 20; i++) {
      const end = brackets.document.lineAt(brackets.document.lineCount - 1).range.end;
      await brackets.edit(b => b.insert(end, i % 2 ? '[' : ']'), { undoStopBefore: false, undoStopAfter: false });
    }
    const normal = await vscode.workspace.openTextDocument(at('notes', 'normal.md'));
    await vscode.window.showTextDocument(normal, { preview: false });
    const position = normal.positionAt(normal.getText().indexOf('Quad') + 1);
    const t0 = Date.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', normal.uri, position);
    const ms = Date.now() - t0;
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Quad/);
    assert.match(text, /\*\*Quad\*\* · \*grouping\*/, text.slice(0, 200));
    // The report shows it in the test's title: a figure to read, never a pass/fail line.
    if (this.test) this.test.title += ` (hover answered in ${ms} ms)`;
    await brackets.document.save();
  });

  it('imports a page of 10,000 nested <div>s as its text, saving nothing empty', async () => {
    const page = at('deep.html');
    await write(page, `<html><body><h1>Deep Page</h1>${'<div>'.repeat(10_000)}Some text about the Quad.${'</div>'.repeat(10_000)}</body></html>`);
    const result = await vscode.commands.executeCommand<{ imported: vscode.Uri[]; failed: unknown[] }>('upscEditorials.importFiles', page);
    for (const uri of result.imported) {
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.match(saved, /Some text about the Quad/);
    }
    assert.equal(result.imported.length + result.failed.length, 1, JSON.stringify(result));
  });
});
