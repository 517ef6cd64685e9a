// A subtle dotted underline under every known term in visible markdown/plain-text editors,
// refreshed as the user types (debounced) and when the glossary changes.
import * as vscode from 'vscode';
import type { GlossaryIndex } from '../core/glossaryIndex';

export const DECORATIONS_SETTING = 'upscEditorials.decorations.enabled';
export const DECORATION_LIMIT_SETTING = 'upscEditorials.decorations.maxFileSizeMB';

function enabled(): boolean {
  return vscode.workspace.getConfiguration().get<boolean>(DECORATIONS_SETTING, true);
}

function sizeLimit(): number {
  return vscode.workspace.getConfiguration().get<number>(DECORATION_LIMIT_SETTING, 2) * 1024 * 1024;
}

function applies(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' || doc.languageId === 'plaintext';
}

export class TermDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('editorInfo.foreground'),
  });
  private readonly disposables: vscode.Disposable[] = [this.type];
  private timers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  /** Number of terms decorated per document URI, for tests and the status bar. */
  readonly counts = new Map<string, number>();

  constructor(private readonly index: GlossaryIndex) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(e => this.schedule(e, 0))),
      vscode.workspace.onDidChangeTextDocument(e => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) this.schedule(editor, 150);
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(DECORATIONS_SETTING) || e.affectsConfiguration(DECORATION_LIMIT_SETTING)) this.refreshAll();
      }),
      index.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor, 0);
  }

  private schedule(editor: vscode.TextEditor, delay: number): void {
    clearTimeout(this.timers.get(editor));
    this.timers.set(editor, setTimeout(() => { this.timers.delete(editor); this.update(editor); }, delay));
  }

  update(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!applies(doc)) return;
    const text = doc.getText();
    if (!enabled() || text.length > sizeLimit()) {
      editor.setDecorations(this.type, []);
      this.counts.delete(doc.uri.toString());
      return;
    }
    const ranges = this.index.scan(text).map(m => new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
    editor.setDecorations(this.type, ranges);
    this.counts.set(doc.uri.toString(), ranges.length);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
