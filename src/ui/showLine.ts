// Opening a file at a line, for every "go to the source" link (hover mentions, summaries, review
// cards, answer coverage): the line is clamped to the file, the caret put at its start, or the
// whole line selected.
import * as vscode from 'vscode';

export interface ShowLineOptions {
  viewColumn?: vscode.ViewColumn;
  preserveFocus?: boolean;
  /** Select the line instead of putting the caret at its start. */
  selectLine?: boolean;
}

export async function showLine(uri: string, line: number, o: ShowLineOptions = {}): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const at = Math.max(0, Math.min(line, doc.lineCount - 1));
  const selection = new vscode.Selection(at, 0, at, o.selectLine ? doc.lineAt(at).text.length : 0);
  return vscode.window.showTextDocument(doc, { viewColumn: o.viewColumn, preserveFocus: o.preserveFocus, selection });
}
