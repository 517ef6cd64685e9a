// Registering the handlers of the command table (commandIds.ts): each feature registers the
// commands it owns here, and a failing handler is logged instead of failing silently.
import * as vscode from 'vscode';
import type { CommandId } from './commandIds';
import type { Log } from './log';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (...args: any[]) => unknown;

export class CommandRegistry implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Ids registered so far, for the integration test that compares them with COMMANDS. */
  readonly registered = new Set<CommandId>();

  constructor(private readonly log: Log) {}

  /**
   * Registers the handler of a command of the table. A handler that throws or rejects is logged
   * and the student told in one line, instead of VS Code's bare "command failed".
   */
  register(id: CommandId, handler: Handler): void {
    if (this.registered.has(id)) throw new Error(`command ${id} is registered twice`);
    this.registered.add(id);
    this.disposables.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (err) {
        this.log.error(`command ${id}`, err);
        void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: {0} failed: {1}', id, err instanceof Error ? err.message : String(err)));
        return undefined;
      }
    }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
