// The "Syllabus" view: the gaps first (sub-topics with no notes of your own; sub-topics with notes
// not revised in N days), then paper → topic → sub-topic, each row with its counts (editorials,
// notes, answers, PYQs, cards due) and coverage figure, and under each node the items placed on
// it: clicking one opens it at its line.
import * as vscode from 'vscode';
import type { CoverageReport, NodeStats, SyllabusItem } from '../../core/syllabus/coverage';
import { COMMANDS } from '../../services/commandIds';
import type { Config } from '../../services/config';
import { confidenceLabel, itemKindLabel, nodeName, statsDescription, statsTooltip } from './syllabusLabels';
import type { WorkspaceSyllabus } from './workspaceSyllabus';


export type SyllabusTreeNode =
  | { readonly type: 'gaps'; readonly which: 'noNotes' | 'notRevised' }
  | { readonly type: 'node'; readonly id: string; readonly gap?: 'noNotes' | 'notRevised' }
  | { readonly type: 'item'; readonly item: SyllabusItem; readonly node: string };

const ITEM_ICONS: Record<SyllabusItem['kind'], string> = { editorial: 'file-text', note: 'note', answer: 'edit', pyq: 'question' };
/** The gap lists show this many rows; the rest are in the tree below. */
const GAP_ROWS = 40;

export class SyllabusTreeProvider implements vscode.TreeDataProvider<SyllabusTreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SyllabusTreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private report: CoverageReport | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: WorkspaceSyllabus, private readonly config: Config) {
    this.subscription = model.onDidChange(() => void this.update());
  }

  async update(): Promise<CoverageReport> {
    this.report = await this.model.coverage();
    this.emitter.fire(undefined);
    return this.report;
  }

  /** The report the view shows now (for tests). */
  get shown(): CoverageReport | undefined {
    return this.report;
  }

  private stats(id: string): NodeStats | undefined {
    return this.report?.stats.get(id);
  }

  private days(): number {
    return this.config.get('syllabus.revisionDays');
  }

  getTreeItem(n: SyllabusTreeNode): vscode.TreeItem {
    const tree = this.model.tree;
    if (n.type === 'gaps') {
      const list = n.which === 'noNotes' ? this.report?.noNotes ?? [] : this.report?.notRevised ?? [];
      const label = n.which === 'noNotes' ? vscode.l10n.t('Gaps: no notes yet') : vscode.l10n.t('Gaps: not revised in {0} days', this.days());
      const item = new vscode.TreeItem(label, list.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `gaps:${n.which}`;
      item.description = String(list.length);
      item.iconPath = new vscode.ThemeIcon(n.which === 'noNotes' ? 'circle-large-outline' : 'history', new vscode.ThemeColor('charts.orange'));
      item.tooltip = n.which === 'noNotes'
        ? vscode.l10n.t('Sub-topics with no note or answer of your own; those with the most editorials and PYQs first.')
        : vscode.l10n.t('Sub-topics you have notes on whose cards you have not reviewed in the last {0} days (setting upscEditorials.syllabus.revisionDays).', this.days());
      item.contextValue = 'upsc.syllabusGaps';
      return item;
    }
    if (n.type === 'item') {
      const { item: it } = n;
      const item = new vscode.TreeItem(it.kind === 'pyq' ? shorten(it.title) : it.title, vscode.TreeItemCollapsibleState.None);
      item.id = `item:${n.node}:${it.key}`;
      const assigned = it.nodes.find(a => a.node === n.node);
      item.description = [itemKindLabel(it.kind), it.date ?? (it.year ? String(it.year) : undefined)].filter(Boolean).join(' · ');
      item.tooltip = [it.title, assigned ? confidenceLabel(assigned.confidence, assigned.via) : ''].filter(Boolean).join('\n\n');
      item.iconPath = new vscode.ThemeIcon(ITEM_ICONS[it.kind]);
      item.command = { command: COMMANDS.openSyllabusItem, title: vscode.l10n.t('Open'), arguments: [it.uri, it.line] };
      item.resourceUri = vscode.Uri.parse(it.uri);
      item.contextValue = `upsc.syllabusItem.${it.kind}`;
      return item;
    }
    const node = tree.get(n.id)!;
    const s = this.stats(n.id);
    const hasChildren = node.children.length > 0 || !!s?.items.length;
    const item = new vscode.TreeItem(nodeName(tree, n.id), n.gap || !hasChildren ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = n.gap ? `gap:${n.gap}:${n.id}` : `node:${n.id}`;
    if (n.gap) {
      // A gap row says where the sub-topic sits, then its counts.
      const parent = node.parent ? nodeName(tree, node.parent) : '';
      item.description = [parent, s && statsDescription(s)].filter(Boolean).join(' · ');
    } else {
      item.description = s ? statsDescription(s) : '';
    }
    item.tooltip = new vscode.MarkdownString(s ? statsTooltip(nodeName(tree, n.id), n.id, s) : `\`${n.id}\``);
    item.iconPath = this.icon(n.id, s);
    item.contextValue = node.depth === 0 ? 'upsc.syllabusPaper' : node.children.length ? 'upsc.syllabusTopic' : 'upsc.syllabusSubtopic';
    if (n.gap && s?.items.length) item.command = { command: COMMANDS.openSyllabusItem, title: vscode.l10n.t('Open'), arguments: [s.items[0].uri, s.items[0].line] };
    return item;
  }

  private icon(id: string, s: NodeStats | undefined): vscode.ThemeIcon {
    const node = this.model.tree.get(id)!;
    if (node.depth === 0) return new vscode.ThemeIcon(node.exam === 'prelims' ? 'checklist' : 'book');
    if (node.children.length) return new vscode.ThemeIcon('folder-library');
    if (this.report?.notRevised.includes(id)) return new vscode.ThemeIcon('history', new vscode.ThemeColor('charts.orange'));
    if (s && s.notes + s.answers > 0) return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green'));
    return new vscode.ThemeIcon('circle-large-outline');
  }

  getChildren(n?: SyllabusTreeNode): SyllabusTreeNode[] {
    const tree = this.model.tree;
    if (!n) {
      if (!this.report) void this.update();
      return [{ type: 'gaps', which: 'noNotes' }, { type: 'gaps', which: 'notRevised' }, ...tree.papers.map(p => ({ type: 'node' as const, id: p.id }))];
    }
    if (n.type === 'gaps') {
      const list = n.which === 'noNotes' ? this.report?.noNotes ?? [] : this.report?.notRevised ?? [];
      return list.slice(0, GAP_ROWS).map(id => ({ type: 'node' as const, id, gap: n.which }));
    }
    if (n.type === 'item' || n.gap) return [];
    const node = tree.get(n.id);
    if (!node) return [];
    const items = [...(this.stats(n.id)?.items ?? [])].sort(byKindThenDate);
    return [...node.children.map(c => ({ type: 'node' as const, id: c.id })), ...items.map(item => ({ type: 'item' as const, item, node: n.id }))];
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

const KIND_ORDER: Record<SyllabusItem['kind'], number> = { note: 0, answer: 1, editorial: 2, pyq: 3 };

function byKindThenDate(a: SyllabusItem, b: SyllabusItem): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (b.date ?? String(b.year ?? '')).localeCompare(a.date ?? String(a.year ?? '')) || a.title.localeCompare(b.title);
}

export function shorten(text: string, n = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}
