// A folder of shard files in the extension's storage, written a while after the last change and
// then shard by changed shard: what the persisted editorial index (editorialCache.ts) and the kept
// card refs (cardRefStore.ts) share. Each store says what a shard holds (its signature) and how
// its text is made; this keeps what is on disk, the save timer and the one save under way.
import * as vscode from 'vscode';
import type { WorkspaceFiles } from './workspaceFiles';

/** A shard as a store would write it now: its signature, whether it holds nothing (the file is deleted), its text. */
export interface ShardNow {
  readonly signature: number;
  readonly empty: boolean;
  text(): Promise<string>;
}

export class ShardFolder implements vscode.Disposable {
  /** Per shard, the signature of what is on disk (-1: damaged or foreign, to be rewritten or deleted). */
  readonly written = new Map<number, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  disposed = false;

  /** `write` is the store's save, run by `save` (one at a time) and by the timer. */
  constructor(readonly uri: vscode.Uri | undefined, private readonly files: WorkspaceFiles, private readonly write: () => Promise<void>) {}

  scheduleSave(delayMs: number): void {
    if (!this.uri || this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), delayMs);
  }

  /** Runs the store's save now, or joins the one under way. */
  save(): Promise<void> {
    clearTimeout(this.timer);
    this.saving ??= this.write().finally(() => { this.saving = undefined; });
    return this.saving;
  }

  /**
   * Writes shards 0 … count-1 whose signature differs from what is on disk (an empty one is
   * deleted), atomically; returns how many were written. Stops when the store is disposed.
   */
  async writeChanged(count: number, shardNow: (shard: number) => ShardNow): Promise<number> {
    const folder = this.uri;
    if (!folder) return 0;
    let written = 0;
    for (let shard = 0; shard < count && !this.disposed; shard++) {
      const now = shardNow(shard);
      if ((this.written.get(shard) ?? 0) === now.signature) continue;
      const uri = vscode.Uri.joinPath(folder, `shard-${shard}.ndjson`);
      if (now.empty) await this.files.delete(uri);
      else await this.files.write(uri, await now.text(), { atomic: true });
      this.written.set(shard, now.signature);
      written++;
    }
    return written;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}
