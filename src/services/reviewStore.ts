// Where review progress lives: an append-only event log (core/revision/reviewLog.ts),
// `.upsc/reviews.jsonl` in the workspace (default, trusted workspaces) or `reviews.jsonl` in the
// extension's global storage (setting, or Restricted Mode). Nothing is ever rewritten:
//  - a rating is one line appended atomically (fileAppend.ts: O_APPEND, one write per event);
//  - the log is read again whenever it changed (its size or time, checked before each use, and
//    the watcher for the workspace's), so a second window or a `git pull` is never overwritten;
//  - a line that is not an event is skipped with a Problems entry and left in the file;
//  - a log that cannot be read is never written over: appends still only add lines;
//  - the old state file (`.vscode/upsc-review.json`, or `upsc-review.json` in global storage) is
//    carried over once, as events, and kept.
// On the web (no Node, no local files) an append reads the file and writes it back whole,
// atomically: safe for the one window that writes there, not for two at once.
import * as vscode from 'vscode';
import { FoldedLog, isMigrated, migrationEvents, parseLog, ReviewEvent, serializeEvent } from '../core/revision/reviewLog';
import { emptyState, parseState, ReviewState } from '../core/revision/reviewState';
import type { Config } from './config';
import { type Appender, nodeAppender } from './fileAppend';
import type { Log } from './log';
import type { WorkspaceFiles } from './workspaceFiles';

export const REVIEW_LOG = ['.upsc', 'reviews.jsonl'] as const;
const OLD_STATE_FILE = 'upsc-review.json';

interface Stamp { size: number; mtime: number }

interface Loaded {
  uri: string;
  /** The file's size and time when last read (or when our own append was all that changed it). */
  stamp?: Stamp;
  log: FoldedLog;
}

const sameStamp = (a: Stamp | undefined, b: Stamp | undefined) => a?.size === b?.size && a?.mtime === b?.mtime;

export class ReviewStore implements vscode.Disposable {
  private loaded: Loaded | undefined;
  private loading: Promise<ReviewState> | undefined;
  /** Counts resets: a read that began before one does not count. */
  private generation = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly appendNode: Appender | undefined = nodeAppender();
  private readonly problems = vscode.languages.createDiagnosticCollection('upsc-review-log');
  private readonly emitter = new vscode.EventEmitter<void>();
  /** The log changed on disk (another window, a git pull) and was read again. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.problems, this.emitter];

  constructor(private readonly globalStorage: vscode.Uri, private readonly config: Config, private readonly files: WorkspaceFiles, private readonly log?: Log) {
    this.disposables.push(
      files.onDidChange(e => { if (e.uri.toString() === this.uri.toString()) void this.refresh(); }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.refresh()),
    );
  }

  /** The log in use now: the workspace's when the setting says so and the workspace is trusted. */
  get uri(): vscode.Uri {
    const where = this.config.get('review.storage');
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (where === 'workspace' && folder && vscode.workspace.isTrusted) return vscode.Uri.joinPath(folder.uri, ...REVIEW_LOG);
    return vscode.Uri.joinPath(this.globalStorage, REVIEW_LOG[1]);
  }

  /** The state file of versions before the log, next to where the log is. */
  private oldStateUri(log: vscode.Uri): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && log.toString().startsWith(folder.uri.toString() + '/')
      ? vscode.Uri.joinPath(folder.uri, '.vscode', OLD_STATE_FILE)
      : vscode.Uri.joinPath(this.globalStorage, OLD_STATE_FILE);
  }

  private async stamp(uri: vscode.Uri): Promise<Stamp | undefined> {
    const s = await this.files.stat(uri);
    return s ? { size: s.size, mtime: s.mtime } : undefined;
  }

  /** The review state: the log's events folded, read again if the log changed since. */
  async load(): Promise<ReviewState> {
    const uri = this.uri;
    const loaded = this.loaded;
    if (loaded && loaded.uri === uri.toString() && sameStamp(loaded.stamp, await this.stamp(uri))) return loaded.log.state;
    if (!this.loading) {
      const reading: Promise<ReviewState> = this.read(uri, this.generation).finally(() => { if (this.loading === reading) this.loading = undefined; });
      this.loading = reading;
    }
    return this.loading;
  }

  /** The log's events (for statistics), read again if the log changed. */
  async events(): Promise<readonly ReviewEvent[]> {
    await this.load();
    return this.loaded?.log.all ?? [];
  }

  private async read(uri: vscode.Uri, generation: number): Promise<ReviewState> {
    const stamp = await this.stamp(uri);
    let events: ReviewEvent[] = [];
    if (stamp !== undefined) {
      const bytes = await this.files.readBytes(uri);
      if (!bytes) {
        // Not readable now (permissions, a sync client holding it): nothing is written over it,
        // and it is tried again next time.
        void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: your review log {0} could not be read; it is left as it is and read again later. Ratings made now are added to it.', vscode.workspace.asRelativePath(uri)));
        return this.loaded?.uri === uri.toString() ? this.loaded.log.state : emptyState();
      }
      const parsed = parseLog(new TextDecoder().decode(bytes));
      events = parsed.events;
      this.showProblems(uri, parsed.problems);
    } else this.problems.delete(uri);
    const log = new FoldedLog();
    log.add(events);
    if (!isMigrated(events)) log.add(await this.migrate(uri));
    // Reset while this read was under way (a setting changed, a test rewrote the files): what it
    // read may be from before; read again.
    if (generation !== this.generation) return this.load();
    // The stat from before the read: a write that landed while it was read then differs from it,
    // and the next load reads again (a stat taken now would vouch for the older text forever).
    this.loaded = { uri: uri.toString(), stamp, log };
    return log.state;
  }

  private showProblems(uri: vscode.Uri, problems: readonly { line: number; message: string }[]): void {
    this.problems.set(uri, problems.slice(0, 200).map(p => {
      const d = new vscode.Diagnostic(new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER),
        vscode.l10n.t('Review log: {0}. The line is kept as it is; the other reviews are read.', p.message), vscode.DiagnosticSeverity.Warning);
      d.source = 'UPSC review';
      return d;
    }));
  }

  /** The old state file's cards as events, appended once; the old file is kept. */
  private async migrate(log: vscode.Uri): Promise<ReviewEvent[]> {
    const old = this.oldStateUri(log);
    const bytes = await this.files.readBytes(old);
    if (!bytes) return [];
    const { state, problem } = parseState(new TextDecoder().decode(bytes));
    if (problem) this.log?.warn(`review state ${vscode.workspace.asRelativePath(old)}: ${problem}; what could be read is carried over`);
    const events = migrationEvents(state);
    if (!events.length) return [];
    // In the append queue, and only while the log holds no migration: two reads in one window (a
    // watcher event and a load) never carry the file over twice. (Two windows at once may: the
    // events' fixed ids make the second copy change nothing.)
    const carried = this.writing.then(async () => {
      const now = await this.files.readBytes(log);
      if (now && isMigrated(parseLog(new TextDecoder().decode(now)).events)) return false;
      await this.append(log, events);
      return true;
    });
    this.writing = carried.then(() => undefined, err => this.log?.error('carrying review progress over', err));
    if (await carried) this.log?.info(`review progress: ${events.length} entries carried over from ${vscode.workspace.asRelativePath(old)} into ${vscode.workspace.asRelativePath(log)}`);
    return events;
  }

  /** Adds an event (a rating, or one taken back) to the log and to the state. Appends are queued. */
  record(event: ReviewEvent): Promise<void> {
    const uri = this.uri;
    const loaded = this.loaded?.uri === uri.toString() ? this.loaded : undefined;
    loaded?.log.add([event]);
    this.writing = this.writing.then(async () => {
      const before = loaded?.stamp;
      const bytes = await this.append(uri, [event]);
      // Our own line is in the state already: the file is read again only if someone else
      // wrote too (its size is not the old size plus our line, or its line end).
      const after = await this.stamp(uri);
      if (loaded && before && after && (after.size === before.size + bytes || after.size === before.size + bytes + 1)) loaded.stamp = after;
    }).catch(err => {
      this.log?.error('saving review progress', err);
      void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: could not save review progress: {0}', String(err)));
    });
    return this.writing;
  }

  /** Appends the events' lines; returns how many bytes they are. */
  private async append(uri: vscode.Uri, events: readonly ReviewEvent[]): Promise<number> {
    const lines = events.map(serializeEvent).join('');
    const size = new TextEncoder().encode(lines).length;
    if (uri.scheme === 'file' && this.appendNode) {
      await this.appendNode(uri.fsPath, lines);
      return size;
    }
    const bytes = await this.files.readBytes(uri);
    if (bytes === undefined && await this.files.stat(uri)) throw new Error(vscode.l10n.t('the review log exists but cannot be read'));
    const before = bytes ? new TextDecoder().decode(bytes) : '';
    await this.files.write(uri, before + (before && !before.endsWith('\n') ? '\n' : '') + lines, { atomic: true });
    return size;
  }

  /** The log is read again on next use (the storage setting changed, the file changed). */
  reset(): void {
    this.loaded = undefined;
    this.loading = undefined;
    this.generation++;
  }

  /** The log changed (the watcher, trust granted): read again, and say so when the state differs. */
  private async refresh(): Promise<void> {
    if (!this.loaded) return;
    const before = this.loaded.log.state;
    const after = await this.load();
    if (after !== before) this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
