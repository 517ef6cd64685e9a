// "UPSC: Review Cards of…": choose what to review (one editorial, a tag, a GS paper, a syllabus topic, one note)
// and how (the cards due, or cram every card now without touching the schedule).
import * as vscode from 'vscode';
import { paperOf, ReviewScope, tagsOf } from '../../core/revision/scopes';
import { uriFileName } from '../../core/shared/fileNames';
import type { FeatureContext } from '../context';
import { sourcesByTopic, syllabusMap } from './syllabusSources';

export interface PickedScope {
  readonly scope: ReviewScope;
  readonly label: string;
  readonly cram: boolean;
}

type Item<T> = vscode.QuickPickItem & { value: T };

export async function pickScope(ctx: FeatureContext, preset?: { scope: ReviewScope; label: string }): Promise<PickedScope | undefined> {
  const chosen = preset ?? await pickWhat(ctx);
  if (!chosen) return undefined;
  const how = await vscode.window.showQuickPick<Item<boolean>>([
    { label: vscode.l10n.t('Cards due'), description: vscode.l10n.t('as scheduled; ratings are saved'), value: false },
    { label: vscode.l10n.t('Cram every card'), description: vscode.l10n.t('all of them now; the schedule is left as it is'), value: true },
  ], { title: vscode.l10n.t('Review: {0}', chosen.label) });
  return how && { ...chosen, cram: how.value };
}

async function pickWhat(ctx: FeatureContext): Promise<{ scope: ReviewScope; label: string } | undefined> {
  const { library, notes } = ctx;
  const editorials = library.visible();
  const kind = await vscode.window.showQuickPick<Item<ReviewScope['kind']>>([
    { label: `$(book) ${vscode.l10n.t('An editorial')}`, value: 'editorial' },
    { label: `$(tag) ${vscode.l10n.t('A tag')}`, value: 'tag' },
    { label: `$(mortar-board) ${vscode.l10n.t('A GS paper')}`, value: 'paper' },
    { label: `$(list-tree) ${vscode.l10n.t('A syllabus topic')}`, value: 'sources' },
    { label: `$(note) ${vscode.l10n.t('A note')}`, value: 'note' },
  ], { title: vscode.l10n.t('Review Cards of…') });
  if (!kind) return undefined;
  switch (kind.value) {
    case 'editorial': {
      const pick = await vscode.window.showQuickPick(editorials.map(e => ({ label: e.editorial.title, description: e.editorial.source?.date, value: e.uri })),
        { title: vscode.l10n.t('Review Cards of an Editorial'), matchOnDescription: true });
      return pick && { scope: { kind: 'editorial', uri: pick.value }, label: pick.label };
    }
    case 'tag': {
      const pick = await vscode.window.showQuickPick(tagsOf(editorials).map(t => ({ label: t.tag, description: vscode.l10n.t('{0} editorials', t.count), value: t.tag })),
        { title: vscode.l10n.t('Review Cards of a Tag') });
      return pick && { scope: { kind: 'tag', tag: pick.value }, label: pick.label };
    }
    case 'paper': {
      const counts = new Map<string, number>();
      for (const e of editorials) {
        const paper = paperOf(e.editorial);
        if (paper) counts.set(paper, (counts.get(paper) ?? 0) + 1);
      }
      const pick = await vscode.window.showQuickPick([...counts].sort().map(([paper, n]) => ({ label: paper.replace(/^GS/, 'GS '), description: vscode.l10n.t('{0} editorials', n), value: paper })),
        { title: vscode.l10n.t('Review Cards of a GS Paper') });
      return pick && { scope: { kind: 'paper', paper: pick.value }, label: pick.label };
    }
    case 'note': {
      await notes.load();
      const pick = await vscode.window.showQuickPick(notes.notes().map(([uri]) => ({ label: uriFileName(uri), description: vscode.workspace.asRelativePath(vscode.Uri.parse(uri)), value: uri })),
        { title: vscode.l10n.t('Review Cards of a Note'), matchOnDescription: true });
      return pick && { scope: { kind: 'note', uri: pick.value }, label: pick.label };
    }
    case 'sources': {
      const [byTopic, { tree }] = await Promise.all([sourcesByTopic(ctx), syllabusMap(ctx)]);
      const hindi = vscode.env.language.startsWith('hi');
      const items = tree.nodes().filter(n => byTopic.has(n.id)).map(n => ({
        label: `${'  '.repeat(Math.max(0, n.depth))}${hindi ? n.name.hi : n.name.en}`,
        description: vscode.l10n.t('{0} editorials and notes', byTopic.get(n.id)!.size),
        value: n.id,
      }));
      const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Review Cards of a Syllabus Topic'), matchOnDescription: false });
      return pick && { scope: { kind: 'sources', uris: [...byTopic.get(pick.value)!] }, label: pick.label.trim() };
    }
    default: return undefined;
  }
}
