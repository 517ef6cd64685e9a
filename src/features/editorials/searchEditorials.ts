// "UPSC: Search Editorials": one quick pick over every editorial, section and point, matched
// fuzzily by VS Code on label, description and detail; Enter opens the item's lines.
import * as vscode from 'vscode';
import type { EditorialLibrary } from '../../core/editorial/library';
import type { Point } from '../../core/editorial/model';
import { revealNode, shorten, type EditorialNode } from '../../ui/editorialNode';

interface SearchItem extends vscode.QuickPickItem {
  node: EditorialNode;
}

export function searchItems(library: EditorialLibrary): SearchItem[] {
  const items: SearchItem[] = [];
  for (const entry of library.visible()) {
    const e = entry.editorial;
    const editorialNode: EditorialNode = { type: 'editorial', entry };
    items.push({ label: `$(book) ${e.title}`, description: e.source?.date, detail: e.prelimsTerms.map(t => t.text).join(', '), node: editorialNode });
    for (const section of e.sections) {
      const sectionNode: EditorialNode = { type: 'section', entry, section };
      items.push({ label: `$(list-tree) ${section.heading}`, description: e.title, node: sectionNode });
      const add = (point: Point, parent: EditorialNode) => {
        const node: EditorialNode = { type: 'point', entry, point, parent };
        items.push({
          label: point.lead ? `$(circle-filled) ${point.lead}` : `$(circle-small) ${shorten(point.plain, 80)}`,
          description: `${e.title} › ${section.heading}`,
          detail: shorten(point.lead ? point.plain.slice(point.lead.length + 2) : point.plain, 140),
          node,
        });
        point.children.forEach(c => add(c, node));
      };
      section.points.forEach(p => add(p, sectionNode));
    }
  }
  return items;
}

export async function searchEditorials(library: EditorialLibrary): Promise<void> {
  const picked = await vscode.window.showQuickPick(searchItems(library), {
    title: vscode.l10n.t('Search Editorials'),
    placeHolder: vscode.l10n.t('Search titles, sections and points'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await revealNode(picked.node);
}
