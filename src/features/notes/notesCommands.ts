// Notes workflow: "New Note from Section" writes notes/<editorial-slug>.md (or appends to it) with
// a heading, a link back to the section, the points as an outline to fill in and the prelims
// terms. Every change is one WorkspaceEdit, so one undo takes it back.
import * as vscode from 'vscode';
import { relativePath, slugify } from '../../core/shared/fileNames';
import type { EditorialNode } from '../editorials/editorialTree';
import { nodeRange } from '../editorials/editorialTree';

/** "[Title › Section](../editorials/x.md#L42)" from a note to a node, or plain text when no link can be made. */
export function sourceLink(node: EditorialNode, noteUri: vscode.Uri): string {
  const e = node.entry.editorial;
  const section = node.type === 'section' ? node.section : 'parent' in node ? sectionOf(node) : undefined;
  const label = [e.title, section?.heading.replace(/\?$/, '')].filter(Boolean).join(' › ').replace(/[[\]]/g, '');
  const target = vscode.Uri.parse(node.entry.uri);
  const sameRoot = target.scheme === noteUri.scheme && target.authority === noteUri.authority &&
    !!vscode.workspace.getWorkspaceFolder(target) && vscode.workspace.getWorkspaceFolder(target) === vscode.workspace.getWorkspaceFolder(noteUri);
  if (!sameRoot) return label;
  return `[${label}](${relativePath(noteUri.path, target.path)}#L${nodeRange(node).start + 1})`;
}

function sectionOf(node: EditorialNode): import('../../core/editorial/model').Section | undefined {
  let n: EditorialNode | undefined = node;
  while (n && n.type !== 'section') n = 'parent' in n ? n.parent : undefined;
  return n?.type === 'section' ? n.section : undefined;
}

export function noteSkeleton(node: EditorialNode, noteUri: vscode.Uri): string {
  const e = node.entry.editorial;
  const sections = node.type === 'section' ? [node.section] : e.sections;
  const parts: string[] = [];
  for (const section of sections) {
    const sectionNode: EditorialNode = { type: 'section', entry: node.entry, section };
    parts.push(`## ${section.heading}`, '', vscode.l10n.t('Source: {0}', sourceLink(sectionNode, noteUri)), '');
    for (const p of section.points) parts.push(`- **${p.lead || p.plain.slice(0, 60)}:** `);
    if (!section.points.length) parts.push('- ');
    parts.push('');
  }
  if (e.prelimsTerms.length) parts.push(`**${vscode.l10n.t('Prelims terms:')}** ${e.prelimsTerms.map(t => t.text).join(', ')}`, '');
  return parts.join('\n');
}

const noteTitle = (title: string) => vscode.l10n.t('Notes: {0}', title);

export async function newNoteFromSection(node: EditorialNode): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const e = node.entry.editorial;
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# ${noteTitle(e.title)}\n\n` });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit(b => b.insert(doc.positionAt(doc.getText().length), noteSkeleton(node, doc.uri)));
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, 'notes', `${slugify(e.title)}.md`);
  let exists = true;
  try { await vscode.workspace.fs.stat(uri); } catch { exists = false; }
  const edit = new vscode.WorkspaceEdit();
  if (exists) {
    const doc = await vscode.workspace.openTextDocument(uri);
    const end = doc.positionAt(doc.getText().length);
    const gap = doc.getText().endsWith('\n\n') || doc.getText() === '' ? '' : doc.getText().endsWith('\n') ? '\n' : '\n\n';
    edit.insert(uri, end, gap + noteSkeleton(node, uri));
  } else {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), `# ${noteTitle(e.title)}\n\n${noteSkeleton(node, uri)}`);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  await doc.save();
  const editor = await vscode.window.showTextDocument(doc);
  const last = doc.lineCount - 1;
  editor.selection = new vscode.Selection(last, 0, last, 0);
  editor.revealRange(new vscode.Range(last, 0, last, 0));
  return uri;
}

export function registerNotesCommands(): vscode.Disposable {
  return vscode.commands.registerCommand('upscEditorials.newNoteFromSection', (node?: EditorialNode) => {
    if (node && (node.type === 'section' || node.type === 'editorial')) return newNoteFromSection(node);
    void vscode.window.showInformationMessage(vscode.l10n.t('Right-click a section or an editorial in the UPSC Editorials view to make a note from it.'));
    return undefined;
  });
}
