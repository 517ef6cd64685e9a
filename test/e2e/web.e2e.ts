// The extension as vscode.dev / github.dev run it, in a real VS Code through the browser: the
// web-only variant (package.json `browser`, no `main`, no Node bundle) served over https like the
// Marketplace's CDN, installed with "Developer: Install Extension from Location...", and run by the
// browser's web-worker extension host, which has no Node at all. Then the student's path: the
// tree of editorials, a term's hover in notes, the section summaries, one flashcard.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter } from 'eslint';
import { CodeServerSession, copyWorkspace, Page, PROJECT_ROOT } from '../vscode/codeServer';
import { prepareWebExtension, serveHttps, StaticServer } from '../vscode/webExtension';
import { closeWorkbench, openWorkbench, screenshotOnFailure, SHOTS } from './session';
import type { Workbench } from './workbench';

const WEB_BUNDLE = path.join(PROJECT_ROOT, 'dist', 'web', 'extension.js');
const NAME = 'UPSC Editorial Companion';

/** In the extension-host worker: every global name that is really usable there. */
function workerGlobals(): string[] {
  const names = new Set<string>();
  for (let o: object | null = self; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) Object.getOwnPropertyNames(o).forEach(n => names.add(n));
  const g = self as unknown as Record<string, unknown>;
  // VS Code sets require/define/AMDLoader to undefined and blocks importScripts, postMessage, ...
  return [...names].filter(n => g[n] !== undefined && !(typeof g[n] === 'function' && /has been blocked/.test(String(g[n]))));
}

describe('Web: in the web-worker extension host (as on vscode.dev), through the browser', function () {
  this.timeout(180000);
  let session: CodeServerSession;
  let wb: Workbench;
  let workspace: string;
  let extensionDir: string;
  let server: StaticServer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let hostWorker: any;

  before(async () => {
    extensionDir = prepareWebExtension();
    server = await serveHttps(extensionDir);
    workspace = copyWorkspace('notes-workspace');
    ({ session, wb } = await openWorkbench({ workspace, ignoreHTTPSErrors: true }));
    await wb.installExtensionFromLocation(server.url);
  });

  afterEach(screenshotOnFailure(() => session, 'web-', () => [
    `served: ${server?.requests.join(', ')}`,
    ...(session?.logs.length ? [`browser console errors:\n        ${session.logs.slice(-10).join('\n        ')}`] : []),
  ]));

  after(async () => {
    await closeWorkbench(session, workspace, extensionDir);
    await server?.close();
  });

  it('runs in the web-worker extension host, loaded over https, with no Node entry', async () => {
    assert.ok(!fs.existsSync(path.join(extensionDir, 'dist', 'extension.js')), 'the web variant has no Node bundle');
    assert.equal(JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8')).main, undefined);
    // Opening a note is what activates the extension (onLanguage:markdown) for a student; without
    // it, activation hangs on whatever else happens to open a markdown model (the Details page).
    await wb.openFile('notes.md');
    let ours: { name: string; text: string } | undefined;
    // Activation waits for start-up to finish, which a loaded machine stretches: up to ~40 s.
    for (let i = 0; i < 60 && !ours; i++) {
      ours = (await wb.runningExtensions()).find(e => e.name === NAME);
      if (!ours) await new Promise(r => setTimeout(r, 500));
    }
    assert.ok(ours, `${NAME} is running`);
    // VS Code's own label for extensions in the LocalWebWorker host; Node hosts show the server's address.
    assert.match(ours.text, /\bweb worker\b/, ours.text);
    assert.doesNotMatch(ours.text, /uncaught error|Unresponsive/i, ours.text);
    assert.ok(server.requests.includes('200 /dist/web/extension.js'), `the browser fetched the web bundle: ${server.requests.join(', ')}`);
    await wb.page.screenshot({ path: path.join(SHOTS, 'web-running-extensions.png') });

    // The extension-host worker: VS Code blocks importScripts there; it has no process or require.
    for (const w of wb.page.workers()) {
      if (await w.evaluate(() => /has been blocked/.test(String((self as unknown as { importScripts?: unknown }).importScripts))).catch(() => false)) hostWorker = w;
    }
    assert.ok(hostWorker, 'found the extension-host web worker');
    const env = await hostWorker.evaluate(() => ({ process: typeof (self as unknown as { process?: unknown }).process, require: typeof (self as unknown as { require?: unknown }).require, navigator: typeof navigator, document: typeof (self as unknown as { document?: unknown }).document }));
    assert.deepEqual(env, { process: 'undefined', require: 'undefined', navigator: 'object', document: 'undefined' });
    await wb.runCommand('View: Close All Editors');
  });

  it('the web bundle uses only require("vscode") and globals that worker has', async () => {
    const code = fs.readFileSync(WEB_BUNDLE, 'utf8');
    const required = [...new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(m => m[1]))];
    assert.deepEqual(required, ['vscode'], 'the only module the worker host can give is vscode');
    assert.doesNotMatch(code, /Dynamic require of/, 'esbuild left no dynamic require()');
    assert.ok(hostWorker, 'the extension-host worker (previous test)');
    const globals = Object.fromEntries([...await hostWorker.evaluate(workerGlobals) as string[], 'module', 'exports', 'require'].map(n => [n, 'readonly' as const]));
    const messages = new Linter().verify(code, {
      languageOptions: { ecmaVersion: 'latest', sourceType: 'script', globals },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      rules: { 'no-undef': ['error', { typeof: false }] },
    });
    const lines = code.split('\n');
    // A free name is fine when the code tests it first (turndown: `typeof window < "u" ? window : {}`).
    const unguarded = messages.filter(m => {
      const name = /'([^']+)' is not defined/.exec(m.message)?.[1];
      const before = lines[m.line - 1].slice(Math.max(0, m.column - 120), m.column);
      return !name || !before.includes(`typeof ${name}`);
    }).map(m => `${m.message} at ${m.line}:${m.column}: …${lines[m.line - 1].slice(Math.max(0, m.column - 60), m.column + 40)}…`);
    assert.deepEqual(unguarded, [], 'every global the bundle uses exists in the web-worker extension host');
    // The bundled samples are read by name there (an https extension folder cannot be listed).
    for (const f of fs.readdirSync(path.join(PROJECT_ROOT, 'data', 'editorials')).filter(f => f.endsWith('.md'))) {
      assert.ok(code.includes(JSON.stringify(f)), `data/editorials/${f} is in BUNDLED_EDITORIALS (src/features/editorialSource.ts)`);
    }
  });

  it('lists the bundled sample editorial and expands its sections', async () => {
    await wb.openViewContainer('UPSC Editorials');
    await wb.page.waitForFunction(() => [...document.querySelectorAll('.part.sidebar .monaco-list-row .label-name')].some(e => (e as HTMLElement).innerText.includes('Indo-US')), null, { timeout: 20000 });
    const rows = await wb.treeRows();
    assert.equal(rows[0].label, 'Strengthening Indo-US Strategic Partnership');
    assert.match(rows[0].description, /2024-02-17/);
    const sections = rows.filter(r => r.level === 2);
    assert.ok(sections.length >= 4, `sections: ${JSON.stringify(sections.map(s => s.label))}`);
    assert.deepEqual(sections.map(r => r.description).slice(0, 4), ['7 points', '7 points', '9 points', '7 points']);
    await wb.clickRow('Key Areas of Friction');
    const points = (await wb.treeRows()).filter(r => r.level === 3).map(r => r.label);
    assert.deepEqual(points.slice(0, 2), ['Trade Disputes and Tariff Barriers', 'Defense Technology and Export Control Restrictions']);
    // The sample is read from the https location: opening it goes through VS Code's fetch file system.
    await wb.clickRow('Defense Technology and Export Control Restrictions');
    await wb.waitForTab('indo-us-editorial.md');
    await wb.page.screenshot({ path: path.join(SHOTS, 'web-tree.png') });
  });

  it('shows a term\'s definition on hover in notes.md', async () => {
    await wb.openFile('notes.md');
    const text = await wb.hover('CAATSA');
    assert.match(text, /CAATSA · law/);
    assert.match(text, /2017 US federal law/);
    assert.match(text, /Mentioned in/);
    await wb.page.screenshot({ path: path.join(SHOTS, 'web-hover.png') });
  });

  it('opens the section summaries webview with the sections\' text', async () => {
    await wb.runCommand('UPSC: Show Section Summaries');
    const frame: Page = await wb.webviewFrame('section.section');
    const headings: string[] = await frame.$$eval('section.section h2', (hs: Element[]) => hs.map(h => (h as HTMLElement).innerText.trim()));
    assert.equal(headings[1], 'What are the Key Areas of Friction Between India and the US?');
    assert.ok(headings.length >= 5, `headings: ${JSON.stringify(headings)}`);
    const body: string = await frame.evaluate(() => document.body.innerText);
    assert.match(body, /Trade Disputes and Tariff Barriers/);
    assert.match(body, /NISAR/);
    // asWebviewUri leaves https URIs as they are: the webview loads its stylesheet, script and icon
    // font straight from the extension's https location, allowed by webview.cspSource.
    for (const f of ['/media/summary.css', '/media/summary.js', '/media/codicons/codicon.css']) {
      assert.ok(server.requests.includes(`200 ${f}`), `the webview loaded ${f}: ${server.requests.join(', ')}`);
    }
    await frame.fill('#filter', 'NISAR');
    const visible = await frame.$$eval('.summary-body > ul > li', (lis: Element[]) => lis.filter(li => getComputedStyle(li).display !== 'none').map(li => (li as HTMLElement).innerText.split(':')[0]));
    assert.deepEqual(visible, ['Space Collaboration'], 'the page\'s script runs (filter)');
    await frame.fill('#filter', '');
    await wb.page.screenshot({ path: path.join(SHOTS, 'web-summaries.png') });
  });

  it('reviews a flashcard and saves the progress into the workspace', async () => {
    await wb.runCommand('UPSC: Review Due Cards');
    const frame: Page = await wb.webviewFrame('#front');
    await frame.waitForFunction(() => document.getElementById('front')!.innerText.trim().length > 0);
    assert.match(await frame.$eval('#meta', (e: Element) => (e as HTMLElement).innerText), /^1 \//);
    await frame.focus('#show');
    await wb.page.keyboard.press('Space');
    await wb.page.keyboard.press('3');
    await frame.waitForFunction(() => document.getElementById('meta')!.innerText.startsWith('2 /'));
    // ts-fsrs scheduled it in the worker; workspace.fs wrote the review log (whole, atomically) to the workspace.
    const file = path.join(workspace, '.upsc', 'reviews.jsonl');
    for (let i = 0; i < 40 && !fs.existsSync(file); i++) await new Promise(r => setTimeout(r, 250));
    assert.ok(fs.existsSync(file), `${file} written`);
    await wb.page.screenshot({ path: path.join(SHOTS, 'web-review.png') });
  });

  it('imports a web page (HTML) from the clipboard: domino and turndown in the worker', async () => {
    const html = '<!doctype html><html><head><title>x</title><script>window.__upscPwned = 1</script></head><body><nav><a href="/">Home</a></nav><article>' +
      '<h1>Reviving India–Japan Ties</h1><p>This editorial is based on “Tokyo calling” which was published in The Hindu on 05/03/2025.</p>' +
      '<p>For Prelims: Quad, IPEF</p><h2>What are the Key Areas of Cooperation?</h2><ul><li><strong>Defence Ties:</strong> Both countries hold the JIMEX naval exercise.</li>' +
      '<li><strong>Economic Ties:</strong> Japan is a major investor in India.</li></ul><h2>Conclusion</h2><p>The partnership will grow.</p></article></body></html>';
    await wb.page.evaluate((t: string) => navigator.clipboard.writeText(t), html);
    await wb.runCommand('UPSC: Import Editorial from Clipboard');
    await wb.waitForTab('reviving-india-japan-ties.md');
    const dir = path.join(workspace, 'editorials');
    const file = fs.readdirSync(dir).find(f => f.endsWith('reviving-india-japan-ties.md'));
    assert.ok(file, `imported file in ${fs.readdirSync(dir).join(', ')}`);
    const markdown = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.match(markdown, /JIMEX/);
    assert.doesNotMatch(markdown, /<\/?(li|h2|article|script)\b|__upscPwned/, 'converted to markdown, scripts dropped');
    await wb.openViewContainer('UPSC Editorials');
    await wb.page.waitForFunction(() => [...document.querySelectorAll('.part.sidebar .monaco-list-row .label-name')].some(e => (e as HTMLElement).innerText.includes('Reviving India–Japan Ties')), null, { timeout: 15000 });
    await wb.page.screenshot({ path: path.join(SHOTS, 'web-import-html.png') });
  });
});
