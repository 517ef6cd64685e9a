import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
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
});
