// "UPSC: Set Syllabus Topics…": the student's own choice of topics for the file in the editor (an
// editorial, a note, an answer), written to its front matter as `syllabus: [ids]`, which wins over
// the automatic mapping. The picker starts from what the file has now: its own choice, or the
// topics found for it, each marked with how sure the mapping was.
import * as vscode from 'vscode';
import { readOverride } from '../../core/syllabus/mapping';
import { setSyllabusOverride } from '../../core/syllabus/overrideEdit';
import { splitFrontMatter } from '../../core/shared/frontMatter';
import type { FeatureContext } from '../context';
import { confidenceLabel, nodeName } from './syllabusLabels';
import type { WorkspaceSyllabus } from './workspaceSyllabus';

/** Writes `ids` (none: removes the line) into the document's front matter and saves it. */
export async function writeTopics(doc: vscode.TextDocument, ids: readonly string[]): Promise<boolean> {
  const edit = setSyllabusOverride(doc.getText(), ids);
  if (!edit) return true;
  const we = new vscode.WorkspaceEdit();
  we.replace(doc.uri, new vscode.Range(doc.positionAt(edit.offset), doc.positionAt(edit.offset + edit.length)), edit.text);
  if (!(await vscode.workspace.applyEdit(we))) return false;
  if (!doc.isUntitled) await doc.save();
  return true;
}

export async function setTopics(ctx: FeatureContext, model: WorkspaceSyllabus, arg?: unknown, chosen?: readonly string[]): Promise<string[] | undefined> {
  await model.loaded;
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an editorial, note or answer to set its syllabus topics.'));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const tree = model.tree;
  let ids: string[];
  if (chosen) {
    ids = readOverride(chosen.join(','), tree).ids;
  } else {
    const own = readOverride(splitFrontMatter(doc.getText()).frontMatter.syllabus, tree).ids;
    const entry = ctx.library.get(uri.toString());
    const found = entry ? model.editorialMapping(entry).nodes : model.notes().find(n => n.uri === uri.toString())?.mapping.nodes ?? [];
    const current = new Map(own.length ? own.map(id => [id, vscode.l10n.t('set by you')]) : found.map(a => [a.node, confidenceLabel(a.confidence, a.via)]));
    const items = tree.nodes().map(n => ({
      label: `${'  '.repeat(n.depth)}${nodeName(tree, n.id)}`,
      description: current.get(n.id) ? `${n.id} · ${current.get(n.id)}` : n.id,
      picked: current.has(n.id),
      id: n.id,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true, matchOnDescription: true,
      title: vscode.l10n.t('Set Syllabus Topics'),
      placeHolder: vscode.l10n.t('The topics this file is about: written to its front matter as "syllabus: […]"; none picked goes back to the automatic mapping'),
    });
    if (!picked) return undefined;
    ids = picked.map(p => p.id);
  }
  if (!(await writeTopics(doc, ids))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: could not write the syllabus topics into {0}.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  return ids;
}
