// A minimal event emitter with VS Code's shape (`event(listener) → { dispose }`), so core classes can
// publish changes without importing `vscode`; features pass these events straight to VS Code APIs.
import { reportError } from './errors';

export interface Disposable {
  dispose(): void;
}

export type Event<T> = (listener: (e: T) => unknown) => Disposable;

export class Emitter<T> implements Disposable {
  private listeners = new Set<(e: T) => unknown>();

  readonly event: Event<T> = listener => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(e: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(e);
      } catch (err) {
        // One failing listener must not stop the others (the tree must update even if a view errs).
        reportError('a change listener failed', err);
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
