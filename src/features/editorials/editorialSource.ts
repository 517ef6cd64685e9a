// Feeds the core library from VS Code: the bundled sample from the extension's data/ folder and
// the user's own editorials from the workspace (setting `upscEditorials.editorialFiles`), kept
// up to date by a file-system watcher. All reads go through `workspace.fs`, so it also works in
// remote and virtual workspaces.
import * as vscode from 'vscode';
import { globToRegExp } from '../../core/shared/glob';
import type { EditorialLibrary } from '../../core/editorial/library';
import { looksLikeEditorial } from '../../core/editorial/detect';
import { tokenizeEditorial } from '../../core/editorial/parse/tokenize';
import { warmUpParser } from '../../core/editorial/parse/warmUp';
import { background } from '../../core/shared/slices';

export const EDITORIAL_GLOB_SETTING = 'upscEditorials.editorialFiles';
export const DETECT_SETTING = 'upscEditorials.detectEditorialsByContent';
/** Above this many files the scan shows a cancellable notification instead of a status-bar spinner. */
const LARGE_SCAN = 200;
const READ_CONCURRENCY = 8;
const DEFAULT_GLOB = '**/editorials/**/*.md';
/** How often folders that the file watcher does not see into are looked at (see `unwatched`). */
const POLL_MS = 2000;
/** Polls that find nothing new come less and less often, down to one every this many ms. */
const MAX_POLL_MS = 8000;
/** At most this many such folders are polled (a large tree moved in); the rest wait for a refresh. */
const MAX_POLLED_FOLDERS = 200;
/** At most this many folders are walked looking for such folders under a new one. */
const MAX_WALKED_FOLDERS = 2000;
const SKIPPED_FOLDER = /^(node_modules|\.git)$/;
/** Larger files are skipped: a 20 MB "editorial" is a mistake, and parsing it would stall the host. */
export const MAX_EDITORIAL_BYTES = 20 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');
/**
 * The samples in data/editorials. On vscode.dev and github.dev the extension is served over https,
 * where its files can be read but its folders cannot be listed (readDirectory throws): then these
 * are read by name. (test/e2e/web.e2e.ts checks the list against the folder.)
 */
const BUNDLED_EDITORIALS = ['indo-us-editorial.md'];

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_EDITORIAL_BYTES) {
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: skipped {0}: {1} MB is larger than the {2} MB limit for editorials.',
        vscode.workspace.asRelativePath(uri), (stat.size / 1048576).toFixed(1), MAX_EDITORIAL_BYTES / 1048576));
      return undefined;
    }
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // deleted between the event and the read: the delete event follows
  }
}

export class EditorialSource implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.FileSystemWatcher[] = [];
  private scanCancel: vscode.CancellationTokenSource | undefined;
  private scanning: Promise<void> | undefined;
  /** Delete events seen, the number of the last one for each deleted file or folder URI, and
   *  how many updates are under way (see update). */
  private deletions = 0;
  private readonly deleted = new Map<string, number>();
  private updating = 0;
  /** Per file, the number of the last update whose read finished (see update): an older update
   *  still waiting to build its editorial must not overwrite what a newer read found. */
  private readonly latestRead = new Map<string, number>();
  private reads = 0;
  /**
   * Folders the workspace's file watcher does not see into, polled instead (URI string → URI).
   * On Linux, VS Code's recursive watcher (parcel, on inotify) starts to watch a new folder when
   * it hears that the folder was created, and never looks for subfolders already inside it. A
   * folder created a few milliseconds after its parent (`mkdir -p`; `workspace.fs.writeFile` into
   * a new path, which makes the folders one by one) or moved, copied or unzipped in inside a new
   * folder is then never watched: no event comes, ever, for a file created, changed or deleted in
   * it (the watcher's trace log shows `[ADDED] …/editorials` and nothing for
   * `…/editorials/library-test`), so a deleted editorial stayed in the library. An extension
   * cannot get a watcher of its own inside the workspace (VS Code serves it from that same
   * watcher), so these folders are polled: a readDirectory, and a stat per markdown file, every
   * POLL_MS. A folder counts as unwatched when a look into a new folder finds it and no create
   * event came for it; a create event for it later shows that it is watched. (Where the watcher
   * does see such folders, as on macOS and Windows, polling them costs a little and changes
   * nothing.)
   */
  private readonly unwatched = new Map<string, vscode.Uri>();
  /** Files and folders a create event was heard for (URI string → Date.now()), for `findUnwatched`. */
  private readonly announced = new Map<string, number>();
  /** Modification time of each markdown file in an unwatched folder at the last poll. */
  private readonly polledMtimes = new Map<string, number>();
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private pollInterval = POLL_MS;
  private polling = false;
  private disposed = false;

  constructor(private readonly library: EditorialLibrary, private readonly extensionUri: vscode.Uri) {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(EDITORIAL_GLOB_SETTING) || e.affectsConfiguration(DETECT_SETTING)) void this.rescan();
    }));
  }

  private get glob(): string {
    return vscode.workspace.getConfiguration().get<string>(EDITORIAL_GLOB_SETTING) || DEFAULT_GLOB;
  }

  /** Loads the bundled sample and scans the workspace; safe to call again (refresh). */
  load(): Promise<void> {
    this.scanning ??= this.doLoad().finally(() => { this.scanning = undefined; });
    return this.scanning;
  }

  private async doLoad(): Promise<void> {
    await this.loadBundled();
    await this.rescan();
  }

  private async loadBundled(): Promise<void> {
    const folder = vscode.Uri.joinPath(this.extensionUri, 'data', 'editorials');
    let files: [string, vscode.FileType][];
    let listError: unknown;
    try {
      files = await vscode.workspace.fs.readDirectory(folder);
    } catch (err) {
      listError = err;
      files = BUNDLED_EDITORIALS.map(name => [name, vscode.FileType.File]);
    }
    let loaded = 0;
    // The first parse is the slowest (cold JIT): warm the parser up in a slice of its own.
    await background.run(warmUpParser);
    for (const [name, type] of files) {
      if (type !== vscode.FileType.File || !name.endsWith('.md')) continue;
      const uri = vscode.Uri.joinPath(folder, name);
      const text = await readText(uri);
      if (text === undefined) continue;
      await background.run(() => this.library.set(uri.toString(), text, { bundled: true }));
      loaded++;
    }
    if (listError !== undefined && !loaded) {
      void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: the bundled editorials could not be read: {0}', String(listError)));
    }
  }

  private get detectByContent(): boolean {
    return vscode.workspace.getConfiguration().get<boolean>(DETECT_SETTING, true);
  }

  /**
   * Finds the workspace's editorials, adds new or changed ones, drops those that are gone.
   * Files matching the glob are editorials; with content detection on, any other markdown file
   * that has a "For Prelims" line or `type: editorial` front matter is one too. Shows progress
   * (cancellable in the notification when the workspace is large); a new scan cancels the last.
   */
  async rescan(): Promise<void> {
    this.watch();
    if (!vscode.workspace.workspaceFolders?.length) return;
    this.scanCancel?.cancel();
    const cancel = (this.scanCancel = new vscode.CancellationTokenSource());
    const exclude = '{**/node_modules/**,**/.git/**}';
    let byGlob: vscode.Uri[];
    let others: vscode.Uri[] = [];
    if (this.detectByContent && /\*\.md$/.test(this.glob)) {
      // The glob names markdown files only (the default does): one search for all markdown,
      // split by the glob, instead of two (each search starts a ripgrep process).
      const glob = globToRegExp(this.glob);
      byGlob = [];
      for (const u of await vscode.workspace.findFiles('**/*.md', exclude, undefined, cancel.token)) {
        (glob.test(vscode.workspace.asRelativePath(u, false)) ? byGlob : others).push(u);
      }
    } else {
      byGlob = await vscode.workspace.findFiles(this.glob, exclude, undefined, cancel.token);
      const globSet = new Set(byGlob.map(u => u.toString()));
      if (this.detectByContent) others = (await vscode.workspace.findFiles('**/*.md', exclude, undefined, cancel.token)).filter(u => !globSet.has(u.toString()));
    }
    const total = byGlob.length + others.length;
    const found = new Set<string>();
    const work = async (progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) => {
      let done = 0;
      const step = (uri: vscode.Uri) => {
        done++;
        if (done % 20 === 0 || done === total) progress.report({ message: `${done}/${total}`, increment: (20 / total) * 100 });
        found.add(uri.toString());
      };
      // Reads go over the extension host's file-system channel: keep a few in flight at once.
      const jobs: [vscode.Uri, { detect?: boolean }][] = [...byGlob.map(u => [u, {}] as [vscode.Uri, object]), ...others.map(u => [u, { detect: true }] as [vscode.Uri, { detect: boolean }])];
      for (let i = 0; i < jobs.length; i += READ_CONCURRENCY) {
        if (token.isCancellationRequested || cancel.token.isCancellationRequested) return false;
        const chunk = jobs.slice(i, i + READ_CONCURRENCY);
        await Promise.all(chunk.map(([uri, o]) => this.update(uri, o)));
        chunk.forEach(([uri]) => step(uri));
      }
      return true;
    };
    const large = total > LARGE_SCAN;
    await this.library.batch(async () => {
      const complete = await vscode.window.withProgress(
        { location: large ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window, title: vscode.l10n.t('UPSC: reading editorials'), cancellable: large },
        work,
      );
      // Only a complete scan may conclude that an editorial is gone.
      if (complete) {
        for (const entry of this.library.all()) if (!entry.bundled && !found.has(entry.uri)) this.library.delete(entry.uri);
      }
    });
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    const files = vscode.workspace.createFileSystemWatcher(this.glob);
    files.onDidCreate(uri => this.update(uri));
    files.onDidChange(uri => this.update(uri));
    files.onDidDelete(uri => this.remove(uri));
    // The file watcher reports a folder created or deleted as one event for the folder, without
    // its files: look inside created folders, and drop every editorial under a deleted one.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    // Files written into a folder just after it appears can be missed while the watcher is still
    // attaching to it: look again a little later.
    folders.onDidCreate(uri => {
      this.announce(uri);
      void this.scanFolder(uri);
      for (const ms of [1000, 3000]) setTimeout(() => void this.scanFolder(uri), ms);
    });
    folders.onDidDelete(uri => this.folderGone(uri));
    this.watchers = [files, folders];
    if (this.detectByContent) {
      // Markdown outside the glob becomes (or stops being) an editorial by its content.
      const glob = globToRegExp(this.glob);
      const outside = (uri: vscode.Uri) => !glob.test(vscode.workspace.asRelativePath(uri, false)) && !/\/node_modules\//.test(uri.path);
      const markdown = vscode.workspace.createFileSystemWatcher('**/*.md');
      markdown.onDidCreate(uri => { if (outside(uri)) void this.update(uri, { detect: true }); });
      markdown.onDidChange(uri => { if (outside(uri)) void this.update(uri, { detect: true }); });
      markdown.onDidDelete(uri => this.remove(uri));
      this.watchers.push(markdown);
    }
  }

  private async scanFolder(uri: vscode.Uri): Promise<void> {
    // Package installs and VCS folders create thousands of folders: never look in them.
    if (/\/(node_modules|\.git)(\/|$)/.test(uri.path)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
    } catch {
      return;
    }
    const glob = globToRegExp(this.glob);
    for (const file of await this.walkNewFolder(uri)) {
      if (glob.test(vscode.workspace.asRelativePath(file, false))) await this.update(file);
    }
  }

  /**
   * Reads and (re)parses a file; with `detect`, only if its content marks it as an editorial.
   * Reads run several at a time and often finish together: the parse (up to tens of milliseconds
   * while the JIT warms up) waits for its turn in a background slice, so a burst of finished reads
   * does not become one long block of the extension host.
   */
  private async update(uri: vscode.Uri, o: { detect?: boolean } = {}): Promise<void> {
    const key = uri.toString();
    const seen = this.deletions;
    this.updating++;
    try {
      const text = await readText(uri);
      if (text === undefined) return;
      // Two background jobs: tokenize, then build the editorial (a cold parse in one job took up
      // to 45 ms; markdown-it's tokenizing is 35-50% of a parse, measured on generated editorials).
      let read = 0;
      const tokenized = await background.run(() => {
        // Jobs run in the order reads finished: from here on this read is the file's newest,
        // whatever it decides (an older update between its two jobs then stops).
        read = ++this.reads;
        this.latestRead.set(key, read);
        // Deleted (it or its folder) after the read began: the text is stale, and the delete wins.
        if (this.deletedSince(key, seen)) return undefined;
        if (o.detect && !looksLikeEditorial(text)) {
          this.library.delete(key); // it may have stopped being one
          return undefined;
        }
        if (text.includes('\u0000')) {
          void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: skipped {0}: it looks like a binary file, not markdown.', vscode.workspace.asRelativePath(uri)));
          return undefined;
        }
        return this.library.holds(key, text) ? undefined : tokenizeEditorial(text);
      });
      if (!tokenized) return;
      await background.run(() => {
        if (this.latestRead.get(key) !== read || this.deletedSince(key, seen)) return;
        this.library.set(key, text, { tokenized });
      });
    } finally {
      // Deletions and read numbers matter only to updates under way: forget them when there are none.
      if (--this.updating === 0) {
        this.deleted.clear();
        this.latestRead.clear();
      }
    }
  }

  /** A deleted folder takes every editorial under it along (a deleted file: its own). */
  private folderGone(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key + '/';
    this.deleted.set(key, ++this.deletions);
    for (const k of [...this.unwatched.keys()]) if (k === key || k.startsWith(prefix)) this.unwatched.delete(k);
    for (const k of [...this.polledMtimes.keys()]) if (k.startsWith(prefix)) this.polledMtimes.delete(k);
    void background.run(() => {
      for (const entry of this.library.all()) if (entry.uri.startsWith(prefix)) this.library.delete(entry.uri);
    });
  }

  /** Notes a create event; one for a folder thought unwatched shows that the watcher sees it. */
  private announce(uri: vscode.Uri): void {
    const now = Date.now();
    // Scans ask only about the last few seconds: keep the map small.
    if (this.announced.size > 500) for (const [k, t] of this.announced) if (now - t > 30000) this.announced.delete(k);
    this.announced.set(uri.toString(), now);
    this.unwatched.delete(uri.toString());
  }

  /**
   * The markdown files in a new folder and its subfolders, read with readDirectory; subfolders no
   * create event announced are polled from now on (see `unwatched`). Not workspace.findFiles: on
   * the desktop that starts a ripgrep process from the extension host, whose spawn blocked it for
   * up to 60 ms on a busy machine, for every folder created (and again 1 and 3 s later).
   */
  private async walkNewFolder(folder: vscode.Uri): Promise<vscode.Uri[]> {
    const files: vscode.Uri[] = [];
    const queue = [folder];
    for (let walked = 0; queue.length && walked < MAX_WALKED_FOLDERS; walked++) {
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
          if (name.endsWith('.md')) files.push(uri);
          continue;
        }
        if (type !== vscode.FileType.Directory || SKIPPED_FOLDER.test(name)) continue; // (not symbolic links: the watcher does not follow them either)
        if (!this.announced.has(uri.toString())) this.addUnwatched(uri);
        queue.push(uri); // a watched folder can hold unwatched ones
      }
    }
    return files;
  }

  private addUnwatched(uri: vscode.Uri): void {
    if (this.disposed || this.unwatched.has(uri.toString()) || this.unwatched.size >= MAX_POLLED_FOLDERS) return;
    this.unwatched.set(uri.toString(), uri);
    this.pollInterval = POLL_MS;
    this.schedulePoll(0);
  }

  private schedulePoll(ms: number): void {
    if (this.pollTimer || this.polling || this.disposed) return;
    this.pollTimer = setTimeout(() => void this.poll(), ms);
  }

  private async poll(): Promise<void> {
    this.pollTimer = undefined;
    this.polling = true;
    let changed = false;
    try {
      const glob = globToRegExp(this.glob);
      const detect = this.detectByContent;
      for (const [key, folder] of [...this.unwatched]) {
        if (this.disposed) return;
        if (this.unwatched.has(key) && await this.pollFolder(folder, glob, detect)) changed = true;
      }
    } finally {
      this.polling = false;
      // A folder tree that stays as it is costs a stat per file every 8 s, not every 2 s, for the session.
      this.pollInterval = changed ? POLL_MS : Math.min(this.pollInterval * 2, MAX_POLL_MS);
      if (this.unwatched.size) this.schedulePoll(this.pollInterval);
    }
  }

  /** Does for one unwatched folder what the watcher would: new and changed files are read, deleted
   *  ones dropped. Whether it found anything new, changed or gone. */
  private async pollFolder(folder: vscode.Uri, glob: RegExp, detect: boolean): Promise<boolean> {
    let changed = false;
    const prefix = folder.toString() + '/';
    const inFolder = (key: string) => key.startsWith(prefix) && !key.includes('/', prefix.length);
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      // Gone (its delete event comes only if its parent is watched), or unreadable for a moment.
      const type = await vscode.workspace.fs.stat(folder).then(s => s.type, () => undefined);
      if (type !== vscode.FileType.Directory) this.folderGone(folder);
      return true;
    }
    const present = new Set<string>();
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(folder, name);
      const key = uri.toString();
      if (type === vscode.FileType.Directory) {
        // A folder made inside an unwatched one is not watched either.
        if (!SKIPPED_FOLDER.test(name)) this.addUnwatched(uri);
        continue;
      }
      if (!(type & vscode.FileType.File) || !name.endsWith('.md')) continue;
      const mtime = await vscode.workspace.fs.stat(uri).then(s => s.mtime, () => undefined);
      if (mtime === undefined) continue;
      present.add(key);
      if (this.polledMtimes.get(key) === mtime) continue;
      this.polledMtimes.set(key, mtime);
      changed = true;
      // As the watchers do: files matching the glob are editorials, other markdown by its content.
      if (glob.test(vscode.workspace.asRelativePath(uri, false))) await this.update(uri);
      else if (detect) await this.update(uri, { detect: true });
    }
    for (const key of [...this.polledMtimes.keys()]) if (inFolder(key) && !present.has(key)) this.polledMtimes.delete(key);
    for (const entry of this.library.all()) {
      if (entry.bundled || !inFolder(entry.uri) || present.has(entry.uri)) continue;
      // Not listed: gone, unless it was written after the listing (then the next poll reads it).
      const uri = vscode.Uri.parse(entry.uri);
      if (await vscode.workspace.fs.stat(uri).then(() => false, () => true)) {
        this.remove(uri);
        changed = true;
      }
    }
    return changed;
  }

  private deletedSince(key: string, seen: number): boolean {
    if (this.deletions === seen) return false;
    for (const [deleted, n] of this.deleted) if (n > seen && (key === deleted || key.startsWith(deleted + '/'))) return true;
    return false;
  }

  /** A deleted file leaves the library in the same queue as parses, after any parse already waiting
   *  for its slice; a read still under way when the delete came is not parsed (see update). */
  private remove(uri: vscode.Uri): void {
    this.deleted.set(uri.toString(), ++this.deletions);
    void background.run(() => this.library.delete(uri.toString()));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.pollTimer);
    this.scanCancel?.cancel();
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
