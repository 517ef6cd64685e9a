// Every command of the extension, declared once: its id here, its handler registered by the
// feature that owns it through `CommandRegistry.register`. test/unit/manifest.test.ts checks this
// table against package.json's contributes.commands (both ways), and an integration test checks
// that after activation every id here has a handler and no other upscEditorials.* command does.
import * as vscode from 'vscode';
import type { Log } from './log';

export const COMMANDS = {
  refresh: 'upscEditorials.refresh',
  revealSource: 'upscEditorials.revealSource',
  copyMarkdown: 'upscEditorials.copyMarkdown',
  insertIntoNotes: 'upscEditorials.insertIntoNotes',
  lookUpTerm: 'upscEditorials.lookUpTerm',
  showTerm: 'upscEditorials.showTerm',
  openMention: 'upscEditorials.openMention',
  showSummaries: 'upscEditorials.showSummaries',
  searchEditorials: 'upscEditorials.searchEditorials',
  filterEditorials: 'upscEditorials.filterEditorials',
  clearFilter: 'upscEditorials.clearFilter',
  groupBy: 'upscEditorials.groupBy',
  newNoteFromSection: 'upscEditorials.newNoteFromSection',
  toggleAllTerms: 'upscEditorials.toggleAllTerms',
  importFromClipboard: 'upscEditorials.importFromClipboard',
  newEditorialFromText: 'upscEditorials.newEditorialFromText',
  importFromFolder: 'upscEditorials.importFromFolder',
  importFiles: 'upscEditorials.importFiles',
  reviewDueCards: 'upscEditorials.reviewDueCards',
  practiseMainsAnswer: 'upscEditorials.practiseMainsAnswer',
  checkAnswer: 'upscEditorials.checkAnswer',
  revealEditorial: 'upscEditorials.revealEditorial',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** `command:` URI for a hover or a tree item's markdown (arguments JSON-encoded, as VS Code reads them). */
export function commandUri(command: CommandId, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

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
