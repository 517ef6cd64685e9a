// The "UPSC Editorials" sidebar tree: editorial → section → point → sub-points.
// A thin adapter over the core library: every node points at model objects, nothing is copied.
import * as vscode from 'vscode';
import type { EditorialLibrary, LibraryEntry } from '../../core/editorial/library';
import type { Point, Pyq, SectionKind } from '../../core/editorial/model';
import { traitsOf } from '../../core/editorial/sectionKinds';
import { shortHeading, shortText, shortTitle } from '../../core/editorial/shortLabel';
import { pointToMarkdown, pyqToMarkdown } from '../../core/editorial/toMarkdown';
import { inferSubject } from '../../core/syllabus/subject';
import { COMMANDS } from '../../services/commandIds';
import type { EditorialNode } from '../../ui/editorialNode';
import { editorialCount, monthName, paragraphCount, pointCount, questionCount, subjectLabel, subPointCount } from '../../ui/labels';

export const TREE_VIEW_ID = 'upscEditorials.tree';

export type GroupBy = 'none' | 'month' | 'subject';
export type SortBy = 'date' | 'title';

export interface GroupNode { readonly type: 'group'; readonly key: string; readonly label: string; readonly entries: readonly LibraryEntry[] }

export type TreeNode = EditorialNode | GroupNode;

/** A tree node's icon: its kind's codicon and colour (sectionKinds.ts). */
function sectionIcon(kind: SectionKind): vscode.ThemeIcon {
  const t = traitsOf(kind);
  return new vscode.ThemeIcon(t.icon, new vscode.ThemeColor(t.color));
}

/** Tooltip text is editorial content: shown as markdown with HTML and command links disabled. */
function safeTooltip(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/**
 * What a screen reader says for a point row, in the UI language: its kind and its whole text
 * ("Point: Trade Disputes: …, 3 sub-points"; "FAQ: What is …? Answer: …"; "Sub-heading: …").
 */
export function pointAccessibilityLabel(p: Point, isSubPoint: boolean): string {
  const n = p.children.length;
  if (p.role === 'faq') {
    const answer = p.plain.startsWith(p.lead) ? p.plain.slice(p.lead.length).trim() : '';
    const question = p.lead || p.plain;
    if (answer) return n ? vscode.l10n.t('FAQ: {0} Answer: {1}, {2}', question, answer, pointCount(n)) : vscode.l10n.t('FAQ: {0} Answer: {1}', question, answer);
    return n ? vscode.l10n.t('FAQ: {0}, {1}', question, pointCount(n)) : vscode.l10n.t('FAQ: {0}', question);
  }
  if (p.role === 'subheading') {
    const heading = p.lead || p.plain;
    return n ? vscode.l10n.t('Sub-heading: {0}, {1}', heading, pointCount(n)) : vscode.l10n.t('Sub-heading: {0}', heading);
  }
  if (isSubPoint) return n ? vscode.l10n.t('Sub-point: {0}, {1}', p.plain, subPointCount(n)) : vscode.l10n.t('Sub-point: {0}', p.plain);
  return n ? vscode.l10n.t('Point: {0}, {1}', p.plain, subPointCount(n)) : vscode.l10n.t('Point: {0}', p.plain);
}

/** A previous-year question row: exam and year, the question, its options and the answer. */
export function pyqAccessibilityLabel(q: Pyq): string {
  const exam = q.exam === 'prelims' ? vscode.l10n.t({ message: 'Prelims', comment: ['the UPSC preliminary exam'] })
    : q.exam === 'mains' ? vscode.l10n.t({ message: 'Mains', comment: ['the UPSC main exam'] }) : undefined;
  const when = [exam, q.year].filter(Boolean).join(' ');
  const parts = [when ? vscode.l10n.t('Previous year question, {0}: {1}', when, q.text) : vscode.l10n.t('Previous year question: {0}', q.text)];
  // The options, unless the question's text already reads them out.
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  if (q.options?.length && !q.options.every(o => flat(q.text).includes(flat(o)))) parts.push(vscode.l10n.t('Options: {0}', q.options.join('; ')));
  if (q.answer) {
    const letter = q.answer.toLowerCase();
    const option = q.options?.find(o => o.trim().toLowerCase().startsWith(`(${letter})`));
    parts.push(vscode.l10n.t('Answer: {0}', option ?? q.answer));
  }
  return parts.join('. ');
}

/** A point's own text after its lead, as plain text on one line (the row's description). */
function plainBody(p: Point): string {
  const text = p.plain.startsWith(p.lead) ? p.plain.slice(p.lead.length) : p.plain;
  return text.replace(/^[\s:：]+/, '').replace(/\s+/g, ' ').trim();
}

/** Every word of the filter appears in the editorial's title, source, terms, headings or points. */
export function matchesFilter(entry: LibraryEntry, filter: string): boolean {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const e = entry.editorial;
  const flat = (points: readonly Point[]): string[] => points.flatMap(p => [p.plain, ...flat(p.children)]);
  const text = [e.title, e.source?.text ?? '', ...e.prelimsTerms.map(t => t.text), ...e.mainsTopics,
    ...e.sections.flatMap(s => [s.heading, ...s.paragraphs.map(p => p.plain), ...flat(s.points)])].join('\n').toLocaleLowerCase();
  return words.every(w => text.includes(w));
}

export class EditorialTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: { dispose(): void };
  private grouping: GroupBy = 'none';
  private sorting: SortBy = 'date';
  /** Reads the settings the first time they are needed (the first settings read of a session
   *  took 7-20 ms: not inside activate()), and again after `settingsChanged`. */
  private settingsRead = false;
  filter = '';
  /**
   * False until the first workspace scan ends. Until then the bundled sample stays hidden: a
   * student with editorials of their own would otherwise see it flash up and vanish.
   */
  scanned = false;

  constructor(private readonly library: EditorialLibrary, private readonly readSettings: () => { groupBy: GroupBy; sortBy: SortBy }) {
    this.subscription = library.onDidChange(() => this.refresh());
  }

  get groupBy(): GroupBy {
    this.settings();
    return this.grouping;
  }

  get sortBy(): SortBy {
    this.settings();
    return this.sorting;
  }

  /** The settings changed: read them again, and show the tree in their order. */
  settingsChanged(): void {
    this.settingsRead = false;
    this.refresh();
  }

  private settings(): void {
    if (this.settingsRead) return;
    this.settingsRead = true;
    ({ groupBy: this.grouping, sortBy: this.sorting } = this.readSettings());
  }

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  /** The editorials shown, after filter and sort. */
  entries(): LibraryEntry[] {
    const list = this.library.visible().filter(e => (this.scanned || !e.bundled) && matchesFilter(e, this.filter));
    if (list.length > 1 && this.sortBy === 'title') list.sort((a, b) => a.editorial.title.localeCompare(b.editorial.title));
    return list;
  }

  private groups(entries: LibraryEntry[]): GroupNode[] {
    const groups = new Map<string, { label: string; entries: LibraryEntry[] }>();
    for (const entry of entries) {
      let key: string;
      let label: string;
      if (this.groupBy === 'month') {
        const date = entry.editorial.source?.date;
        key = date ? date.slice(0, 7) : '0000-00';
        label = date ? `${monthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}` : vscode.l10n.t('Undated');
      } else {
        const s = inferSubject(entry.editorial);
        key = `${s.paper}|${s.subject}`;
        label = s.paper === 'Other' ? subjectLabel(s.subject) : `${s.paper} · ${subjectLabel(s.subject)}`;
      }
      const g = groups.get(key) ?? { label, entries: [] };
      g.entries.push(entry);
      groups.set(key, g);
    }
    const keys = [...groups.keys()].sort();
    if (this.groupBy === 'month') keys.reverse(); // newest month first, undated last
    return keys.map(key => ({ type: 'group', key, label: groups.get(key)!.label, entries: groups.get(key)!.entries }));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      const entries = this.entries();
      if (this.groupBy !== 'none') return this.groups(entries);
      return entries.map(entry => ({ type: 'editorial', entry }));
    }
    if (node.type === 'group') return node.entries.map(entry => ({ type: 'editorial', entry }));
    const { entry } = node;
    switch (node.type) {
      case 'editorial':
        return entry.editorial.sections.map(section => ({ type: 'section', entry, section }));
      case 'section': {
        const { section } = node;
        if (section.kind === 'pyq') {
          return entry.editorial.pyqs
            .filter(q => q.range.start >= section.range.start && q.range.start < section.range.end)
            .map(pyq => ({ type: 'pyq', entry, pyq, parent: node }));
        }
        return [
          ...section.paragraphs.filter(p => p.plain).map(paragraph => ({ type: 'paragraph' as const, entry, paragraph, parent: node })),
          ...section.points.map(point => ({ type: 'point' as const, entry, point, parent: node })),
        ];
      }
      case 'point':
        return node.point.children.map(point => ({ type: 'point', entry, point, parent: node }));
      default:
        return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    switch (node.type) {
      case 'group': return undefined;
      case 'editorial': {
        if (this.groupBy === 'none') return undefined;
        return this.groups(this.entries()).find(g => g.entries.includes(node.entry));
      }
      case 'section': return { type: 'editorial', entry: node.entry };
      default: return node.parent;
    }
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${this.groupBy}:${node.key}`;
      item.description = editorialCount(node.entries.length);
      item.iconPath = new vscode.ThemeIcon(this.groupBy === 'month' ? 'calendar' : 'symbol-namespace');
      item.contextValue = 'upsc.group';
      item.accessibilityInformation = { label: this.groupBy === 'month'
        ? vscode.l10n.t('Month: {0}, {1}', node.label, editorialCount(node.entries.length))
        : vscode.l10n.t('Subject: {0}, {1}', node.label, editorialCount(node.entries.length)) };
      return item;
    }
    const item = this.createItem(node);
    // Clicking a point (or paragraph, question) shows its lines; clicking an editorial or a
    // section only expands it ("Go to Source" is in their context menu).
    if (node.type !== 'editorial' && node.type !== 'section') {
      item.command = { command: COMMANDS.revealSource, title: vscode.l10n.t('Go to Source'), arguments: [node] };
    }
    return item;
  }

  private createItem(node: EditorialNode): vscode.TreeItem {
    const { Collapsed, None } = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'editorial': {
        const e = node.entry.editorial;
        // A subtitle after the colon goes to the description, so the title fits the side bar.
        const title = shortTitle(e.title);
        const item = new vscode.TreeItem(title.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.entry.uri;
        item.description = [e.source?.date, node.entry.bundled ? vscode.l10n.t({ message: 'sample', comment: ['the editorial that comes with the extension'] }) : undefined, title.rest].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon('book');
        item.contextValue = 'upsc.editorial';
        const src = e.source;
        item.tooltip = safeTooltip([
          `**${e.title}**`,
          src ? `*${[src.articleTitle, src.newspaper, src.date].filter(Boolean).join(' — ')}*` : '',
          e.prelimsTerms.length ? vscode.l10n.t('For Prelims: {0}', e.prelimsTerms.map(t => t.text).join(', ')) : '',
          node.entry.bundled ? vscode.l10n.t('_Bundled sample: add your own editorials under an `editorials/` folder._') : '',
        ].filter(Boolean).join('\n\n'));
        item.resourceUri = vscode.Uri.parse(node.entry.uri);
        item.accessibilityInformation = { label: typeof item.description === 'string' && item.description
          ? vscode.l10n.t('Editorial: {0}, {1}', e.title, item.description)
          : vscode.l10n.t('Editorial: {0}', e.title) };
        return item;
      }
      case 'section': {
        const s = node.section;
        const count = s.points.length;
        // The question around the heading is left out ("What are the …?"); the tooltip has it whole.
        const heading = shortHeading(s.heading);
        const item = new vscode.TreeItem(heading.label, count || s.paragraphs.length ? Collapsed : None);
        item.id = `${node.entry.uri}#L${s.headingLine}`;
        item.description = [count ? pointCount(count) : s.kind === 'pyq' ? questionCount(node.entry.editorial.pyqs.length) : undefined, heading.rest].filter(Boolean).join(' · ') || undefined;
        item.iconPath = sectionIcon(s.kind);
        item.contextValue = `upsc.section.${s.kind}`;
        item.tooltip = safeTooltip(`**${s.heading}**\n\n${count ? pointCount(count) : paragraphCount(s.paragraphs.length)}`);
        const size = count ? pointCount(count) : s.kind === 'pyq' ? questionCount(node.entry.editorial.pyqs.length)
          : s.paragraphs.length ? paragraphCount(s.paragraphs.length) : undefined;
        item.accessibilityInformation = { label: size ? vscode.l10n.t('Section: {0}, {1}', s.heading, size) : vscode.l10n.t('Section: {0}', s.heading) };
        return item;
      }
      case 'point': {
        const p = node.point;
        // The lead is the label (its parenthesis and subtitle in the description), then the text;
        // a bullet without a lead shows its first clause. The tooltip has the whole point.
        const short = p.lead ? shortTitle(p.lead) : shortText(p.plain);
        const body = p.lead ? plainBody(p) : '';
        const item = new vscode.TreeItem(short.label, p.children.length ? Collapsed : None);
        item.id = `${node.entry.uri}#L${p.range.start}`;
        const count = p.lead && p.children.length ? subPointCount(p.children.length) : '';
        item.description = [short.rest, body || count].filter(Boolean).join(' · ') || undefined;
        item.iconPath = new vscode.ThemeIcon(p.role === 'faq' ? 'comment' : p.role === 'subheading' ? 'symbol-namespace'
          : node.parent.type === 'section' ? 'circle-filled' : 'circle-small');
        item.contextValue = 'upsc.point';
        item.tooltip = safeTooltip(body && count ? `${pointToMarkdown(p)}\n\n*${count}*` : pointToMarkdown(p));
        // Under a sub-heading the bullets are the section's points; under a point, its sub-points.
        const isSubPoint = node.parent.type === 'point' && node.parent.point.role !== 'subheading';
        item.accessibilityInformation = { label: pointAccessibilityLabel(p, isSubPoint) };
        return item;
      }
      case 'paragraph': {
        const short = shortText(node.paragraph.plain);
        const item = new vscode.TreeItem(short.label, None);
        item.id = `${node.entry.uri}#L${node.paragraph.range.start}`;
        item.description = short.rest || undefined;
        item.iconPath = new vscode.ThemeIcon('note');
        item.contextValue = 'upsc.paragraph';
        item.tooltip = safeTooltip(node.paragraph.markdown);
        item.accessibilityInformation = { label: vscode.l10n.t('Paragraph: {0}', node.paragraph.plain) };
        return item;
      }
      case 'pyq': {
        const q = node.pyq;
        const short = shortText(q.text, undefined, false);
        const item = new vscode.TreeItem(short.label, None);
        item.id = `${node.entry.uri}#L${q.range.start}`;
        item.description = [[q.exam, q.year].filter(Boolean).join(' '), short.rest].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon('question');
        item.contextValue = 'upsc.pyq';
        item.tooltip = safeTooltip(pyqToMarkdown(q));
        item.accessibilityInformation = { label: pyqAccessibilityLabel(q) };
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
