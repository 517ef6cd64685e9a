import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { execFileSync } from 'node:child_process';
import { COMMANDS } from '../../src/services/commandIds';
import { SECTION, SETTINGS } from '../../src/services/settings';

const root = path.join(__dirname, '../../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

describe('package.json contributions', () => {
  const pkg = read('package.json');
  const text = fs.readFileSync(path.join(root, 'package.json'), 'utf8');

  it('has every %key% in the English and Hindi string files, and no unused keys', () => {
    const keys = new Set([...text.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]));
    for (const file of ['package.nls.json', 'package.nls.hi.json']) {
      const nls = read(file);
      for (const k of keys) assert.ok(typeof nls[k] === 'string' && nls[k].trim(), `${file}: ${k}`);
      assert.deepEqual(Object.keys(nls).filter(k => !keys.has(k)), [], `${file} has no stray keys`);
    }
  });

  it('gives every command the UPSC category and registers no command twice', () => {
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(pkg.contributes.commands.every((c: { category: string }) => c.category === '%category%'));
  });

  it('keeps engines.vscode and @types/vscode on the same minor version', () => {
    const engine = /\^?(\d+\.\d+)/.exec(pkg.engines.vscode)![1];
    const types = /(\d+\.\d+)/.exec(pkg.devDependencies['@types/vscode'])![1];
    assert.equal(types, engine);
    assert.ok(Number(engine.split('.')[1]) <= 100, 'runs in VS Code 1.100 (code-server 4.100.3)');
  });

  it('uses only commands that exist in menus', () => {
    const ids = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    for (const [menu, items] of Object.entries(pkg.contributes.menus) as [string, { command: string }[]][]) {
      for (const item of items) assert.ok(ids.has(item.command), `${menu}: ${item.command}`);
    }
  });

  it('declares exactly the commands of the command table (src/services/commandIds.ts), both ways', () => {
    const declared = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, Object.values(COMMANDS).sort());
  });

  it('declares exactly the settings of the settings table (src/services/settings.ts), with the same defaults', () => {
    const properties = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(SETTINGS).map(k => `${SECTION}.${k}`).sort());
    for (const [key, s] of Object.entries(SETTINGS)) {
      assert.deepEqual(properties[`${SECTION}.${key}`].default, s.default, key);
      assert.ok(s.valid(s.default), `${key}: its default is valid`);
    }
  });

  it('gives every setting a scope, its place in the Settings editor and a markdown description', () => {
    const properties = Object.entries(pkg.contributes.configuration.properties as Record<string, Record<string, unknown>>);
    // Read for the window (src/services/config.ts passes no resource), so nothing narrower.
    for (const [key, p] of properties) {
      assert.equal(p.scope, 'window', key);
      assert.match(String(p.markdownDescription), /^%config\.[\w.]+\.markdownDescription%$/, key);
      assert.equal(p.description, undefined, `${key}: one description, in markdown`);
      if (p.enum) assert.equal((p.markdownEnumDescriptions as unknown[] | undefined)?.length, (p.enum as unknown[]).length, `${key}: each value described`);
    }
    assert.deepEqual(properties.map(([, p]) => p.order), properties.map((_, i) => i + 1), 'ordered 1..n as declared');
  });

  it('packs a README whose pictures show on the Details page of an installed .vsix (inlined: that page loads no files)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]);
    assert.ok(images.length >= 4, 'the README shows the extension');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-readme-')), 'README.md');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'packageReadme.mjs'), out]);
    const packed = fs.readFileSync(out, 'utf8');
    const inlined = [...packed.matchAll(/!\[[^\]]*\]\(data:image\/png;base64,([A-Za-z0-9+/=]+)\)/g)].map(m => Buffer.from(m[1], 'base64'));
    assert.equal(inlined.length, images.length, 'every picture inlined');
    images.forEach((image, i) => assert.ok(inlined[i].equals(fs.readFileSync(path.join(root, image))), `${image}: the same bytes`));
    assert.equal(packed.replace(/\(data:image\/png;base64,[^)]+\)/g, '()'), readme.replace(/!\[([^\]]*)\]\([^)\s]+\)/g, '![$1]()'), 'nothing else changed');
    assert.equal(pkg.repository, undefined, 'no made-up repository URL for vsce to rewrite links to');
    assert.match(pkg.scripts.package, /--readme-path dist\/README\.md/);
    assert.match(pkg.scripts['vscode:prepublish'], /packageReadme\.mjs/);
  });

  it('offers the selection commands in the editor context menu, only for what they work on', () => {
    const menu = pkg.contributes.menus['editor/context'] as { command: string; when: string }[];
    const byCommand = new Map(menu.map(m => [m.command, m.when]));
    assert.match(byCommand.get('upscEditorials.lookUpTerm') ?? '', /editorHasSelection/);
    assert.match(byCommand.get('upscEditorials.createGlossaryEntry') ?? '', /editorHasSelection/);
    assert.match(byCommand.get('upscEditorials.insertIntoNotes') ?? '', /editorHasSelection.*resource in upscEditorials\.editorialFiles/);
  });
});
