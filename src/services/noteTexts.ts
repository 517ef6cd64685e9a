// The text of the student's notes: workspace markdown and text files that are not editorials,
// loaded on first use (the backlinks view and review cards need them; start-up does not) and
// kept up to date from WorkspaceFiles' events. Open editors' unsaved text wins.
import * as vscode from 'vscode';
import type { EditorialLibrary } from '../core/editorial/library';
import type { FileEvent, WorkspaceFiles } from './workspaceFiles';

/** Larger notes are not read (the editorial indexer marks them in Problems). */
export const MAX_NOTE_BYTES = 2 * 1024 * 1024;
const NOTE_FILE = /\.(?:md|txt)$/i;

export class NoteTexts implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private loading: Promise<void> | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly library: EditorialLibrary, private readonly files: WorkspaceFiles) {
    this.subscription = files.onDidChange(e => void this.onFile(e));
  }

  private async onFile(e: FileEvent): Promise<void> {
    if (!this.loading) return; // not loaded yet: the first load reads everything
    const key = e.uri.toString();
    if (e.type === 'deleted') {
      let changed = false;
      for (const uri of [...this.texts.keys()]) if (uri === key || uri.startsWith(key + '/')) changed = this.texts.delete(uri) || changed;
      if (changed) this.emitter.fire();
      return;
    }
    if (!NOTE_FILE.test(e.uri.path)) return;
    await this.read(e.uri);
    this.emitter.fire();
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const result = await this.files.read(uri, MAX_NOTE_BYTES);
    if ('text' in result) this.texts.set(uri.toString(), result.text);
    else this.texts.delete(uri.toString());
  }

  load(): Promise<void> {
    this.loading ??= (async () => {
      for (const uri of await this.files.find('**/*.{md,txt}')) await this.read(uri);
    })();
    return this.loading;
  }

  /** Whether `uri` is a note the student has (loaded, and not an editorial). */
  has(uri: string): boolean {
    return this.texts.has(uri) && !this.library.has(uri);
  }

  /** Notes only: files that are not in the editorial library; open editors' unsaved text wins. */
  notes(): [string, string][] {
    const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d.getText()]));
    return [...this.texts.entries()]
      .filter(([uri]) => !this.library.has(uri))
      .map(([uri, text]) => [uri, open.get(uri) ?? text]);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
