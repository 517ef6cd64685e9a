// An editorial imported again — the same title and date, so the same file name in editorials/ —
// is never saved a second time without asking: open the file already there, replace it with the
// new import, or keep both (the new one as "-2"). A batch (files, a folder) asks once for all.
import * as vscode from 'vscode';

export type DuplicateChoice = 'open' | 'replace' | 'keep' | 'skip';

/** How the student is asked: tests replace it (ImportCommands.askDuplicate). */
export type AskDuplicate = (existing: readonly vscode.Uri[], batch: boolean) => Promise<DuplicateChoice | undefined>;

/** A modal question (nothing is written until it is answered; Escape writes nothing). */
export const askDuplicate: AskDuplicate = async (existing, batch) => {
  const open = vscode.l10n.t('Open Existing');
  const replace = vscode.l10n.t('Replace');
  const keep = vscode.l10n.t('Keep Both');
  const skip = vscode.l10n.t('Skip Them');
  const names = existing.map(u => vscode.workspace.asRelativePath(u));
  const picked = batch
    ? await vscode.window.showWarningMessage(
      existing.length === 1 ? vscode.l10n.t('{0} is already imported.', names[0]) : vscode.l10n.t('{0} of these editorials are already imported.', existing.length),
      { modal: true, detail: names.join('\n') }, replace, keep, skip)
    : await vscode.window.showWarningMessage(vscode.l10n.t('{0} is already imported.', names[0]),
      { modal: true, detail: vscode.l10n.t('The same editorial (title and date) is in that file. Replace it with this import, or keep both?') }, open, replace, keep);
  switch (picked) {
    case open: return 'open';
    case replace: return 'replace';
    case keep: return 'keep';
    case skip: return 'skip';
    default: return undefined;
  }
};

/** The file an import would write that is there already (its name compared ignoring case). */
export function existingFile(fileName: string, folder: vscode.Uri, taken: ReadonlySet<string>): vscode.Uri | undefined {
  const lower = fileName.toLowerCase();
  const name = [...taken].find(n => n.toLowerCase() === lower);
  return name === undefined ? undefined : vscode.Uri.joinPath(folder, name);
}
