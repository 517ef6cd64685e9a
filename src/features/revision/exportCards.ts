// "UPSC: Export Cards for Anki…": every card as a file Anki's importer reads (tab-separated, HTML
// fields, a GUID per card so a later export updates the same notes, tags for the card's kind, GS
// paper, the editorial's tags and its syllabus topics), or as CSV for a spreadsheet.
import * as vscode from 'vscode';
import type { Card } from '../../core/revision/cards/card';
import { cardTags, ExportRow, toAnkiText, toCsv } from '../../core/revision/ankiExport';
import { paperOf } from '../../core/revision/scopes';
import { cardNodes, type EditorialMapping, mapEditorial } from '../../core/syllabus/editorialMapping';
import { syllabusMap } from './syllabusSources';
import { renderMarkdown } from '../../core/shared/markdown/engine';
import { background } from '../../core/shared/slices';
import type { LibraryEntry } from '../../core/editorial/library';
import type { FeatureContext } from '../context';
import type { ReviewSession } from './reviewPanel';

type Format = 'anki' | 'csv';

export async function exportCards(ctx: FeatureContext, session: ReviewSession, target?: vscode.Uri, format?: Format): Promise<vscode.Uri | undefined> {
  if (!format) {
    const pick = await vscode.window.showQuickPick<vscode.QuickPickItem & { value: Format }>([
      { label: 'Anki', description: vscode.l10n.t('tab-separated text: File → Import in Anki'), value: 'anki' },
      { label: 'CSV', description: vscode.l10n.t('for a spreadsheet'), value: 'csv' },
    ], { title: vscode.l10n.t('Export Cards') });
    if (!pick) return undefined;
    format = pick.value;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  target ??= await vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, format === 'anki' ? 'upsc-cards.txt' : 'upsc-cards.csv'),
    filters: format === 'anki' ? { [vscode.l10n.t('Anki text')]: ['txt'] } : { CSV: ['csv'] },
    title: vscode.l10n.t('Export Cards'),
  });
  if (!target) return undefined;
  const cards = await session.exportableCards();
  const rows = await exportRows(ctx, cards);
  await ctx.files.write(target, format === 'anki' ? toAnkiText(rows) : toCsv(rows), { atomic: true });
  ctx.log.info(`exported ${rows.length} cards (${format}) to ${target.toString()}`);
  void vscode.window.showInformationMessage(format === 'anki'
    ? vscode.l10n.t('Exported {0} cards to {1}. In Anki: File → Import, then choose the file; importing a newer export updates the same notes.', rows.length, vscode.workspace.asRelativePath(target))
    : vscode.l10n.t('Exported {0} cards to {1}.', rows.length, vscode.workspace.asRelativePath(target)));
  return target;
}

/** Cards as rows: HTML fields, and tags from the card's editorial and its place on the syllabus. */
async function exportRows(ctx: FeatureContext, cards: readonly Card[]): Promise<ExportRow[]> {
  const { tree, index } = await syllabusMap(ctx);
  const byEntry = new Map<string, { entry: LibraryEntry; mapping: EditorialMapping } | undefined>();
  const about = (uri: string) => {
    if (!byEntry.has(uri)) {
      const entry = ctx.library.get(uri);
      byEntry.set(uri, entry && { entry, mapping: mapEditorial(tree, index, entry.editorial) });
    }
    return byEntry.get(uri);
  };
  const rows: ExportRow[] = [];
  // Rendering and mapping thousands of cards: in background jobs, so the window stays responsive.
  for (let i = 0; i < cards.length; i += 200) {
    await background.run(() => {
      for (const card of cards.slice(i, i + 200)) {
        const from = card.kind === 'term' || !card.source ? undefined : about(card.source.uri);
        rows.push({
          id: card.id,
          front: renderMarkdown(card.front),
          back: renderMarkdown(card.back),
          tags: cardTags(card, from && {
            paper: paperOf(from.entry.editorial),
            tags: from.entry.editorial.tags,
            // The same topics the Syllabus view counts the card under.
            syllabus: cardNodes(from.mapping, from.entry.editorial.sections, card).map(a => a.node),
          }),
        });
      }
    });
  }
  return rows;
}
