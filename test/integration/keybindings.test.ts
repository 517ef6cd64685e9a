// The extension's keybindings in the real VS Code: each one runs a command the extension has, and
// none clashes with a default keybinding of VS Code (read from its own default keybindings file).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from './helpers';

describe('Keybindings (real VS Code host)', () => {
  it('binds five commands under one chord that no default keybinding uses', async () => {
    await api();
    const ours = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.keybindings as { command: string; key: string }[]);
    assert.equal(ours.length, 5);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const k of ours) assert.ok(commands.has(k.command), `${k.command} is registered`);
    const defaults = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    // The file lists every keybinding in effect, ours too: the others are VS Code's and extensions'.
    const defaultKeys = [...defaults.getText().matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)]
      .filter(m => !m[2].startsWith('upscEditorials.')).map(m => m[1]);
    assert.ok(defaultKeys.length > 300, `read ${defaultKeys.length} default keybindings`);
    const first = new Set(ours.map(k => k.key.split(' ')[0]));
    const clashes = defaultKeys.filter(d => ours.some(k => k.key === d) || first.has(d.split(' ')[0]));
    assert.deepEqual(clashes, [], 'no default keybinding starts with our chord');
  });
});
