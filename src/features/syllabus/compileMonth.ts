// "UPSC: Compile Month by GS Paper": the month's editorial points and the student's notes grouped
// GS1 … GS4 → topic → sub-topic, written to compilations/YYYY-MM-by-gs-paper.md with a link back
// to every line, and opened. A file the student has edited (no generated marker left) is never
// overwritten: the new compilation gets a name of its own.
import * as vscode from 'vscode';
import { buildMonthlyCompilation, COMPILATION_MARKER, editorialsOfMonth } from '../../core/syllabus/compile';
import { localDateKey } from '../../core/shared/dates';
import { relativePath, uniqueFileName } from '../../core/shared/fileNames';
import { monthName } from '../../ui/labels';
import type { FeatureContext } from '../context';
import { uiLanguage } from './syllabusLabels';
import type { WorkspaceSyllabus } from './workspaceSyllabus';

const monthLabel = (month: string) => `${monthName(Number(month.slice(5, 7))) ?? month.slice(5, 7)} ${month.slice(0, 4)}`;

async function pickMonth(months: string[], counts: Map<string, number>): Promise<string | undefined> {
  if (months.length === 1) return months[0];
  const picked = await vscode.window.showQuickPick(
    months.map(m => ({ label: monthLabel(m), description: counts.get(m) === 1 ? vscode.l10n.t('1 editorial') : vscode.l10n.t('{0} editorials', counts.get(m) ?? 0), month: m })),
    { title: vscode.l10n.t('Compile Month by GS Paper: choose the month') },
  );
  return picked?.month;
}

export async function compileMonth(ctx: FeatureContext, model: WorkspaceSyllabus, month?: string): Promise<vscode.Uri | undefined> {
  await model.coverage();
  const entries = ctx.library.visible();
  const counts = new Map<string, number>();
  for (const e of entries) {
    const m = e.editorial.source?.date?.slice(0, 7);
    if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort().reverse();
  if (!months.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No dated editorials to compile: an editorial\'s source line gives its date.'));
    return undefined;
  }
  if (month !== undefined && !/^\d{4}-\d{2}$/.test(month)) return undefined;
  month ??= await pickMonth(months, counts);
  if (!month) return undefined;

  const editorials = editorialsOfMonth(entries, month).map(e => ({ uri: e.uri, editorial: e.editorial, mapping: model.editorialMapping(e) }));
  // The student's notes of the month: dated in their front matter, else last changed in it.
  const notes = [];
  for (const n of model.notes()) {
    let date = n.mapping.date;
    if (!date) {
      const stat = await ctx.files.stat(vscode.Uri.parse(n.uri));
      date = stat ? localDateKey(new Date(stat.mtime)) : undefined;
    }
    if (date?.startsWith(month + '-')) notes.push({ uri: n.uri, title: n.mapping.title || (decodeURIComponent(n.uri.split('/').pop() ?? '')), nodes: n.mapping.nodes });
  }

  const folder = vscode.workspace.workspaceFolders?.[0];
  let target: vscode.Uri | undefined;
  if (folder) {
    const dir = vscode.Uri.joinPath(folder.uri, 'compilations');
    const name = `${month}-by-gs-paper.md`;
    target = vscode.Uri.joinPath(dir, name);
    const existing = await ctx.files.read(target);
    if ('text' in existing && !existing.text.startsWith(COMPILATION_MARKER)) {
      const taken = new Set((await ctx.files.list(dir) ?? []).map(([n]) => n));
      target = vscode.Uri.joinPath(dir, uniqueFileName(name, taken));
    }
  }
  const from = target;
  const link = (uri: string, line: number) => {
    const to = vscode.Uri.parse(uri);
    const path = from && to.scheme === from.scheme && to.authority === from.authority ? relativePath(from.path, to.path) : uri;
    return `${path}#L${line + 1}`;
  };
  const markdown = buildMonthlyCompilation({
    tree: model.tree, index: model.keywords, editorials, notes, language: uiLanguage(), link,
    labels: {
      title: vscode.l10n.t('Editorials of {0} by GS paper', monthLabel(month)),
      summary: vscode.l10n.t('{0} editorials and {1} notes of your own, compiled on {2}. Every point links back to its line.', editorials.length, notes.length, localDateKey(new Date())),
      myNotes: vscode.l10n.t('My notes'),
      unplaced: vscode.l10n.t('Topic not found'),
    },
  });
  const text = `${COMPILATION_MARKER}\n\n${markdown}`;
  if (target) {
    await ctx.files.write(target, text);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
    return target;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc.uri;
}
