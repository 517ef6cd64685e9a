// "Create Glossary Entry from This Term": from a hover link, the Terms view, Look Up or the
// command palette. The entry goes into the student's glossary file (the first *.glossary.json of
// the workspace, or a new upsc-terms.glossary.json), prefilled, with the cursor in the empty
// definition. VS Code validates the file against the bundled schema as the student types
// (package.json jsonValidation), and the glossary loader reports its problems when it is saved.
import * as vscode from 'vscode';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import type { GlossaryTerm } from '../../core/glossary/entries';
import { insertEntry, newEntryFor } from '../../core/glossary/newEntry';
import { mentionLabel } from '../../core/glossary/termMarkdown';
import { termSentences } from '../../core/glossary/termSentences';
import type { WorkspaceFiles } from '../../services/workspaceFiles';

export const NEW_GLOSSARY_FILE = 'upsc-terms.glossary.json';

/** The glossary file new entries go to: an existing JSON glossary of the student's, else a new one. */
function targetFile(glossary: GlossaryIndex): vscode.Uri | undefined {
  const own = glossary.userSources().find(uri => uri.endsWith('.glossary.json'));
  if (own) return vscode.Uri.parse(own);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, NEW_GLOSSARY_FILE);
}

/** The entry's name and aliases: a known term's, or the text the student typed or selected. */
export async function createGlossaryEntry(glossary: GlossaryIndex, files: WorkspaceFiles, subject: GlossaryTerm | string): Promise<vscode.Uri | undefined> {
  const uri = targetFile(glossary);
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the new entry is saved in a glossary file of your workspace.'));
    return undefined;
  }
  const term = typeof subject === 'string' ? { name: subject.trim(), aliases: [] } : subject;
  const mentions = typeof subject === 'string' ? [] : glossary.mentions(subject.id);
  const context = termSentences(mentions.filter(m => !m.pyq)).map(s => `${s.sentence} (${mentionLabel(s.mention)})`);
  const entry = newEntryFor(term, context);

  const existing = await files.stat(uri);
  const doc = existing ? await vscode.workspace.openTextDocument(uri) : undefined;
  const insertion = insertEntry(doc?.getText(), entry);
  if ('error' in insertion) {
    const message = insertion.error === 'invalid-json'
      ? vscode.l10n.t('{0} is not valid JSON, so the entry was not added. Fix the file first (see the Problems panel).', vscode.workspace.asRelativePath(uri))
      : insertion.error === 'terms-not-list'
        ? vscode.l10n.t('In {0}, "terms" is not a list, so the entry was not added.', vscode.workspace.asRelativePath(uri))
        : vscode.l10n.t('The entry could not be added to {0}.', vscode.workspace.asRelativePath(uri));
    const open = vscode.l10n.t('Open File');
    if (doc && await vscode.window.showErrorMessage(message, open) === open) await vscode.window.showTextDocument(doc);
    else if (!doc) void vscode.window.showErrorMessage(message);
    return undefined;
  }
  if (insertion.existing) {
    const shown = await vscode.window.showTextDocument(doc!);
    const at = doc!.positionAt(insertion.at);
    shown.selection = new vscode.Selection(at, at);
    shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" already has an entry in {1}.', entry.name, vscode.workspace.asRelativePath(uri)));
    return uri;
  }
  if (doc) {
    // An edit of the open document, not a write behind its back: unsaved changes and undo stay.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), insertion.text);
    if (!await vscode.workspace.applyEdit(edit)) return undefined;
  } else {
    await files.write(uri, insertion.text, { atomic: true });
  }
  const opened = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(opened);
  const at = opened.positionAt(insertion.definitionAt);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  void vscode.window.showInformationMessage(vscode.l10n.t('Write the definition of "{0}" in your own words, then save.', entry.name));
  return uri;
}
