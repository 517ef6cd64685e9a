// Which glossary term is under the cursor in a note, for hovers, go to definition and the
// backlinks view. Only the hovered line and its neighbours are scanned, with the prebuilt matcher.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../core/glossary/entries';
import type { GlossaryIndex } from '../core/glossary/glossaryIndex';

/** The files terms are found in: the student's notes, markdown or plain text, on any file system. */
export const NOTES_SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown', scheme: '*' },
  { language: 'plaintext', scheme: '*' },
];

/** The term under `position`, with its range. */
export function termAt(index: GlossaryIndex, document: vscode.TextDocument, position: vscode.Position): { term: GlossaryTerm; range: vscode.Range } | undefined {
  const first = Math.max(0, position.line - 1);
  const last = Math.min(document.lineCount - 1, position.line + 1);
  const window = new vscode.Range(first, 0, last, document.lineAt(last).text.length);
  const text = document.getText(window);
  const offset = document.offsetAt(position) - document.offsetAt(window.start);
  const match = index.matcher().matchAt(text, offset);
  if (!match) return undefined;
  const term = index.get(match.key);
  if (!term) return undefined;
  const base = document.offsetAt(window.start);
  return { term, range: new vscode.Range(document.positionAt(base + match.start), document.positionAt(base + match.end)) };
}

/** Waits for the first load (glossary and editorials), but never longer than `ms`. */
export function settled(ready: Promise<unknown>, ms = 2000): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([ready, new Promise(r => { timer = setTimeout(r, ms); })]).finally(() => clearTimeout(timer));
}
