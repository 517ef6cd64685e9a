// Folders the workspace's file watcher does not see into, polled instead.
//
// On Linux, VS Code's recursive watcher (parcel, on inotify) starts to watch a new folder when it
// hears that the folder was created, and never looks for subfolders already inside it. A folder
// created a few milliseconds after its parent (`mkdir -p`; `workspace.fs.writeFile` into a new
// path, which makes the folders one by one) or moved, copied or unzipped in inside a new folder is
// then never watched: no event comes, ever, for a file created, changed or deleted in it (the
// watcher's trace log shows `[ADDED] …/editorials` and nothing for `…/editorials/library-test`),
// so a deleted editorial stayed in the library. An extension cannot get a watcher of its own
// inside the workspace (VS Code serves it from that same watcher), so these folders are polled: a
// readDirectory, and a stat per file of interest, every POLL_MS. A folder counts as unwatched when
// a look into a new folder finds it and no create event came for it; a create event for it later
// shows that it is watched. (Where the watcher does see such folders, as on macOS and Windows,
// polling them costs a little and changes nothing.)
import * as vscode from 'vscode';

/** How often the folders are looked at. */
const POLL_MS = 2000;
/** Polls that find nothing new come less and less often, down to one every this many ms. */
const MAX_POLL_MS = 8000;
/** At most this many folders are polled (a large tree moved in); the rest wait for a refresh. */
const MAX_POLLED_FOLDERS = 200;

export type FileEventType = 'created' | 'changed' | 'deleted';

export interface PolledFolderEvents {
  /** A file of interest in a polled folder was created, changed or deleted; or the folder itself is gone. */
  fire(type: FileEventType, uri: vscode.Uri): void;
  /** Whether a file name is of interest (the others are not stat'ed). */
  wanted(name: string): boolean;
  /** Folders never looked into (package installs, version control). */
  skippedFolder(name: string): boolean;
}

export class UnwatchedFolders implements vscode.Disposable {
  private readonly folders = new Map<string, vscode.Uri>();
  /** Modification time of each file of interest in a polled folder at the last poll. */
  private readonly mtimes = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private interval = POLL_MS;
  private polling = false;
  private disposed = false;

  constructor(private readonly events: PolledFolderEvents) {}

  get size(): number {
    return this.folders.size;
  }

  add(uri: vscode.Uri): void {
    if (this.disposed || this.folders.has(uri.toString()) || this.folders.size >= MAX_POLLED_FOLDERS) return;
    this.folders.set(uri.toString(), uri);
    this.interval = POLL_MS;
    this.schedule(0);
  }

  /**
   * A file a folder walk reported in a polled folder: the next poll reports it gone if it is,
   * even when it was deleted before that poll ever listed it.
   */
  known(uri: vscode.Uri): void {
    const key = uri.toString();
    const folder = key.slice(0, key.lastIndexOf('/'));
    if (this.folders.has(folder) && !this.mtimes.has(key)) this.mtimes.set(key, -1);
  }

  /** A create event came for it: the watcher sees it after all. */
  watched(uri: vscode.Uri): void {
    this.folders.delete(uri.toString());
  }

  /** The folder (or a file) is gone: stop polling it and everything under it. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key + '/';
    for (const k of [...this.folders.keys()]) if (k === key || k.startsWith(prefix)) this.folders.delete(k);
    for (const k of [...this.mtimes.keys()]) if (k === key || k.startsWith(prefix)) this.mtimes.delete(k);
  }

  private schedule(ms: number): void {
    if (this.timer || this.polling || this.disposed) return;
    this.timer = setTimeout(() => void this.poll(), ms);
  }

  private async poll(): Promise<void> {
    this.timer = undefined;
    this.polling = true;
    let changed = false;
    try {
      for (const [key, folder] of [...this.folders]) {
        if (this.disposed) return;
        if (this.folders.has(key) && await this.pollFolder(folder)) changed = true;
      }
    } finally {
      this.polling = false;
      // A folder tree that stays as it is costs a stat per file every 8 s, not every 2 s, for the session.
      this.interval = changed ? POLL_MS : Math.min(this.interval * 2, MAX_POLL_MS);
      if (this.folders.size) this.schedule(this.interval);
    }
  }

  /** Does for one folder what the watcher would; whether it found anything new, changed or gone. */
  private async pollFolder(folder: vscode.Uri): Promise<boolean> {
    const prefix = folder.toString() + '/';
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      // Gone (its delete event comes only if its parent is watched), or unreadable for a moment.
      const type = await vscode.workspace.fs.stat(folder).then(s => s.type, () => undefined);
      if (type !== vscode.FileType.Directory) {
        this.forget(folder);
        this.events.fire('deleted', folder);
      }
      return true;
    }
    let changed = false;
    const present = new Set<string>();
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(folder, name);
      const key = uri.toString();
      if (type === vscode.FileType.Directory) {
        // A folder made inside an unwatched one is not watched either.
        if (!this.events.skippedFolder(name)) this.add(uri);
        continue;
      }
      if (!(type & vscode.FileType.File) || !this.events.wanted(name)) continue;
      const mtime = await vscode.workspace.fs.stat(uri).then(s => s.mtime, () => undefined);
      if (mtime === undefined) continue;
      present.add(key);
      const before = this.mtimes.get(key);
      if (before === mtime) continue;
      this.mtimes.set(key, mtime);
      changed = true;
      this.events.fire(before === undefined ? 'created' : 'changed', uri);
    }
    for (const key of [...this.mtimes.keys()]) {
      if (!key.startsWith(prefix) || key.includes('/', prefix.length) || present.has(key)) continue;
      // Not listed: gone, unless it was written after the listing (then the next poll reads it).
      const uri = vscode.Uri.parse(key);
      if (await vscode.workspace.fs.stat(uri).then(() => false, () => true)) {
        this.mtimes.delete(key);
        this.events.fire('deleted', uri);
        changed = true;
      }
    }
    return changed;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}
