// The "PYQ Radar" view: every previous-year question of the workspace (editorials' PYQ blocks and
// the student's PYQ files), by year or by topic (paper → topic); each question opens at its line.
import * as vscode from 'vscode';
import { byTopic, byYear } from '../../core/syllabus/pyqGroups';
import type { PyqIndex, PyqRecord } from '../../core/syllabus/pyqIndex';
import type { SyllabusTree } from '../../core/syllabus/tree';
import { COMMANDS } from '../../services/commandIds';
import { questionCount as count } from '../../ui/labels';
import { shorten } from './syllabusTree';
import { confidenceLabel, examLabel, nodeName } from './syllabusLabels';


export type PyqGrouping = 'year' | 'topic';

export type PyqTreeNode =
  | { readonly type: 'year'; readonly year?: number; readonly pyqs: readonly PyqRecord[] }
  | { readonly type: 'paper'; readonly paper: string; readonly topics: readonly { topic: string; pyqs: PyqRecord[] }[] }
  | { readonly type: 'topic'; readonly topic: string; readonly pyqs: readonly PyqRecord[] }
  | { readonly type: 'unplaced'; readonly pyqs: readonly PyqRecord[] }
  | { readonly type: 'pyq'; readonly pyq: PyqRecord; readonly group: string };

export class PyqTreeProvider implements vscode.TreeDataProvider<PyqTreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<PyqTreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  grouping: PyqGrouping = 'year';
  private readonly subscription: vscode.Disposable;

  constructor(private readonly pyqs: PyqIndex, private readonly tree: () => SyllabusTree) {
    this.subscription = pyqs.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getTreeItem(n: PyqTreeNode): vscode.TreeItem {
    const tree = this.tree();
    const group = (label: string, id: string, size: number, icon: string) => {
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = id;
      item.description = count(size);
      item.iconPath = new vscode.ThemeIcon(icon);
      return item;
    };
    switch (n.type) {
      case 'year': return group(n.year ? String(n.year) : vscode.l10n.t('Year not given'), `year:${n.year ?? ''}`, n.pyqs.length, 'calendar');
      case 'paper': return group(nodeName(tree, n.paper), `paper:${n.paper}`, n.topics.reduce((s, t) => s + t.pyqs.length, 0), 'book');
      case 'topic': return group(nodeName(tree, n.topic), `topic:${n.topic}`, n.pyqs.length, 'folder-library');
      case 'unplaced': return group(vscode.l10n.t('Topic not found'), 'unplaced', n.pyqs.length, 'question');
      case 'pyq': {
        const q = n.pyq;
        const item = new vscode.TreeItem(shorten(q.text), vscode.TreeItemCollapsibleState.None);
        item.id = `${n.group}|${q.id}`;
        const node = q.nodes[0];
        item.description = [examLabel(q.exam), this.grouping === 'topic' ? q.year : node && nodeName(tree, node.node)].filter(Boolean).join(' · ');
        const md = new vscode.MarkdownString();
        md.appendText(q.lines.join('\n'));
        md.appendMarkdown('\n\n---\n\n');
        md.appendText([q.year ? `${examLabel(q.exam)} ${q.year}` : examLabel(q.exam), q.title].join(' · '));
        if (node) md.appendText(`\n${nodeName(tree, node.node)} (${confidenceLabel(node.confidence, node.via)})`);
        item.tooltip = md;
        item.iconPath = new vscode.ThemeIcon(q.exam === 'prelims' ? 'checklist' : 'edit');
        item.command = { command: COMMANDS.openSyllabusItem, title: vscode.l10n.t('Open'), arguments: [q.source.uri, q.source.line] };
        item.contextValue = 'upsc.pyqItem';
        return item;
      }
    }
  }

  getChildren(n?: PyqTreeNode): PyqTreeNode[] {
    const records = this.pyqs.all();
    if (!n) {
      if (this.grouping === 'year') return byYear(records).map(g => ({ type: 'year' as const, ...g }));
      const { papers, unplaced } = byTopic(this.tree(), records);
      return [...papers.map(p => ({ type: 'paper' as const, ...p })), ...(unplaced.length ? [{ type: 'unplaced' as const, pyqs: unplaced }] : [])];
    }
    switch (n.type) {
      case 'year': return n.pyqs.map(pyq => ({ type: 'pyq' as const, pyq, group: `y${n.year ?? ''}` }));
      case 'paper': return n.topics.map(t => ({ type: 'topic' as const, ...t }));
      case 'topic': return n.pyqs.map(pyq => ({ type: 'pyq' as const, pyq, group: n.topic }));
      case 'unplaced': return n.pyqs.map(pyq => ({ type: 'pyq' as const, pyq, group: 'unplaced' }));
      case 'pyq': return [];
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
