// The import feature: editorials in from the clipboard, from text in an editor, from a web
// address, from chosen files or a folder (markdown, text, saved web pages), each written to
// editorials/ under a new name; and "Paste as editorial" for a page copied in the browser.
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import type { FeatureContext } from '../context';
import { importChunk } from '../chunks';
import type { ImportCommands } from './importCommands';
import { pasteAsEditorialProvider, registerPasteAsEditorial } from './pasteAsEditorial';

/** The explorer passes its multi-selection as the second argument. */
function uriList(value: unknown): vscode.Uri[] | undefined {
  return Array.isArray(value) && value.length && value.every(v => v instanceof vscode.Uri) ? value as vscode.Uri[] : undefined;
}

export function activate(ctx: FeatureContext): { readonly pasteAsEditorial: vscode.DocumentPasteEditProvider; readonly imports: ImportCommands } {
  // The importer, the page fetcher and the commands' file handling are loaded on first use (features/chunks.ts).
  let loaded: ImportCommands | undefined;
  const imports = () => (loaded ??= new (importChunk().ImportCommands)(uri => ctx.library.has(uri), ctx.files, ctx.log));
  const { commands } = ctx;
  const paste = pasteAsEditorialProvider(message => ctx.log.info(message));
  ctx.subscribe(registerPasteAsEditorial(paste));
  commands.register(COMMANDS.importFromUrl, async (given?: unknown) => {
    const address = typeof given === 'string' ? given : await vscode.window.showInputBox({
      title: vscode.l10n.t('Import Editorial from URL'),
      prompt: vscode.l10n.t('The address of the editorial page (https://…)'),
      placeHolder: 'https://',
      ignoreFocusOut: true,
      validateInput: value => (value.trim() ? importChunk().refusedAddress(value) : undefined),
    });
    if (!address?.trim()) return undefined;
    try {
      const page = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('UPSC: fetching {0}', address), cancellable: true },
        (_progress, token) => importChunk().fetchPage(address, token));
      return await imports().importText(page.text, page.url);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      ctx.log.warn(`import from ${address}: ${reason}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: {0} was not imported: {1}', address, reason));
      return undefined;
    }
  });
  commands.register(COMMANDS.importFromClipboard, () => imports().fromClipboard());
  commands.register(COMMANDS.newEditorialFromText, () => imports().fromEditor());
  commands.register(COMMANDS.importFromFolder, (uri?: unknown, uris?: unknown) =>
    imports().fromFolder(uri instanceof vscode.Uri ? uri : undefined, uriList(uris)));
  commands.register(COMMANDS.importFiles, (uri?: unknown, uris?: unknown) =>
    imports().fromFiles(uriList(uris) ?? (uri instanceof vscode.Uri ? [uri] : undefined)));
  // A handle for the tests: reading it loads the chunk.
  return { pasteAsEditorial: paste, get imports() { return imports(); } };
}
