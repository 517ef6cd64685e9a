// Remembers the student's last active notes editor, so "Insert into Notes" from the tree (which
// takes focus away from the editor) knows where to write. An editorial is never a notes target.
import * as vscode from 'vscode';
import type { EditorialLibrary } from '../core/editorial/library';

export class NotesTarget implements vscode.Disposable {
  private last: vscode.TextEditor | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly library: EditorialLibrary) {
    this.remember(vscode.window.activeTextEditor);
    this.subscription = vscode.window.onDidChangeActiveTextEditor(e => this.remember(e));
  }

  private isNotes(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
    if (!editor) return false;
    const doc = editor.document;
    const notesLike = doc.languageId === 'markdown' || doc.languageId === 'plaintext';
    return notesLike && !this.library.has(doc.uri.toString());
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (this.isNotes(editor)) this.last = editor;
  }

  /** The last notes editor that is still open, if any. */
  get editor(): vscode.TextEditor | undefined {
    const last = this.last;
    if (!last || last.document.isClosed) return undefined;
    const visible = vscode.window.visibleTextEditors;
    return visible.includes(last) ? last : visible.find(e => e.document === last.document) ?? last;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
