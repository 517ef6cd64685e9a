// "Mentioned in My Notes": for the editorial open in the editor, or the term under the cursor,
// the student's notes that link to it or mention it, with line previews. Also checks links from
// notes to editorials (a missing file or a line past the end is a warning) and makes them
// clickable in plain-text notes (markdown notes get that from VS Code's markdown support).
import * as vscode from 'vscode';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import type { EditorialLibrary } from '../../core/editorial/library';
import { findNoteLinks, LineMention, mentionLines } from '../../core/notes/noteLinks';
import type { NoteTexts } from '../../services/noteTexts';
import type { WorkspaceFiles } from '../../services/workspaceFiles';
import { termAt } from '../../ui/termAt';

export const BACKLINKS_VIEW_ID = 'upscEditorials.backlinks';

type Subject = { kind: 'term'; id: string; name: string } | { kind: 'editorial'; uri: string; title: string };

type BacklinkNode =
  | { type: 'note'; uri: string; lines: LineMention[] }
  | { type: 'line'; uri: string; mention: LineMention };

export class BacklinksProvider implements vscode.TreeDataProvider<BacklinkNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<BacklinkNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  subject: Subject | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly notes: NoteTexts, private readonly glossary: GlossaryIndex) {
    this.disposables.push(notes.onDidChange(() => this.refresh()));
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  setSubject(subject: Subject | undefined): void {
    const same = JSON.stringify(subject) === JSON.stringify(this.subject);
    this.subject = subject;
    if (!same) this.refresh();
  }

  /** Notes that mention the subject, and the lines. */
  results(): { uri: string; lines: LineMention[] }[] {
    const s = this.subject;
    if (!s) return [];
    const out: { uri: string; lines: LineMention[] }[] = [];
    for (const [uri, text] of this.notes.notes()) {
      let matches: { start: number }[];
      if (s.kind === 'term') {
        matches = this.glossary.scan(text).filter(m => m.key === s.id);
      } else {
        const file = decodeURIComponent(s.uri.split('/').pop() ?? '');
        const links = findNoteLinks(text).filter(l => l.path.split('/').pop() === file);
        const titleAt: { start: number }[] = [];
        for (let i = text.indexOf(s.title); i >= 0 && s.title; i = text.indexOf(s.title, i + 1)) titleAt.push({ start: i });
        matches = [...links, ...titleAt].sort((a, b) => a.start - b.start);
      }
      const lines = mentionLines(text, matches);
      if (lines.length) out.push({ uri, lines });
    }
    return out.sort((a, b) => a.uri.localeCompare(b.uri));
  }

  async getChildren(node?: BacklinkNode): Promise<BacklinkNode[]> {
    if (!node) {
      await this.notes.load();
      return this.results().map(r => ({ type: 'note', uri: r.uri, lines: r.lines }));
    }
    return node.type === 'note' ? node.lines.map(mention => ({ type: 'line', uri: node.uri, mention })) : [];
  }

  getTreeItem(node: BacklinkNode): vscode.TreeItem {
    if (node.type === 'note') {
      const uri = vscode.Uri.parse(node.uri);
      const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Expanded);
      const path = vscode.workspace.asRelativePath(uri);
      item.description = `${path} · ${node.lines.length}`;
      item.iconPath = vscode.ThemeIcon.File;
      item.accessibilityInformation = { label: node.lines.length === 1
        ? vscode.l10n.t('Note: {0}, mentioned on 1 line', path)
        : vscode.l10n.t('Note: {0}, mentioned on {1} lines', path, node.lines.length) };
      return item;
    }
    const item = new vscode.TreeItem(node.mention.preview || vscode.l10n.t('(empty line)'), vscode.TreeItemCollapsibleState.None);
    item.description = `${node.mention.line + 1}`;
    item.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open'),
      arguments: [vscode.Uri.parse(node.uri), { selection: new vscode.Range(node.mention.line, 0, node.mention.line, 0) } as vscode.TextDocumentShowOptions],
    };
    item.accessibilityInformation = { label: vscode.l10n.t('Line {0}: {1}', node.mention.line + 1, node.mention.preview || vscode.l10n.t('(empty line)')) };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}

/** Warnings for links from notes to editorial files that do not exist or lines past their end. */
async function checkLinks(doc: vscode.TextDocument, library: EditorialLibrary, files: WorkspaceFiles): Promise<vscode.Diagnostic[]> {
  const out: vscode.Diagnostic[] = [];
  const dir = vscode.Uri.joinPath(doc.uri, '..');
  for (const link of findNoteLinks(doc.getText())) {
    const target = link.path.startsWith('/') ? vscode.Uri.joinPath(vscode.workspace.getWorkspaceFolder(doc.uri)?.uri ?? dir, link.path) : vscode.Uri.joinPath(dir, link.path);
    const range = new vscode.Range(doc.positionAt(link.start), doc.positionAt(link.end));
    let lineCount: number | undefined;
    const entry = library.get(target.toString());
    if (entry) lineCount = entry.editorial.lineCount;
    else {
      if (!await files.stat(target)) {
        const d = new vscode.Diagnostic(range, vscode.l10n.t('Link target not found: {0}', link.path), vscode.DiagnosticSeverity.Warning);
        d.source = 'UPSC notes';
        out.push(d);
        continue;
      }
    }
    if (link.line !== undefined && lineCount !== undefined && (link.line < 1 || link.line > lineCount)) {
      const d = new vscode.Diagnostic(range, vscode.l10n.t('Line {0} is past the end of {1} ({2} lines)', link.line, link.path, lineCount), vscode.DiagnosticSeverity.Warning);
      d.source = 'UPSC notes';
      out.push(d);
    }
  }
  return out;
}

/** The view, following the editor (an editorial, or the term under the cursor), and the note-link checks. */
export function registerBacklinks(library: EditorialLibrary, glossary: GlossaryIndex, notes: NoteTexts, files: WorkspaceFiles): { provider: BacklinksProvider; disposable: vscode.Disposable } {
  const provider = new BacklinksProvider(notes, glossary);
  const view = vscode.window.createTreeView(BACKLINKS_VIEW_ID, { treeDataProvider: provider });
  const diagnostics = vscode.languages.createDiagnosticCollection('upsc-note-links');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let disposed = false;

  const follow = (editor: vscode.TextEditor | undefined) => {
    if (!editor) return;
    const uri = editor.document.uri.toString();
    const entry = library.get(uri);
    if (entry) provider.setSubject({ kind: 'editorial', uri, title: entry.editorial.title });
    else {
      const found = termAt(glossary, editor.document, editor.selection.active);
      if (found) provider.setSubject({ kind: 'term', id: found.term.id, name: found.term.name });
    }
    view.description = provider.subject ? (provider.subject.kind === 'term' ? provider.subject.name : provider.subject.title) : undefined;
  };
  const validate = (doc: vscode.TextDocument) => {
    if ((doc.languageId !== 'markdown' && doc.languageId !== 'plaintext') || library.has(doc.uri.toString()) || doc.uri.scheme === 'upsc-glossary') return;
    clearTimeout(timers.get(doc.uri.toString()));
    timers.set(doc.uri.toString(), setTimeout(async () => {
      timers.delete(doc.uri.toString());
      const found = await checkLinks(doc, library, files);
      if (!disposed) diagnostics.set(doc.uri, found);
    }, 300));
  };
  vscode.workspace.textDocuments.forEach(validate);

  return {
    provider,
    disposable: vscode.Disposable.from(
      provider, view, diagnostics,
      vscode.window.onDidChangeActiveTextEditor(follow),
      vscode.window.onDidChangeTextEditorSelection(e => follow(e.textEditor)),
      vscode.workspace.onDidOpenTextDocument(validate),
      vscode.workspace.onDidChangeTextDocument(e => validate(e.document)),
      vscode.workspace.onDidCloseTextDocument(doc => diagnostics.delete(doc.uri)),
      library.onDidChange(() => vscode.workspace.textDocuments.forEach(validate)),
      vscode.languages.registerDocumentLinkProvider({ language: 'plaintext' }, {
        provideDocumentLinks(doc) {
          return findNoteLinks(doc.getText()).map(l => {
            const target = vscode.Uri.joinPath(doc.uri, '..', l.path).with({ fragment: l.line ? `L${l.line}` : '' });
            return new vscode.DocumentLink(new vscode.Range(doc.positionAt(l.start), doc.positionAt(l.end)), target);
          });
        },
      }),
      { dispose: () => { disposed = true; timers.forEach(t => clearTimeout(t)); } },
    ),
  };
}
