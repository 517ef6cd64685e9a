// Where core code reports an error it caught and carried on from (a failing listener, a file that
// could not be read). Core cannot import VS Code, so the extension plugs its log in at start-up;
// until then (unit tests, benchmarks) errors go to the console.

export type ErrorReporter = (where: string, err: unknown) => void;

// Kept on globalThis: the lazily loaded chunks (features/chunks.ts) each hold a copy of this
// module, and their errors must reach the same log.
const SHARED = Symbol.for('upscEditorials.errorReporter');
const slot = ((globalThis as Record<symbol, unknown>)[SHARED] ??= {
  reporter: ((where, err) => console.error(`[upsc] ${where}`, err)) as ErrorReporter,
}) as { reporter: ErrorReporter };

export function reportError(where: string, err: unknown): void {
  try {
    slot.reporter(where, err);
  } catch {
    // A broken reporter must not turn a handled error into an unhandled one.
  }
}

/** Sets the reporter; returns a function that puts the previous one back. */
export function setErrorReporter(next: ErrorReporter): () => void {
  const previous = slot.reporter;
  slot.reporter = next;
  return () => { slot.reporter = previous; };
}
