// The extension's log: one LogOutputChannel, "UPSC Editorial Companion" in the Output panel
// (Developer: Set Log Level… applies). Activation and scan timings, parse problems and every
// error the extension caught and carried on from go here, so that when something fails the
// student (and whoever helps them) can see what and where.
import * as vscode from 'vscode';
import { setErrorReporter } from '../core/shared/errors';

export const LOG_NAME = 'UPSC Editorial Companion';

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel(LOG_NAME, { log: true });
  private readonly restoreReporter: () => void;

  constructor() {
    // Errors the core catches (a failing listener, a bad file) come here too.
    this.restoreReporter = setErrorReporter((where, err) => this.error(where, err));
  }

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  debug(message: string): void {
    this.channel.debug(message);
  }

  /** An error caught and handled: what was being done, and the error with its stack. */
  error(where: string, err: unknown): void {
    this.channel.error(`${where}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }

  /** Runs `work`, logs how long it took ("scan: 312 ms"), and logs and rethrows a failure. */
  async timed<T>(what: string, work: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      const result = await work();
      this.info(`${what}: ${(performance.now() - t0).toFixed(0)} ms`);
      return result;
    } catch (err) {
      this.error(what, err);
      throw err;
    }
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.restoreReporter();
    this.channel.dispose();
  }
}
