// The one reader of the student's files and the one set of watchers. Every feature that needs a
// file's text (editorials, glossaries, notes, review progress) reads it here: an open document's
// text wins over the disk, so unsaved edits count. Every change to the workspace's files comes
// through `onDidChange`, file by file: a folder created with files already in it, or an unwatched
// folder (see unwatchedFolders.ts), is reported as events for its files, so consumers only ever
// filter file events by their own glob.
import * as vscode from 'vscode';
import { globMatcher, searchGlob } from '../core/shared/glob';
import { background } from '../core/shared/slices';
import { FileEventType, UnwatchedFolders } from './unwatchedFolders';

export interface FileEvent {
  readonly type: FileEventType;
  readonly uri: vscode.Uri;
}

/** A file's modification time and size, as its stat gave them. */
export interface FileStamp {
  readonly mtime: number;
  readonly size: number;
}

export type ReadResult =
  /** `stamp`: the file's stat, when the text came from disk (not an open editor). */
  | { readonly text: string; readonly stamp?: FileStamp }
  | { readonly skipped: 'missing' | 'too-large' | 'binary'; readonly size?: number };

/** Files whose changes anyone here cares about; others are not reported from folder walks or polls. */
const WANTED_FILE = /\.(?:md|markdown|txt|json)$/i;
const SKIPPED_FOLDER = /^(?:node_modules|\.git)$/;
const SKIPPED_PATH = /\/(?:node_modules|\.git)(?:\/|$)/;
/** At most this many folders are walked looking for files and unwatched folders under a new one. */
const MAX_WALKED_FOLDERS = 2000;
/** A new folder is looked into again this long after its create event: files written into it
 *  while the watcher was still attaching to it are missed otherwise. */
const RESCAN_NEW_FOLDER_MS = [1000, 3000];
/** Search results filtered by the glob per background job. */
const FILTER_CHUNK = 400;

export const EXCLUDED_FOLDERS = '{**/node_modules/**,**/.git/**}';

/** Not fatal: a note saved in another encoding still reads, with replacement characters where it
 *  differs (glossaries, which must be exact, decode their bytes strictly themselves). */
const utf8 = new TextDecoder('utf-8');

export class WorkspaceFiles implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<FileEvent>();
  readonly onDidChange = this.emitter.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*');
  private readonly unwatched = new UnwatchedFolders({
    fire: (type, uri) => this.fire(type, uri),
    wanted: name => WANTED_FILE.test(name),
    skippedFolder: name => SKIPPED_FOLDER.test(name),
  });
  /** Files and folders a create event was heard for (URI string → Date.now()), for `walk`. */
  private readonly announced = new Map<string, number>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.watcher, this.unwatched, this.emitter];
  private disposed = false;

  constructor() {
    this.disposables.push(
      this.watcher.onDidCreate(uri => void this.created(uri)),
      this.watcher.onDidChange(uri => this.fire('changed', uri)),
      this.watcher.onDidDelete(uri => {
        this.unwatched.forget(uri);
        this.fire('deleted', uri);
      }),
    );
  }

  /** The text of a file: an open document's (unsaved edits included), else the disk's as UTF-8;
   *  a file with NUL characters is binary, not text. */
  async read(uri: vscode.Uri, maxBytes = Infinity): Promise<ReadResult> {
    const open = this.openDocument(uri);
    if (open) {
      const text = open.getText();
      return text.length > maxBytes ? { skipped: 'too-large', size: text.length } : { text };
    }
    let bytes: Uint8Array;
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxBytes) return { skipped: 'too-large', size: stat.size };
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return { skipped: 'missing' }; // deleted between the event and the read: the delete event follows
    }
    if (bytes.length > maxBytes) return { skipped: 'too-large', size: bytes.length };
    const text = utf8.decode(bytes);
    // The stamp only when the bytes are the ones the stat describes (the size agrees).
    return text.includes('\u0000') ? { skipped: 'binary' } : { text, stamp: bytes.length === stat.size ? { mtime: stat.mtime, size: stat.size } : undefined };
  }

  /** Bytes of a file on disk (glossaries and imports decode for themselves); undefined when it cannot be read. */
  async readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
  }

  /** A file's or folder's type, size and times; undefined when there is none. */
  async stat(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
    try {
      return await vscode.workspace.fs.stat(uri);
    } catch {
      return undefined;
    }
  }

  /** Whether a file is open in an editor (its text may differ from the disk's). */
  isOpen(uri: vscode.Uri): boolean {
    return !!this.openDocument(uri);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find(d => !d.isClosed && d.uri.toString() === key);
  }

  /** Deletes a file if it is there; never throws. */
  async delete(uri: vscode.Uri): Promise<void> {
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  }

  /** A folder's entries; undefined when it cannot be listed (missing, or served over https). */
  async list(folder: vscode.Uri): Promise<[string, vscode.FileType][] | undefined> {
    try {
      return await vscode.workspace.fs.readDirectory(folder);
    } catch {
      return undefined;
    }
  }

  /**
   * Writes a file, making its folder. `atomic`: through a temporary file renamed over it, so a
   * reader never sees half a file and a failed write leaves the old one whole. Throws on failure:
   * the caller says what could not be saved.
   */
  async write(uri: vscode.Uri, text: string, options: { atomic?: boolean } = {}): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    const bytes = new TextEncoder().encode(text);
    if (!options.atomic) {
      await vscode.workspace.fs.writeFile(uri, bytes);
      return;
    }
    const tmp = uri.with({ path: uri.path + '.tmp' });
    try {
      await vscode.workspace.fs.writeFile(tmp, bytes);
      await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
      throw err;
    }
  }

  /**
   * Files of the workspace matching `glob`, outside node_modules and .git. The glob may come from
   * the workspace's own settings: the platform's search gets it only when it is simple (else a
   * search by extension, searchGlob), and every result is tested with the extension's own
   * matcher (length-capped, linear time), so the answer is the same either way.
   */
  async find(glob: string, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    if (!vscode.workspace.workspaceFolders?.length) return [];
    const matches = globMatcher(glob);
    const found = await vscode.workspace.findFiles(searchGlob(glob), EXCLUDED_FOLDERS, undefined, token);
    return this.filterByPath(found, matches);
  }

  /**
   * The files whose path relative to their workspace folder passes `keep`, in order. In
   * background jobs of a few hundred: 3,500 files took 90 ms in one (a relative path each).
   */
  async filterByPath(uris: readonly vscode.Uri[], keep: (relative: string) => boolean): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    for (let i = 0; i < uris.length; i += FILTER_CHUNK) {
      const part = uris.slice(i, i + FILTER_CHUNK);
      await background.run(() => { for (const uri of part) if (keep(this.relative(uri))) out.push(uri); });
    }
    return out;
  }

  /** The path of a file relative to its workspace folder, as globs are matched against. */
  relative(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  private fire(type: FileEventType, uri: vscode.Uri): void {
    if (!this.disposed && !SKIPPED_PATH.test(uri.path)) this.emitter.fire({ type, uri });
  }

  /** A created file is one event; a created folder is an event per file found in it. */
  private async created(uri: vscode.Uri): Promise<void> {
    this.announce(uri);
    if (SKIPPED_PATH.test(uri.path)) return;
    const type = await vscode.workspace.fs.stat(uri).then(s => s.type, () => undefined);
    if (type === undefined) return;
    if (!(type & vscode.FileType.Directory)) {
      this.fire('created', uri);
      return;
    }
    await this.walk(uri);
    for (const ms of RESCAN_NEW_FOLDER_MS) {
      const timer = setTimeout(() => { this.timers.delete(timer); void this.walk(uri); }, ms);
      this.timers.add(timer);
    }
  }

  /** Notes a create event; one for a folder thought unwatched shows that the watcher sees it. */
  private announce(uri: vscode.Uri): void {
    const now = Date.now();
    // Walks ask only about the last few seconds: keep the map small.
    if (this.announced.size > 500) for (const [k, t] of this.announced) if (now - t > 30000) this.announced.delete(k);
    this.announced.set(uri.toString(), now);
    this.unwatched.watched(uri);
    // An event from inside a folder shows that the watcher sees into it.
    this.unwatched.watched(vscode.Uri.joinPath(uri, '..'));
  }

  /**
   * Reports the files of interest in a new folder and its subfolders, read with readDirectory;
   * subfolders no create event announced are polled from now on. Not workspace.findFiles: on the
   * desktop that starts a ripgrep process from the extension host, whose spawn blocked it for up
   * to 60 ms on a busy machine, for every folder created (and again 1 and 3 s later).
   */
  private async walk(folder: vscode.Uri): Promise<void> {
    const queue = [folder];
    for (let walked = 0; queue.length && walked < MAX_WALKED_FOLDERS && !this.disposed; walked++) {
      const dir = queue.shift()!;
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        continue;
      }
      for (const [name, type] of entries) {
        const uri = vscode.Uri.joinPath(dir, name);
        if (type & vscode.FileType.File) {
          if (!WANTED_FILE.test(name)) continue;
          this.fire('created', uri);
          // A file the watcher never announced: a create event for its folder is no proof that
          // the watcher sees into it (on Linux it may not, and then a delete never comes), so the
          // folder is polled until an event from inside shows that it is watched.
          if (!this.announced.has(uri.toString())) this.unwatched.add(dir);
          this.unwatched.known(uri);
          continue;
        }
        // (not symbolic links: the watcher does not follow them either)
        if (type !== vscode.FileType.Directory || SKIPPED_FOLDER.test(name)) continue;
        if (!this.announced.has(uri.toString())) this.unwatched.add(uri);
        queue.push(uri); // a watched folder can hold unwatched ones
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
