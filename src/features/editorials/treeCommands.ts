// Commands behind the tree: go to the source lines, copy a node as markdown, insert it into notes.
import * as vscode from 'vscode';
import type { EditorialTreeProvider, EditorialNode } from './editorialTree';
import { nodeMarkdown, nodeRange, REVEAL_COMMAND } from './editorialTree';
import type { NotesTarget } from '../notes/notesTarget';
import type { EditorialSource } from './editorialSource';
import { sourceLink } from '../notes/notesCommands';

export async function revealNode(node: EditorialNode): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(node.entry.uri);
  const range = nodeRange(node);
  const doc = await vscode.workspace.openTextDocument(uri);
  const last = Math.min(Math.max(range.end - 1, range.start), doc.lineCount - 1);
  const start = Math.min(range.start, doc.lineCount - 1);
  const selection = new vscode.Selection(start, 0, last, doc.lineAt(last).text.length);
  const editor = await vscode.window.showTextDocument(doc, { selection, preserveFocus: false, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Inserts markdown at the cursor of the student's notes editor, as one undoable edit. */
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

export function registerTreeCommands(provider: EditorialTreeProvider, source: EditorialSource, notes: NotesTarget): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(REVEAL_COMMAND, (node?: EditorialNode) => node && revealNode(node)),
    vscode.commands.registerCommand('upscEditorials.refresh', async () => {
      await source.rescan();
      provider.refresh();
    }),
    vscode.commands.registerCommand('upscEditorials.copyMarkdown', async (node?: EditorialNode) => {
      if (!node) return;
      await vscode.env.clipboard.writeText(nodeMarkdown(node));
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied as markdown'), 2000);
    }),
    vscode.commands.registerCommand('upscEditorials.insertIntoNotes', (node?: EditorialNode) =>
      node && insertMarkdownIntoNotes(note => `${nodeMarkdown(node)}\n\n— ${sourceLink(node, note)}`, notes)),
  );
}
