// Notes workflow: "New Note from Section" writes notes/<editorial-slug>.md (or appends to it) with
// a heading, a link back to the section, the points as an outline to fill in and the prelims
// terms. Every change is one WorkspaceEdit, so one undo takes it back.
import * as vscode from 'vscode';
import { slugify } from '../../core/shared/fileNames';
import { type EditorialNode, sourceLink } from '../../ui/editorialNode';
import type { WorkspaceFiles } from '../../services/workspaceFiles';

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

export async function newNoteFromSection(node: EditorialNode, files: WorkspaceFiles): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const e = node.entry.editorial;
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# ${noteTitle(e.title)}\n\n` });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit(b => b.insert(doc.positionAt(doc.getText().length), noteSkeleton(node, doc.uri)));
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, 'notes', `${slugify(e.title)}.md`);
  const exists = !!await files.stat(uri);
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
