// Every command of the extension, declared once: its id here, its handler registered by the
// feature that owns it through `CommandRegistry.register` (commands.ts). Plain data, so that
// test/unit/manifest.test.ts can check it against package.json's contributes.commands (both
// ways); an integration test checks that after activation every id here has a handler.

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
  importFromUrl: 'upscEditorials.importFromUrl',
  showReading: 'upscEditorials.showReading',
  reviewDueCards: 'upscEditorials.reviewDueCards',
  reviewScope: 'upscEditorials.reviewScope',
  reviewEditorial: 'upscEditorials.reviewEditorial',
  exportCards: 'upscEditorials.exportCards',
  showPlan: 'upscEditorials.showPlan',
  practiseMainsAnswer: 'upscEditorials.practiseMainsAnswer',
  checkAnswer: 'upscEditorials.checkAnswer',
  revealEditorial: 'upscEditorials.revealEditorial',
  createGlossaryEntry: 'upscEditorials.createGlossaryEntry',
  setSyllabusTopics: 'upscEditorials.setSyllabusTopics',
  compileMonth: 'upscEditorials.compileMonth',
  showPyqHeatmap: 'upscEditorials.showPyqHeatmap',
  groupPyqs: 'upscEditorials.groupPyqs',
  showTermPyqs: 'upscEditorials.showTermPyqs',
  openSyllabusItem: 'upscEditorials.openSyllabusItem',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** `command:` URI for a hover or a tree item's markdown (arguments JSON-encoded, as VS Code reads them). */
export function commandUri(command: CommandId, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

