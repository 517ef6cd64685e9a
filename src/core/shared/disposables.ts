// Owners of listeners and timers: everything a class or a webview panel starts is registered with
// its owner and disposed with it, so nothing outlives what it belongs to (VS Code's own
// `Disposable._register` pattern, without importing VS Code).
import type { Disposable } from './events';

export class DisposableStore implements Disposable {
  private readonly items = new Set<Disposable>();
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Keeps `item` until this store is disposed; disposes it at once if that has happened already. */
  add<T extends Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.add(item);
    return item;
  }

  /** A timeout owned by the store: cleared if the store is disposed before it fires. */
  timeout(ms: number, run: () => void): Disposable {
    const handle = setTimeout(() => { this.items.delete(entry); run(); }, ms);
    const entry: Disposable = { dispose: () => clearTimeout(handle) };
    return this.add(entry);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const item of this.items) {
      try {
        item.dispose();
      } catch {
        // One failing dispose must not keep the others alive.
      }
    }
    this.items.clear();
  }
}
