// The command table in the real VS Code: after activation every command of the table has a
// handler, registered once through the registry, and every command package.json declares exists.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/services/commandIds';
import { api } from './helpers';

describe('Command table in the real VS Code host', () => {
  it('registers exactly the commands of the table, and VS Code knows each one', async () => {
    const upsc = await api();
    assert.deepEqual([...upsc.commands].sort(), Object.values(COMMANDS).sort());
    const known = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(COMMANDS)) assert.ok(known.has(id), id);
  });

  it('a failing command resolves with nothing (logged, the student told) instead of rejecting', async () => {
    // revealSource with a node whose file does not exist: the handler rejects inside VS Code.
    const node = { type: 'editorial', entry: { uri: 'file:///no/such/editorial.md', editorial: { titleLine: 0 } } };
    const result = await vscode.commands.executeCommand(COMMANDS.revealSource, node);
    assert.equal(result, undefined);
  });
});
