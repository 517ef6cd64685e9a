// The "Terms" view: glossary terms grouped by category, each expanding to where the editorials
// mention it (newest editorial first). Clicking a mention opens the editorial at that line.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/glossary/entries';
import type { GlossaryIndex, Mention } from '../../core/glossary/glossaryIndex';
import type { EditorialLibrary } from '../../core/editorial/library';
import { COMMANDS } from '../../services/commandIds';
import { termHoverMarkdown } from './termHover';
import { categoryTitle, mentionCount } from '../../ui/labels';
import type { NoteTermIndex } from '../../core/notes/noteTermIndex';

/** The group of terms the editorials list under "For Prelims" that no glossary file defines. */
const LIBRARY_GROUP = '\u0000library';
const groupTitle = (category: string) => (category === LIBRARY_GROUP ? vscode.l10n.t('From your editorials') : categoryTitle(category));

export const TERMS_VIEW_ID = 'upscEditorials.terms';

const termCount = (n: number) => (n === 1 ? vscode.l10n.t('1 term') : vscode.l10n.t('{0} terms', n));

type TermsNode =
  | { type: 'category'; category: string; terms: GlossaryTerm[] }
  | { type: 'term'; term: GlossaryTerm }
  | { type: 'mention'; term: GlossaryTerm; mention: Mention };

export class TermsTreeProvider implements vscode.TreeDataProvider<TermsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TermsNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: { dispose(): void }[];
  /** Only terms the editorials mention (default), or every glossary term. */
  mentionedOnly = true;

  constructor(private readonly glossary: GlossaryIndex, library: EditorialLibrary, private readonly notes?: NoteTermIndex) {
    this.subscriptions = [glossary.onDidChange(() => this.refresh()), library.onDidChange(() => this.refresh())];
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getChildren(node?: TermsNode): TermsNode[] {
    if (!node) {
      const byCategory = new Map<string, GlossaryTerm[]>();
      for (const term of this.glossary.terms()) {
        if (this.mentionedOnly && !this.glossary.mentionCount(term.id)) continue;
        const c = term.fromEditorials ? LIBRARY_GROUP : term.category ?? 'other';
        byCategory.set(c, [...(byCategory.get(c) ?? []), term]);
      }
      // Sorted by what the student reads; the editorials' own terms first.
      return [...byCategory.keys()].sort((a, b) => (a === LIBRARY_GROUP ? -1 : b === LIBRARY_GROUP ? 1 : groupTitle(a).localeCompare(groupTitle(b)))).map(category => ({ type: 'category', category, terms: byCategory.get(category)! }));
    }
    if (node.type === 'category') return node.terms.map(term => ({ type: 'term', term }));
    if (node.type === 'term') {
      return [...this.glossary.mentions(node.term.id)]
        .sort((a, b) => (b.entry.editorial.source?.date ?? '').localeCompare(a.entry.editorial.source?.date ?? '') || a.line - b.line)
        .map(mention => ({ type: 'mention', term: node.term, mention }));
    }
    return [];
  }

  getTreeItem(node: TermsNode): vscode.TreeItem {
    const { Collapsed, None } = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'category': {
        const item = new vscode.TreeItem(groupTitle(node.category), Collapsed);
        item.id = `cat:${node.category}`;
        item.description = `${node.terms.length}`;
        item.iconPath = new vscode.ThemeIcon(node.category === LIBRARY_GROUP ? 'book' : 'symbol-folder');
        item.accessibilityInformation = { label: vscode.l10n.t('Category: {0}, {1}', groupTitle(node.category), termCount(node.terms.length)) };
        return item;
      }
      case 'term': {
        const n = this.glossary.mentionCount(node.term.id);
        const item = new vscode.TreeItem(node.term.name, n ? Collapsed : None);
        item.id = `term:${node.term.id}`;
        item.description = n ? mentionCount(n) : undefined;
        item.iconPath = new vscode.ThemeIcon('symbol-key');
        item.contextValue = node.term.fromEditorials ? 'upsc.libraryTerm' : 'upsc.term';
        item.command = { command: COMMANDS.showTerm, title: vscode.l10n.t('Show Term'), arguments: [node.term.id] };
        item.accessibilityInformation = { label: n ? vscode.l10n.t('Term: {0}, {1}', node.term.name, mentionCount(n)) : vscode.l10n.t('Term: {0}', node.term.name) };
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const e = m.entry.editorial;
        const where = m.point?.lead || m.section?.heading || (m.pyq ? (m.pyq.year ? vscode.l10n.t('PYQ {0}', String(m.pyq.year)) : vscode.l10n.t('PYQ')) : vscode.l10n.t('For Prelims'));
        const item = new vscode.TreeItem(where, None);
        item.id = `mention:${node.term.id}:${m.entry.uri}:${m.line}`;
        item.description = [e.source?.date, e.title].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon('references');
        item.command = { command: COMMANDS.openMention, title: vscode.l10n.t('Open'), arguments: [m.entry.uri, m.line] };
        item.accessibilityInformation = { label: e.source?.date
          ? vscode.l10n.t('Mention: {0}, in {1} ({2})', where, e.title, e.source.date)
          : vscode.l10n.t('Mention: {0}, in {1}', where, e.title) };
        return item;
      }
    }
  }

  /** The tooltip (the hover's markdown) only for the item the student points at. */
  resolveTreeItem(item: vscode.TreeItem, node: TermsNode): vscode.TreeItem {
    if (node.type === 'term') item.tooltip = termHoverMarkdown(this.glossary, node.term, this.notes);
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
