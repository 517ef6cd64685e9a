// Which editorial a command is about: the one open in the editor, the only one there is, or the
// student's choice from a quick pick.
import * as vscode from 'vscode';
import type { EditorialLibrary, LibraryEntry } from '../core/editorial/library';

export async function pickEditorial(library: EditorialLibrary, title: string, include: (e: LibraryEntry) => boolean = () => true): Promise<LibraryEntry | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  if (active && library.has(active)) return library.get(active);
  const entries = library.visible().filter(include);
  if (entries.length === 1) return entries[0];
  const picked = await vscode.window.showQuickPick(entries.map(e => ({ label: e.editorial.title, description: e.editorial.source?.date, entry: e })), {
    title, placeHolder: vscode.l10n.t('Choose an editorial'),
  });
  return picked?.entry;
}
