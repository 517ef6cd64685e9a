// When the student last read each editorial and note, so a review introduces new cards from the
// most recent reading first (core/revision/readingQueue.ts). Reading is: the file shown in an
// editor, or an editorial arriving in the library after the first scan (an import, a sync, a
// git pull). Kept in the workspace's extension state, never in the student's files; at most
// MAX_SOURCES entries, the oldest dropped first.
import * as vscode from 'vscode';
import type { EditorialLibrary } from '../core/editorial/library';

const KEY = 'upscEditorials.readAt';
const MAX_SOURCES = 5000;
const SAVE_DELAY_MS = 2000;

export class ReadingLog implements vscode.Disposable {
  private readonly times = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private scanned = false;

  constructor(private readonly memento: vscode.Memento, library: EditorialLibrary, ready: Promise<void>, private readonly now: () => number = Date.now) {
    const stored = memento.get<unknown>(KEY);
    if (stored && typeof stored === 'object') {
      for (const [uri, t] of Object.entries(stored as Record<string, unknown>)) {
        if (typeof t === 'number' && Number.isFinite(t)) this.times.set(uri, t);
      }
    }
    void ready.then(() => { this.scanned = true; });
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(editor => { if (editor && isReadable(editor.document)) this.read(editor.document.uri.toString()); }),
      library.onDidChange(change => {
        // The first scan finds what was there already: that is not reading it today.
        if (!this.scanned) return;
        for (const uri of change.added) if (!library.get(uri)?.bundled) this.read(uri);
      }),
      { dispose: () => this.flush() },
    );
    const open = vscode.window.activeTextEditor?.document;
    if (open && isReadable(open)) this.read(open.uri.toString());
  }

  /** When `uri` was last read (ms since 1970), if it is known. */
  readAt(uri: string): number | undefined {
    return this.times.get(uri);
  }

  read(uri: string, at = this.now()): void {
    this.times.delete(uri); // re-inserted last: the map's order is oldest reading first
    this.times.set(uri, at);
    if (this.times.size > MAX_SOURCES) this.times.delete(this.times.keys().next().value as string);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  private flush(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    void this.memento.update(KEY, Object.fromEntries(this.times));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function isReadable(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' || doc.languageId === 'plaintext';
}
