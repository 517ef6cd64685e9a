// The import feature: editorials in from the clipboard, from text in an editor, from chosen files
// or a folder (markdown, text, saved web pages), each written to editorials/ under a new name.
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import type { FeatureContext } from '../context';
import { ImportCommands } from './importCommands';

/** The explorer passes its multi-selection as the second argument. */
function uriList(value: unknown): vscode.Uri[] | undefined {
  return Array.isArray(value) && value.length && value.every(v => v instanceof vscode.Uri) ? value as vscode.Uri[] : undefined;
}

export function activate(ctx: FeatureContext): Record<string, never> {
  const imports = new ImportCommands(uri => ctx.library.has(uri));
  const { commands } = ctx;
  commands.register(COMMANDS.importFromClipboard, () => imports.fromClipboard());
  commands.register(COMMANDS.newEditorialFromText, () => imports.fromEditor());
  commands.register(COMMANDS.importFromFolder, (uri?: unknown, uris?: unknown) =>
    imports.fromFolder(uri instanceof vscode.Uri ? uri : undefined, uriList(uris)));
  commands.register(COMMANDS.importFiles, (uri?: unknown, uris?: unknown) =>
    imports.fromFiles(uriList(uris) ?? (uri instanceof vscode.Uri ? [uri] : undefined)));
  return {};
}
