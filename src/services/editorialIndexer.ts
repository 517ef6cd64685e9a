// Feeds the core library: the bundled sample from the extension's data/ folder and the student's
// own editorials from the workspace (setting `editorialFiles`, and with `detectEditorialsByContent`
// any other markdown file that looks like one), kept up to date from WorkspaceFiles' events.
// Parses run in background slices, so a scan of hundreds of files never blocks the host.
import * as vscode from 'vscode';
import { looksLikeEditorial } from '../core/editorial/detect';
import type { EditorialLibrary } from '../core/editorial/library';
import { tokenizeEditorial } from '../core/editorial/parse/tokenize';
import { warmUpParser } from '../core/editorial/parse/warmUp';
import { globMatcher } from '../core/shared/glob';
import { background } from '../core/shared/slices';
import type { Config } from './config';
import type { Log } from './log';
import { MAX_NOTE_BYTES } from './noteTexts';
import type { FileEvent, WorkspaceFiles } from './workspaceFiles';
import { SAMPLE_FOLDER, SampleFiles } from './sampleFiles';
import type { EditorialCache } from './editorialCache';
import type { IndexRecord } from '../core/editorial/indexCache';

/** Files being read at once by a scan (8 took 22 s for 3,000 editorials in code-server, 32 about 13 s). */
const READ_CONCURRENCY = 32;
/** Stats in flight at once while restored files are checked (a stat is a small round trip). */
const STAT_CONCURRENCY = 64;
/** Editorials restored from the persisted index per background job (each is a map entry). */
const RESTORE_PER_JOB = 200;
/**
 * Larger files are skipped, with a Problems entry: an editorial is one article (30–60 KB), and a
 * parse runs in one background job, which for 512 KB takes up to ~150 ms of the host (10 MB took
 * seconds).
 */
export const MAX_EDITORIAL_BYTES = 512 * 1024;
/**
 * The samples in data/editorials. On vscode.dev and github.dev the extension is served over https,
 * where its files can be read but its folders cannot be listed (readDirectory throws): then these
 * are read by name. (test/e2e/web.e2e.ts checks the list against the folder.)
 */
const BUNDLED_EDITORIALS = ['indo-us-editorial.md'];
const MARKDOWN = /\.md$/i;

export class EditorialIndexer implements vscode.Disposable {
  /** Files not read as editorials (too large, binary, unreadable), each with why. */
  private readonly skippedFiles = vscode.languages.createDiagnosticCollection('upsc-editorial-files');
  private readonly disposables: vscode.Disposable[] = [this.skippedFiles];
  private readonly sample: SampleFiles;
  private scanCancel: vscode.CancellationTokenSource | undefined;
  private scanning: Promise<void> | undefined;
  /** The `editorialFiles` glob, compiled on first use: the first settings read of a session
   *  took 10-13 ms, too much to spend inside activate(). */
  private globMatches: ((path: string) => boolean) | undefined;
  /** Delete events seen, the number of the last one for each deleted file or folder URI, and
   *  how many updates are under way (see update). */
  private deletions = 0;
  private readonly deleted = new Map<string, number>();
  private updating = 0;
  /** Per file, the number of the last update whose read finished (see update): an older update
   *  still waiting to build its editorial must not overwrite what a newer read found. */
  private readonly latestRead = new Map<string, number>();
  private reads = 0;
  /** Editorials restored from the persisted index and parsed, for the scan's log line. */
  private restoredCount = 0;
  private parsedCount = 0;
  /** The persisted index is read once, by the first scan (a warm start). */
  private indexRead = false;

  constructor(
    private readonly library: EditorialLibrary,
    private readonly files: WorkspaceFiles,
    private readonly config: Config,
    private readonly log: Log,
    extensionUri: vscode.Uri,
    /** The persisted index of earlier sessions' parses (services/editorialCache.ts). */
    private readonly cache: EditorialCache,
  ) {
    this.sample = new SampleFiles(extensionUri);
    this.disposables.push(
      this.sample,
      // Written again a while after the library last changed.
      library.onDidChange(() => cache.scheduleSave()),
      config.onChange(['editorialFiles', 'detectEditorialsByContent'], () => { this.updateGlob(); void this.rescan(); }),
      files.onDidChange(e => this.onFile(e)),
    );
  }

  private updateGlob(): void {
    this.globMatches = undefined;
  }

  private inGlob(path: string): boolean {
    this.globMatches ??= globMatcher(this.config.get('editorialFiles'));
    return this.globMatches(path);
  }

  /** Loads the bundled sample and scans the workspace; safe to call again (refresh). */
  load(): Promise<void> {
    this.scanning ??= this.log.timed('bundled sample and workspace scan', async () => {
      await this.loadBundled();
      await this.rescan();
    }).finally(() => { this.scanning = undefined; });
    return this.scanning;
  }

  private onFile(e: FileEvent): void {
    if (e.type === 'deleted') {
      this.skippedFiles.forEach(uri => { if (uri.toString() === e.uri.toString() || uri.toString().startsWith(e.uri.toString() + '/')) this.skippedFiles.delete(uri); });
      this.remove(e.uri);
      return;
    }
    if (!MARKDOWN.test(e.uri.path)) return;
    if (this.inGlob(this.files.relative(e.uri))) void this.update(e.uri);
    else if (this.config.get('detectEditorialsByContent')) void this.update(e.uri, { detect: true });
  }

  private async loadBundled(): Promise<void> {
    // Read (and later opened) through the read-only sample file system: never the install folder itself.
    const folder = SAMPLE_FOLDER;
    const listed = await this.files.list(folder);
    const names = listed ? listed.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name) : BUNDLED_EDITORIALS;
    let loaded = 0;
    // The first parse is the slowest (cold JIT): warm the parser up in a slice of its own.
    await background.run(warmUpParser);
    for (const name of names.filter(n => MARKDOWN.test(n))) {
      const uri = vscode.Uri.joinPath(folder, name);
      const read = await this.files.read(uri, MAX_EDITORIAL_BYTES);
      if (!('text' in read)) continue;
      const entry = await background.run(() => this.library.set(uri.toString(), read.text, { bundled: true }));
      // What this parser makes of the first sample names it in the persisted index.
      if (!loaded) this.cache.setParser(entry.editorial);
      loaded++;
    }
    if (!loaded) {
      this.log.warn(`no bundled editorial could be read from ${folder.toString()}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: the bundled editorials could not be read: {0}', folder.toString()));
    }
  }

  /**
   * Finds the workspace's editorials, adds new or changed ones, drops those that are gone.
   * Files matching the glob are editorials; with content detection on, any other markdown file
   * that has a "For Prelims" line or `type: editorial` front matter is one too. Shows progress in
   * the status bar; a new scan cancels the last.
   */
  async rescan(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    this.scanCancel?.cancel();
    const cancel = (this.scanCancel = new vscode.CancellationTokenSource());
    const t0 = performance.now();
    // Deletions from here on are remembered until the restore is done: a file deleted while the
    // index loads is not restored (deletedSince).
    const seen = this.deletions;
    const release = this.hold();
    try {
      // The first scan of a session restores what earlier sessions parsed, checked file by file
      // later; the index is read while the workspace is searched.
      const loading = this.indexRead ? Promise.resolve(new Map<string, IndexRecord>()) : this.cache.load();
      this.indexRead = true;
      const detect = this.config.get('detectEditorialsByContent');
      const glob = this.config.get('editorialFiles');
      const byGlob: vscode.Uri[] = [];
      const others: vscode.Uri[] = [];
      if (detect && /\*\.md$/.test(glob)) {
        // The glob names markdown files only (the default does): one search for all markdown,
        // split by the glob, instead of two (each search starts a ripgrep process).
        const all = await this.files.find('**/*.md', cancel.token);
        byGlob.push(...await this.files.filterByPath(all, path => this.inGlob(path)));
        const globSet = new Set(byGlob);
        others.push(...all.filter(u => !globSet.has(u)));
      } else {
        byGlob.push(...await this.files.find(glob, cancel.token));
        const globSet = new Set(byGlob.map(u => u.toString()));
        if (detect) others.push(...(await this.files.find('**/*.md', cancel.token)).filter(u => !globSet.has(u.toString())));
      }
      const records = await loading;
      type Restorable = readonly [vscode.Uri, boolean, IndexRecord];
      const jobs: (readonly [vscode.Uri, boolean])[] = [...byGlob.map(u => [u, false] as const), ...others.map(u => [u, true] as const)];
      // A file the index holds and no editor has open is restored at once, without a read or even a
      // stat (3,000 stats through code-server's browser round trip took 3.3 s), and so is what
      // content detection found about a note (500 notes read again took 2.6 s); the stats are
      // checked after the scan (check), and a file changed since is read then.
      const restorable: Restorable[] = [];
      const toRead: (readonly [vscode.Uri, boolean])[] = [];
      for (const [uri, detect] of jobs) {
        const record = records.get(uri.toString());
        // A file matched by the glob is an editorial whatever its content: a record of "not one" is no use for it.
        if (record && (record.editorial || detect) && !this.files.isOpen(uri)) restorable.push([uri, detect, record]);
        else toRead.push([uri, detect]);
      }
      records.clear();
      this.restoredCount = 0;
      this.parsedCount = 0;
      const found = new Set<string>();
      let notesKnown = 0;
      const restored: Restorable[] = [];
      const work = async (progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) => {
        const cancelled = () => token.isCancellationRequested || cancel.token.isCancellationRequested;
        let reported = 0;
        const report = (done: number) => {
          if (done - reported < 24 && done !== jobs.length) return;
          progress.report({ message: `${count.format(done)} / ${count.format(jobs.length)}`, increment: ((done - reported) / jobs.length) * 100 });
          reported = done;
        };
        for (let i = 0; i < restorable.length; i += RESTORE_PER_JOB) {
          if (cancelled()) return false;
          const chunk = restorable.slice(i, i + RESTORE_PER_JOB);
          await background.run(() => {
            for (const item of chunk) {
              const [uri, , record] = item;
              const key = uri.toString();
              found.add(key);
              // Already read in this session (a file event came first), or deleted since the search: that stands.
              if (this.library.has(key) || this.deletedSince(key, seen)) continue;
              restored.push(item);
              if (!record.editorial) { this.cache.notEditorial(key, record); notesKnown++; continue; }
              this.library.restore(key, record.editorial, record.hash);
              this.cache.stamp(key, record);
              this.restoredCount++;
            }
          });
          report(i + chunk.length);
        }
        // Reads go over the extension host's file-system channel, each a round trip (in
        // code-server, through the browser): many in flight at once, each reader taking the next
        // file as soon as its own is done. Parses wait for their turn in the background slicer.
        let next = 0;
        let read = 0;
        const reader = async () => {
          while (next < toRead.length && !cancelled()) {
            const [uri, detect] = toRead[next++];
            await this.update(uri, { detect });
            found.add(uri.toString());
            report(restorable.length + ++read);
          }
        };
        await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, reader));
        return !cancelled();
      };
      // In the status bar, where it stays out of the way however long the scan: "UPSC: indexing
      // editorials 1,200 / 3,000" (a notification for a large workspace covered the editor for a minute).
      const count = new Intl.NumberFormat(vscode.env.language);
      await this.library.batch(async () => {
        const complete = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('UPSC: indexing editorials') }, work);
        // Only a complete scan may conclude that an editorial is gone.
        if (complete) {
          for (const entry of this.library.all()) if (!entry.bundled && !found.has(entry.uri)) this.library.delete(entry.uri);
        }
        this.log.info(`scan: ${jobs.length} markdown files (${byGlob.length} by the glob "${glob}"): ${this.restoredCount} editorials restored from the index and ${notesKnown} other files known not to be editorials (both checked next), ${this.parsedCount} parsed; ${this.library.size} editorials in the library, ${(performance.now() - t0).toFixed(0)} ms${complete ? '' : ' (cancelled)'}`);
      });
      // Soon after a scan that parsed anything, so that the next start is a warm one.
      if (this.parsedCount) this.cache.scheduleSave(2000);
      this.checking = this.check(restored, cancel.token).catch(err => this.log.error('checking the restored editorials against their files', err));
    } finally {
      release();
    }
  }

  /**
   * Resolves when the editorials the last scan restored have been checked against their files
   * (those changed since the index was written are read and parsed again by then).
   */
  checked(): Promise<void> {
    return this.checking;
  }

  private checking: Promise<void> = Promise.resolve();

  /**
   * What follows a restore: each restored file's stat (many in flight: each is a round trip)
   * against its record's; a file changed since is read and parsed as any changed file is. One that
   * a file event read meanwhile (an edit, an editor opened) is left to that event.
   */
  private async check(restored: readonly (readonly [vscode.Uri, boolean, IndexRecord])[], cancel: vscode.CancellationToken): Promise<void> {
    // (Each item: the file, whether it was found by content detection, the record restored.)
    if (!restored.length) return;
    const t0 = performance.now();
    const parsedBefore = this.parsedCount;
    let changed = 0;
    await this.library.batch(async () => {
      for (let i = 0; i < restored.length && !cancel.isCancellationRequested; i += STAT_CONCURRENCY) {
        await Promise.all(restored.slice(i, i + STAT_CONCURRENCY).map(async ([uri, detect, record]) => {
          const stat = await this.files.stat(uri);
          if (stat && stat.mtime === record.mtime && stat.size === record.size) return;
          const key = uri.toString();
          // Still what the record restored (for a note: still not in the library), not what an event read since.
          if (this.library.get(key)?.editorial !== record.editorial) return;
          changed++;
          // Gone since the search found it (its delete event may have come before the restore).
          if (!stat) { this.library.delete(key); this.cache.forget(key); }
          else await this.update(uri, { detect });
        }));
      }
    });
    this.log.info(`index check: ${restored.length} restored files (editorials and notes) against their stats, ${changed} changed since (${this.parsedCount - parsedBefore} parsed), ${(performance.now() - t0).toFixed(0)} ms${cancel.isCancellationRequested ? ' (cancelled)' : ''}`);
    if (this.parsedCount > parsedBefore) this.cache.scheduleSave(2000);
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
    const release = this.hold();
    try {
      const read = await this.files.read(uri, MAX_EDITORIAL_BYTES);
      if (!('text' in read)) { this.skipped(uri, read, o.detect); return; }
      this.skippedFiles.delete(uri);
      const { text } = read;
      // Two background jobs: tokenize, then build the editorial (a cold parse in one job took up
      // to 45 ms; markdown-it's tokenizing is 35-50% of a parse, measured on generated editorials).
      let readNumber = 0;
      const tokenized = await background.run(() => {
        // Jobs run in the order reads finished: from here on this read is the file's newest,
        // whatever it decides (an older update between its two jobs then stops).
        readNumber = ++this.reads;
        this.latestRead.set(key, readNumber);
        // Deleted (it or its folder) after the read began: the text is stale, and the delete wins.
        if (this.deletedSince(key, seen)) return undefined;
        if (o.detect && !looksLikeEditorial(text)) {
          this.library.delete(key); // it may have stopped being one
          this.cache.notEditorial(key, read.stamp);
          return undefined;
        }
        if (!this.library.holds(key, text)) return tokenizeEditorial(text);
        this.cache.stamp(key, read.stamp);
        return undefined;
      });
      if (!tokenized) return;
      await background.run(() => {
        if (this.latestRead.get(key) !== readNumber || this.deletedSince(key, seen)) return;
        this.library.set(key, text, { tokenized });
        this.cache.stamp(key, read.stamp);
        this.parsedCount++;
      });
    } catch (err) {
      // One bad file never stops the others: it is left out, logged and marked in Problems.
      this.log.error(`reading editorial ${this.files.relative(uri)}`, err);
      this.mark(uri, vscode.l10n.t('This file could not be read as an editorial: {0}', err instanceof Error ? err.message : String(err)));
    } finally {
      release();
    }
  }

  /** Marks work under way that relies on the deletions and read numbers seen from now on; the
   *  release forgets them when nothing else is under way. */
  private hold(): () => void {
    this.updating++;
    return () => {
      if (--this.updating === 0) {
        this.deleted.clear();
        this.latestRead.clear();
      }
    };
  }

  /** A file left out: a Problems entry on it says why (once per file, not a notification per scan). */
  private skipped(uri: vscode.Uri, read: { skipped: string; size?: number }, detect?: boolean): void {
    const path = vscode.workspace.asRelativePath(uri);
    // A large markdown file that is only looked into (content detection) is a note: a problem
    // only past the notes' limit too.
    if (read.skipped === 'too-large' && detect) {
      if ((read.size ?? 0) > MAX_NOTE_BYTES) {
        this.mark(uri, vscode.l10n.t('Not read: {0} MB is larger than the {1} MB limit for notes and editorials, so no terms are shown and no cards are made from it.',
          ((read.size ?? 0) / 1048576).toFixed(1), MAX_NOTE_BYTES / 1048576));
      }
    } else if (read.skipped === 'too-large') {
      this.log.warn(`skipped ${path}: ${read.size} bytes is over the editorial limit`);
      this.mark(uri, vscode.l10n.t('Not read as an editorial: {0} KB is larger than the {1} KB limit (an editorial is one article; split the file).',
        Math.round((read.size ?? 0) / 1024), MAX_EDITORIAL_BYTES / 1024));
    } else if (read.skipped === 'binary' && !detect) {
      this.log.warn(`skipped ${path}: ${read.skipped}`);
      this.mark(uri, vscode.l10n.t('Not read as an editorial: it looks like a binary file, not markdown.'));
    }
  }

  private mark(uri: vscode.Uri, message: string): void {
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Warning);
    d.source = 'UPSC editorial';
    this.skippedFiles.set(uri, [d]);
  }

  private deletedSince(key: string, seen: number): boolean {
    if (this.deletions === seen) return false;
    for (const [deleted, n] of this.deleted) if (n > seen && (key === deleted || key.startsWith(deleted + '/'))) return true;
    return false;
  }

  /** A deleted file, or folder with every editorial under it, leaves the library in the same queue
   *  as parses, after any parse already waiting for its slice; a read still under way when the
   *  delete came is not parsed (see update). */
  private remove(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key + '/';
    this.deleted.set(key, ++this.deletions);
    void background.run(() => {
      this.cache.forget(key);
      this.library.delete(key);
      for (const entry of this.library.all()) if (entry.uri.startsWith(prefix)) this.library.delete(entry.uri);
    });
  }

  dispose(): void {
    this.scanCancel?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
