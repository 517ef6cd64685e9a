// "Insert into my notes": markdown written at the cursor of the student's notes editor (the last
// one they used; the tree or a webview has the focus when they ask), as one undoable edit.
import * as vscode from 'vscode';
import type { NotesTarget } from '../services/notesTarget';

export async function insertMarkdownIntoNotes(content: string | ((note: vscode.Uri) => string), notes: NotesTarget): Promise<boolean> {
  const editor = notes.editor;
  if (!editor) {
    const create = vscode.l10n.t('New Note');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Open your notes file first, then insert again. Or start a new note:'), create);
    if (choice !== create) return false;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    return insertMarkdownIntoNotes(content, notes);
  }
  const doc = editor.document;
  const markdown = typeof content === 'string' ? content : content(doc.uri);
  const at = editor.selection.active;
  const lineText = doc.lineAt(at.line).text;
  // Keep the inserted block on lines of its own.
  const previousLineHasText = at.line > 0 && doc.lineAt(at.line - 1).text.trim() !== '';
  const before = at.character > 0 ? '\n\n' : previousLineHasText ? '\n' : '';
  const after = lineText.slice(at.character).trim() ? '\n\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, at, before + markdown + after);
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok) await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preserveFocus: false });
  return ok;
}
