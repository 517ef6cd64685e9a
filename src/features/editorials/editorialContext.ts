// Keeps the `upscEditorials.editorialFiles` context key in step with the library, so menus (the
// editor-title "Show Section Summaries" button) appear on editorial files only.
import * as vscode from 'vscode';
import type { EditorialLibrary } from '../../core/editorial/library';

export const EDITORIAL_FILES_CONTEXT = 'upscEditorials.editorialFiles';

export function registerEditorialContext(library: EditorialLibrary): vscode.Disposable {
  const update = () => void vscode.commands.executeCommand('setContext', EDITORIAL_FILES_CONTEXT, library.all().map(e => e.uri));
  update();
  return library.onDidChange(update);
}
