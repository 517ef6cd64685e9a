// A piece of an editorial as the tree shows it (editorial → section → point → sub-points, a
// paragraph, a PYQ), and what commands do with one: its lines, its markdown, a link to it from a
// note, showing it in the editor. Shared by the features whose commands take a tree node.
import * as vscode from 'vscode';
import type { LibraryEntry } from '../core/editorial/library';
import type { LineRange, Paragraph, Point, Pyq, Section } from '../core/editorial/model';
import { editorialToMarkdown, paragraphToMarkdown, pointToMarkdown, pyqToMarkdown, sectionToMarkdown } from '../core/editorial/toMarkdown';
import { relativePath } from '../core/shared/fileNames';
import { sectionIndexAt } from '../core/editorial/sectionAt';

export type EditorialNode =
  | { readonly type: 'editorial'; readonly entry: LibraryEntry }
  | { readonly type: 'section'; readonly entry: LibraryEntry; readonly section: Section }
  | { readonly type: 'point'; readonly entry: LibraryEntry; readonly point: Point; readonly parent: EditorialNode }
  | { readonly type: 'paragraph'; readonly entry: LibraryEntry; readonly paragraph: Paragraph; readonly parent: EditorialNode }
  | { readonly type: 'pyq'; readonly entry: LibraryEntry; readonly pyq: Pyq; readonly parent: EditorialNode };

/** Whether a command argument is a node (commands are also called from the palette, with nothing). */
export function isEditorialNode(value: unknown): value is EditorialNode {
  return !!value && typeof value === 'object' && 'entry' in value && 'type' in value;
}

/** Where a node comes from in its file. */
export function nodeRange(node: EditorialNode): LineRange {
  switch (node.type) {
    case 'editorial': return { start: node.entry.editorial.titleLine, end: node.entry.editorial.titleLine + 1 };
    case 'section': return { start: node.section.headingLine, end: node.section.headingLine + 1 };
    case 'point': return node.point.range;
    case 'paragraph': return node.paragraph.range;
    case 'pyq': return node.pyq.range;
  }
}

/** The markdown a node stands for, for "Copy as Markdown" and "Insert into Notes". */
export function nodeMarkdown(node: EditorialNode): string {
  switch (node.type) {
    case 'editorial': return editorialToMarkdown(node.entry.editorial);
    case 'section': return sectionToMarkdown(node.section);
    case 'point': return pointToMarkdown(node.point);
    case 'paragraph': return paragraphToMarkdown(node.paragraph);
    case 'pyq': return pyqToMarkdown(node.pyq);
  }
}

function sectionOf(node: EditorialNode): Section | undefined {
  let n: EditorialNode | undefined = node;
  while (n && n.type !== 'section') n = 'parent' in n ? n.parent : undefined;
  return n?.type === 'section' ? n.section : undefined;
}

/** "[Title › Section](../editorials/x.md#L42)" from a note to a node, or plain text when no link can be made. */
export function sourceLink(node: EditorialNode, noteUri: vscode.Uri): string {
  const section = node.type === 'section' ? node.section : sectionOf(node);
  return lineLink(node.entry, section, nodeRange(node).start, noteUri);
}

/** The same link for a line of an editorial: to text selected in the editor. */
export function lineLink(entry: LibraryEntry, section: Section | undefined, line: number, noteUri: vscode.Uri): string {
  const label = [entry.editorial.title, section?.heading.replace(/\?$/, '')].filter(Boolean).join(' › ').replace(/[[\]]/g, '');
  const target = vscode.Uri.parse(entry.uri);
  const sameRoot = target.scheme === noteUri.scheme && target.authority === noteUri.authority &&
    !!vscode.workspace.getWorkspaceFolder(target) && vscode.workspace.getWorkspaceFolder(target) === vscode.workspace.getWorkspaceFolder(noteUri);
  if (!sameRoot) return label;
  return `[${label}](${relativePath(noteUri.path, target.path)}#L${line + 1})`;
}

/** The section whose lines hold `line`. */
export function sectionAt(entry: LibraryEntry, line: number): Section | undefined {
  return entry.editorial.sections[sectionIndexAt(entry.editorial.sections, line)];
}

/** Opens the node's file with its lines selected. */
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

export function shorten(text: string, max = 90): string {
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}
