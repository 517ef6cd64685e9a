// Where core code reports an error it caught and carried on from (a failing listener, a file that
// could not be read). Core cannot import VS Code, so the extension plugs its log in at start-up;
// until then (unit tests, benchmarks) errors go to the console.

export type ErrorReporter = (where: string, err: unknown) => void;

let reporter: ErrorReporter = (where, err) => console.error(`[upsc] ${where}`, err);

export function reportError(where: string, err: unknown): void {
  try {
    reporter(where, err);
  } catch {
    // A broken reporter must not turn a handled error into an unhandled one.
  }
}

/** Sets the reporter; returns a function that puts the previous one back. */
export function setErrorReporter(next: ErrorReporter): () => void {
  const previous = reporter;
  reporter = next;
  return () => { reporter = previous; };
}
