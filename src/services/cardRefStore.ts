// The library's card refs kept between sessions, in the extension's storage for this workspace
// (format: core/revision/cards/savedCardRefs.ts). Read once, before the first reader makes the
// editorials' cards (the due count or the syllabus coverage, whichever comes first); an editorial
// whose text and terms are those the refs were made for gets them back instead of having its
// cards made again (editorialCardRefs.ts asks). Written a while after new refs were made, the
// changed shards only. Like the editorial index, never in the way: every shard parsed or written
// in a background job; a damaged or foreign shard is skipped (those cards are made again) and a
// failed write is logged.
//
// One store for the extension host: its two readers are in separate lazily loaded chunks, each with
// a copy of this module, so the store is kept on globalThis (`cardRefStore`), as the refs are.
import * as vscode from 'vscode';
import { editorialCards } from '../core/revision/cards/editorialCards';
import { glossaryTermFinder } from '../core/revision/cards/card';
import { editorialCardRefs, hasEditorialCardRefs, PackedRefs, useSavedCardRefs } from '../core/revision/cards/editorialCardRefs';
import {
  CARD_REF_SHARDS, cardRefShardOf, cardRefShardSignature, cardRefShardText, cardRefsFingerprint, parseCardRefShard, type SavedCardRefs,
} from '../core/revision/cards/savedCardRefs';
import { background } from '../core/shared/slices';
import type { EditorialLibrary, LibraryEntry } from '../core/editorial/library';
import type { GlossaryIndex } from '../core/glossary/glossaryIndex';
import type { Log } from './log';
import type { WorkspaceFiles } from './workspaceFiles';
import { ShardFolder } from './shardFolder';

/** How long after the last count that made refs they are written. */
const SAVE_DELAY_MS = 15_000;

/** What the store needs of the extension (a FeatureContext has it): storage, files, library, terms, log. */
export interface CardRefStoreContext {
  readonly extension: vscode.ExtensionContext;
  readonly files: WorkspaceFiles;
  readonly library: EditorialLibrary;
  readonly glossary: GlossaryIndex;
  readonly log: Log;
  subscribe(...disposables: vscode.Disposable[]): void;
}

const SHARED = Symbol.for('upscEditorials.cardRefStore');

/** The one store, made by the first caller (and disposed with the extension). */
export function cardRefStore(ctx: CardRefStoreContext): CardRefStore {
  const g = globalThis as Record<symbol, CardRefStore | undefined>;
  let store = g[SHARED];
  if (!store || store.disposed) {
    store = g[SHARED] = new CardRefStore(ctx);
    ctx.subscribe(store);
  }
  return store;
}

export class CardRefStore implements vscode.Disposable {
  /** The refs' folder: what is on disk (cardRefShardSignature per shard), the save timer. */
  private readonly shardFolder: ShardFolder;
  /** Refs read from disk, by URI, until an editorial takes them. */
  private readonly saved = new Map<string, SavedCardRefs>();
  private loading: Promise<void> | undefined;

  constructor(private readonly ctx: CardRefStoreContext) {
    this.shardFolder = new ShardFolder(ctx.extension.storageUri && vscode.Uri.joinPath(ctx.extension.storageUri, 'card-refs'), ctx.files, () => this.write());
  }

  /** Where the shards are (none without a workspace). */
  get folder(): vscode.Uri | undefined {
    return this.shardFolder.uri;
  }

  get disposed(): boolean {
    return this.shardFolder.disposed;
  }

  /**
   * Every entry's refs made (those kept from an earlier session taken first), one editorial per
   * background job, and written a while later if any were new: what the due count and the
   * syllabus coverage do before they read the refs.
   */
  async prepare(entries: readonly LibraryEntry[]): Promise<void> {
    const glossary = this.ctx.glossary;
    // Cards look up terms: the matcher is built in jobs of its own first, not in the first card job.
    await glossary.readyMatcher();
    await this.load();
    let made = 0;
    for (const entry of entries) {
      if (!hasEditorialCardRefs(entry, glossary)) { made++; await background.run(() => editorialCardRefs(entry, glossary)); }
    }
    if (made) this.scheduleSave();
  }

  /** What makes refs now: the version, the terms and what the card maker makes of the bundled sample. */
  private fingerprint(): string | undefined {
    const sample = this.ctx.library.all().find(e => e.bundled);
    if (!sample) return undefined;
    const ids = editorialCards(sample.uri, sample.editorial, glossaryTermFinder(this.ctx.glossary)).map(c => c.id);
    return cardRefsFingerprint(String(this.ctx.extension.extension.packageJSON.version ?? ''), this.ctx.glossary.mentionsFingerprint(), ids);
  }

  /** Reads the kept refs (once) and hands them to editorialCardRefs. Call with the matcher ready. */
  load(): Promise<void> {
    // Never rejects: without kept refs, every editorial's cards are made, as on a first start.
    this.loading ??= this.read().catch(err => this.ctx.log.warn(`card refs not read (the cards are made again): ${err instanceof Error ? err.message : String(err)}`));
    return this.loading;
  }

  private async read(): Promise<void> {
    const { folder } = this;
    const fingerprint = this.fingerprint();
    if (!folder || !fingerprint) return;
    const t0 = performance.now();
    const listed = await this.ctx.files.list(folder);
    let shards = 0;
    let foreign = 0;
    for (const [name] of listed ?? []) {
      const shard = /^shard-(\d+)\.ndjson$/.exec(name);
      if (!shard) continue;
      const bytes = await this.ctx.files.readBytes(vscode.Uri.joinPath(folder, name));
      const records = bytes && await background.run(() => parseCardRefShard(new TextDecoder().decode(bytes), fingerprint));
      if (!records) { foreign++; this.shardFolder.written.set(Number(shard[1]), -1); continue; }
      shards++;
      for (const r of records) this.saved.set(r.uri, r);
      this.shardFolder.written.set(Number(shard[1]), cardRefShardSignature(fingerprint, records));
    }
    const glossary = this.ctx.glossary;
    const fingerprintNow = glossary.mentionsFingerprint();
    useSavedCardRefs(entry => {
      const r = this.saved.get(entry.uri);
      // Given out once; for the same text, and only while the terms are those of the start.
      if (!r) return undefined;
      this.saved.delete(entry.uri);
      if (glossary.mentionsFingerprint() !== fingerprintNow) {
        this.saved.clear(); // other terms now: none of them can be used
        return undefined;
      }
      return r.hash === entry.hash ? PackedRefs.fromSaved(entry.uri, r) : undefined;
    });
    if (shards || foreign) {
      this.ctx.log.info(`card refs: ${this.saved.size} editorials' read from ${shards} shards in ${(performance.now() - t0).toFixed(0)} ms` + (foreign ? `; ${foreign} shards of another version or terms, ignored` : ''));
    }
  }

  /** Writes the refs a while after the last count (new ones are made once per text and terms). */
  scheduleSave(delayMs = SAVE_DELAY_MS): void {
    this.shardFolder.scheduleSave(delayMs);
  }

  save(): Promise<void> {
    return this.shardFolder.save();
  }

  private async write(): Promise<void> {
    const { folder } = this;
    // The terms may have changed since the refs were made: the matcher is built in steps, never
    // at once by the lookups below.
    await this.ctx.glossary.readyMatcher();
    await this.load();
    const fingerprint = this.fingerprint();
    if (!folder || !fingerprint || this.disposed) return;
    const glossary = this.ctx.glossary;
    // What is written is what the editorials have now: refs read and not taken by then (files
    // deleted since, or made for other terms) are not kept in memory any longer.
    this.saved.clear();
    const byShard = new Map<number, SavedCardRefs[]>();
    for (const entry of this.ctx.library.visible()) {
      if (entry.bundled || !hasEditorialCardRefs(entry, glossary)) continue;
      const lists = editorialCardRefs(entry, glossary).toSaved();
      if (!lists) continue;
      const shard = cardRefShardOf(entry.uri);
      let list = byShard.get(shard);
      if (!list) byShard.set(shard, (list = []));
      list.push({ uri: entry.uri, hash: entry.hash, ...lists });
    }
    const t0 = performance.now();
    try {
      const written = await this.shardFolder.writeChanged(CARD_REF_SHARDS, shard => {
        const records = byShard.get(shard) ?? [];
        return { signature: cardRefShardSignature(fingerprint, records), empty: !records.length, text: () => background.run(() => cardRefShardText(fingerprint, records)) };
      });
      if (this.disposed) return;
      if (written) this.ctx.log.info(`card refs: ${written} shards written in ${(performance.now() - t0).toFixed(0)} ms`);
    } catch (err) {
      this.ctx.log.warn(`card refs not saved (the next start makes the cards again): ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  dispose(): void {
    this.shardFolder.dispose();
    useSavedCardRefs(undefined);
  }
}
