// The persisted editorial index (format and checks: core/editorial/indexCache.ts), in the
// extension's storage for this workspace. The indexer asks it, at start, for what earlier
// sessions parsed and restores every file whose stat is unchanged instead of reading and parsing
// it; after the scan, and a while after each change, the library is written back.
//
// Never in the way: reading and writing run in background slices (a shard decoded in one job, a
// record parsed or written in one each), a damaged or foreign shard is skipped with a log line
// (its files are parsed again), and a failed write leaves the last good shards in place.
import * as vscode from 'vscode';
import { IndexRecord, parseRecord, SavedMentions, parserFingerprint, recordLine, shardLines, shardOf, shardSignature, SHARDS, shardText } from '../core/editorial/indexCache';
import type { EditorialLibrary, LibraryEntry } from '../core/editorial/library';
import type { ParsedEditorial } from '../core/editorial/parse/parseEditorial';
import { background } from '../core/shared/slices';
import type { Log } from './log';
import type { FileStamp, WorkspaceFiles } from './workspaceFiles';
import { ShardFolder } from './shardFolder';

/** An editorial's mentions as the glossary has them: their fingerprint, and the snapshot to write. */
type MentionSource = (entry: LibraryEntry) => { fingerprint: string; snapshot(): Omit<SavedMentions, 'glossary'> } | undefined;

/** A record before it is written: its mentions named by fingerprint only, made when its shard is written. */
interface Draft extends Omit<IndexRecord, 'mentions'> {
  readonly mentions?: { readonly glossary: string; make(): SavedMentions };
}

/** How long after the last change of the library the index is written again. */
const SAVE_DELAY_MS = 15_000;
const SHARD = /^shard-(\d+)\.ndjson$/;
/** Shards being read at once while the index loads. */
const SHARDS_READ_AHEAD = 4;

export class EditorialCache implements vscode.Disposable {
  /** The stat each editorial had when it was read from disk (only those can be restored later). */
  private readonly stamps = new Map<string, FileStamp>();
  /** Markdown files content detection read and found not to be editorials, with their stat then. */
  private readonly notEditorials = new Map<string, FileStamp>();
  /** Term mentions read from the index, by URI, until the glossary takes them (mentionsFor). */
  private readonly savedMentions = new Map<string, { hash: number; mentions: SavedMentions }>();
  /** The glossary's mentions of an editorial, to write with it (keepMentions). */
  private mentionsOf: MentionSource | undefined;
  private fingerprint: string | undefined;
  /** Shards written (or deleted) so far, for tests. */
  private shardsWritten = 0;
  /** The index's folder: what is on disk (shardSignature per shard), the save timer. */
  private readonly shardFolder: ShardFolder;

  constructor(
    storage: vscode.Uri | undefined,
    private readonly library: EditorialLibrary,
    private readonly files: WorkspaceFiles,
    private readonly log: Log,
    private readonly version: string,
  ) {
    // No workspace, no storage: nothing is persisted.
    this.shardFolder = new ShardFolder(storage && vscode.Uri.joinPath(storage, 'editorial-index'), files, () => this.write());
  }

  /** Names the parser from what it made of the bundled sample; records of another are not read. */
  setParser(sample: ParsedEditorial): void {
    this.fingerprint = parserFingerprint(this.version, sample);
  }

  /** A file was read from disk with this stat (or from an open editor: no stamp, not persisted). */
  stamp(uri: string, stamp: FileStamp | undefined): void {
    this.notEditorials.delete(uri);
    if (stamp) this.stamps.set(uri, stamp);
    else this.stamps.delete(uri);
  }

  /** Content detection read this file (with this stat; none from an editor) and found it is not an editorial. */
  notEditorial(uri: string, stamp: FileStamp | undefined): void {
    this.stamps.delete(uri);
    if (stamp) this.notEditorials.set(uri, stamp);
    else this.notEditorials.delete(uri);
  }

  /** A file, or a folder with everything under it, was deleted. */
  forget(uri: string): void {
    const prefix = uri + '/';
    for (const map of [this.stamps, this.notEditorials]) {
      map.delete(uri);
      for (const key of map.keys()) if (key.startsWith(prefix)) map.delete(key);
    }
  }

  /** Where the term mentions written with each editorial come from (the glossary index). */
  keepMentions(source: MentionSource): void {
    this.mentionsOf = source;
  }

  /**
   * The mentions an earlier session found in this editorial with terms of this fingerprint, if the
   * index kept them for the same text; given out once (the glossary keeps them from then on).
   */
  mentionsFor(entry: LibraryEntry, fingerprint: string): SavedMentions | undefined {
    const saved = this.savedMentions.get(entry.uri);
    if (!saved || saved.hash !== entry.hash || saved.mentions.glossary !== fingerprint) return undefined;
    this.savedMentions.delete(entry.uri);
    return saved.mentions;
  }

  /** Forgets the mentions no one took (the terms changed, or the editorials did). */
  dropSavedMentions(): void {
    this.savedMentions.clear();
  }

  /** The records earlier sessions wrote, by URI; empty when there are none or they are another parser's. */
  async load(): Promise<Map<string, IndexRecord>> {
    const records = new Map<string, IndexRecord>();
    const folder = this.shardFolder.uri;
    const { fingerprint } = this;
    if (!folder || !fingerprint) return records;
    const t0 = performance.now();
    const listed = await this.files.list(folder);
    if (!listed) return records;
    let shards = 0;
    let dropped = 0;
    let foreign = 0;
    const names = listed.filter(([name, type]) => SHARD.test(name) && type === vscode.FileType.File).map(([name]) => name);
    // A few shards read ahead while one is decoded: each read is a round trip of its own.
    const reads = new Map<number, Promise<Uint8Array | undefined>>();
    const readAhead = (k: number) => { if (k < names.length && !reads.has(k)) reads.set(k, this.files.readBytes(vscode.Uri.joinPath(folder, names[k]))); };
    for (let k = 0; k < names.length; k++) {
      for (let j = k; j < k + SHARDS_READ_AHEAD; j++) readAhead(j);
      const name = names[k];
      const shard = Number(SHARD.exec(name)![1]);
      shards++;
      const bytes = await reads.get(k);
      reads.delete(k);
      const lines = bytes && await background.run(() => shardLines(new TextDecoder().decode(bytes), fingerprint));
      if (!lines) { foreign++; this.shardFolder.written.set(shard, -1); continue; }
      const read: IndexRecord[] = [];
      for (const line of lines) {
        const record = await background.run(() => parseRecord(line));
        // A record in the wrong shard is as good as damaged: it would never be rewritten.
        if (record && shardOf(record.uri) === shard) {
          records.set(record.uri, record);
          read.push(record);
          if (record.mentions) this.savedMentions.set(record.uri, { hash: record.hash, mentions: record.mentions });
        } else dropped++;
      }
      // A shard with dropped records gets a signature no save matches: it is written again.
      this.shardFolder.written.set(shard, dropped ? -1 : shardSignature(read));
    }
    const notes = [...records.values()].filter(r => !r.editorial).length;
    this.log.info(`editorial index: ${records.size - notes} editorials and ${notes} other files read from ${shards} shards in ${(performance.now() - t0).toFixed(0)} ms`
      + (foreign ? `; ${foreign} shards of another version or unreadable, ignored` : '') + (dropped ? `; ${dropped} damaged records dropped (those files are parsed again)` : ''));
    return records;
  }

  /** The mentions to write with an editorial: the glossary's, or those read from the index that it has not taken yet. */
  private mentionsToWrite(entry: LibraryEntry): Draft['mentions'] {
    const found = this.mentionsOf?.(entry);
    if (found) return { glossary: found.fingerprint, make: () => ({ glossary: found.fingerprint, ...found.snapshot() }) };
    const saved = this.savedMentions.get(entry.uri);
    return saved && saved.hash === entry.hash ? { glossary: saved.mentions.glossary, make: () => saved.mentions } : undefined;
  }

  /** Writes the index again a while after the library last changed (and soon after a scan that parsed). */
  scheduleSave(delayMs = SAVE_DELAY_MS): void {
    this.shardFolder.scheduleSave(delayMs);
  }

  /** Writes the shards whose editorials changed; returns when written (or failed, logged). */
  save(): Promise<void> {
    return this.shardFolder.save();
  }

  private async write(): Promise<void> {
    const { fingerprint } = this;
    if (!this.shardFolder.uri || !fingerprint || this.shardFolder.disposed) return;
    const t0 = performance.now();
    // Every editorial read from disk, and every file found not to be one, by shard.
    const byShard = new Map<number, Draft[]>();
    const add = (record: Draft) => {
      const shard = shardOf(record.uri);
      let list = byShard.get(shard);
      if (!list) byShard.set(shard, (list = []));
      list.push(record);
    };
    for (const entry of this.library.all()) {
      const stamp = this.stamps.get(entry.uri);
      if (!entry.bundled && stamp) add({ uri: entry.uri, mtime: stamp.mtime, size: stamp.size, hash: entry.hash, editorial: entry.editorial, mentions: this.mentionsToWrite(entry) });
    }
    for (const [uri, stamp] of this.notEditorials) if (!this.library.has(uri)) add({ uri, mtime: stamp.mtime, size: stamp.size, hash: 0 });
    let editorials = 0;
    try {
      const written = await this.shardFolder.writeChanged(SHARDS, shard => {
        const records = byShard.get(shard) ?? [];
        return {
          signature: shardSignature(records),
          empty: !records.length,
          text: async () => {
            const lines: string[] = [];
            for (const r of records) lines.push(await background.run(() => recordLine({ ...r, mentions: r.mentions?.make() })));
            editorials += records.filter(r => r.editorial).length;
            return background.run(() => shardText(fingerprint, lines));
          },
        };
      });
      if (this.shardFolder.disposed) return;
      if (written) this.log.info(`editorial index: ${written} shards written (${editorials} editorials) in ${(performance.now() - t0).toFixed(0)} ms`);
      this.shardsWritten += written;
    } catch (err) {
      this.log.warn(`editorial index not saved (the next start parses the changed editorials again): ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Shards written or deleted since the start (for tests). */
  get shards(): number {
    return this.shardsWritten;
  }

  dispose(): void {
    this.shardFolder.dispose();
  }
}
