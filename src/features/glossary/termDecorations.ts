// A subtle dotted underline under every known term in visible markdown/plain-text editors,
// refreshed as the user types (debounced) and when the glossary changes.
import * as vscode from 'vscode';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import { DocumentMatches } from '../../core/glossary/matcher/documentMatches';
import type { TermMatcher } from '../../core/glossary/matcher/termMatcher';
import type { Config } from '../../services/config';
import { settingId } from '../../services/settings';

function applies(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' || doc.languageId === 'plaintext';
}

export class TermDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('editorInfo.foreground'),
  });
  /** Says so when the active file is too large to underline, instead of failing silently. */
  private readonly status = vscode.window.createStatusBarItem('upscEditorials.decorationsSkipped', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.type, this.status];
  private timers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  /** Number of terms decorated per document URI, for tests and the status bar. */
  readonly counts = new Map<string, number>();
  /**
   * Term matches per open document, kept up to date edit by edit: a keystroke re-scans only the
   * lines around it (core/incrementalMatches), not the whole note.
   */
  private readonly documents = new Map<string, { matcher: TermMatcher; version: number; matches: DocumentMatches }>();

  constructor(private readonly index: GlossaryIndex, private readonly config: Config) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(e => this.schedule(e, 0))),
      vscode.window.onDidChangeActiveTextEditor(e => { if (!e || !applies(e.document)) this.status.hide(); }),
      vscode.workspace.onDidChangeTextDocument(e => {
        this.applyEdits(e);
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) this.schedule(editor, 50);
      }),
      vscode.workspace.onDidCloseTextDocument(doc => this.documents.delete(doc.uri.toString())),
      config.onChange(['decorations.enabled', 'decorations.maxFileSizeMB'], () => this.refreshAll()),
      index.onDidChange(() => { this.documents.clear(); this.refreshAll(); }),
    );
    this.refreshAll();
  }

  private get enabled(): boolean {
    return this.config.get('decorations.enabled');
  }

  private get sizeLimit(): number {
    return this.config.get('decorations.maxFileSizeMB') * 1024 * 1024;
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor, 0);
  }

  private schedule(editor: vscode.TextEditor, delay: number): void {
    clearTimeout(this.timers.get(editor));
    this.timers.set(editor, setTimeout(() => {
      this.timers.delete(editor);
      // The first pass waits for the matcher, built in background jobs of its own (by then the
      // feature may be gone, or a newer pass scheduled for this editor).
      void this.index.readyMatcher().then(() => {
        if (!this.disposed && !this.timers.has(editor)) this.update(editor);
      });
    }, delay));
  }

  update(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!applies(doc)) return;
    const text = doc.getText();
    const tooLarge = text.length > this.sizeLimit;
    if (editor === vscode.window.activeTextEditor) this.showSkipped(tooLarge && this.enabled);
    if (!this.enabled || tooLarge) {
      editor.setDecorations(this.type, []);
      this.counts.delete(doc.uri.toString());
      return;
    }
    const ranges = this.matchesOf(doc, text).map(m => new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
    editor.setDecorations(this.type, ranges);
    this.counts.set(doc.uri.toString(), ranges.length);
  }

  /** Brings a tracked document's matches up to date with an edit, or forgets them if it cannot. */
  private applyEdits(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const tracked = this.documents.get(key);
    if (!tracked || !e.contentChanges.length) return;
    if (tracked.matcher !== this.index.matcher() || e.document.version <= tracked.version) {
      this.documents.delete(key);
      return;
    }
    try {
      tracked.matches.apply(e.contentChanges.map(c => ({ start: c.rangeOffset, deletedLength: c.rangeLength, insertedText: c.text })));
      tracked.version = e.document.version;
    } catch {
      this.documents.delete(key); // rescanned in full on the next update
    }
  }

  private matchesOf(doc: vscode.TextDocument, text: string): readonly { start: number; end: number }[] {
    const key = doc.uri.toString();
    const matcher = this.index.matcher();
    const tracked = this.documents.get(key);
    if (tracked && tracked.matcher === matcher && tracked.version === doc.version && tracked.matches.length === text.length) return tracked.matches.matches;
    const matches = new DocumentMatches(matcher, text);
    this.documents.set(key, { matcher, version: doc.version, matches });
    return matches.matches;
  }

  private showSkipped(skipped: boolean): void {
    if (!skipped) { this.status.hide(); return; }
    this.status.name = vscode.l10n.t('UPSC term underlines');
    this.status.text = vscode.l10n.t('$(info) UPSC: terms not underlined');
    this.status.tooltip = vscode.l10n.t('This file is larger than {0} MB (setting upscEditorials.decorations.maxFileSizeMB). Hovers still work.', this.sizeLimit / 1048576);
    this.status.command = { command: 'workbench.action.openSettings', title: vscode.l10n.t('Open Settings'), arguments: [settingId('decorations.maxFileSizeMB')] };
    this.status.show();
  }

  private disposed = false;

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
