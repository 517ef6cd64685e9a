// Wiring only: create the services, register each feature, hand every disposable to VS Code.
// Nothing here waits for the workspace scan, so activation stays fast.
import * as vscode from 'vscode';
import { EditorialLibrary } from './core/editorial/library';
import { EditorialSource } from './features/editorials/editorialSource';
import { registerEditorialTree } from './features/editorials/editorialTree';
import { registerEditorialDiagnostics } from './features/editorials/editorialDiagnostics';
import { NotesTarget } from './features/notes/notesTarget';
import { registerTreeCommands } from './features/editorials/treeCommands';
import { GlossaryIndex } from './core/glossary/glossaryIndex';
import { GlossarySource } from './features/glossary/glossarySource';
import { registerTermHover } from './features/glossary/termHover';
import { TermDecorations } from './features/glossary/termDecorations';
import { registerTermNavigation } from './features/glossary/termNavigation';
import { registerSummaryPanel } from './features/summary/summaryPanel';
import { registerEditorialContext } from './features/editorials/editorialContext';
import { registerSearchEditorials } from './features/editorials/searchEditorials';
import { registerTermsTree } from './features/glossary/termsTree';
import { registerNotesCommands } from './features/notes/notesCommands';
import { registerBacklinks } from './features/notes/backlinks';
import { registerImportCommands } from './features/import/importCommands';
import { registerReview } from './features/revision/reviewPanel';
import { registerMainsPractice } from './features/practice/mainsPractice';

/** What activate() returns: used by the integration tests, and by other extensions if they like. */
export interface UpscEditorialsApi {
  readonly library: EditorialLibrary;
  readonly tree: ReturnType<typeof registerEditorialTree>['provider'];
  readonly glossary: GlossaryIndex;
  readonly decorations: TermDecorations;
  readonly summaries: ReturnType<typeof registerSummaryPanel>['panels'];
  readonly backlinks: ReturnType<typeof registerBacklinks>['provider'];
  readonly review: ReturnType<typeof registerReview>['session'];
  readonly mains: ReturnType<typeof registerMainsPractice>['practice'];
  /** Resolves when the bundled data and the workspace scan are loaded. */
  readonly ready: Promise<void>;
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): UpscEditorialsApi {
  const t0 = performance.now();
  const library = new EditorialLibrary();
  const source = new EditorialSource(library, context.extensionUri);
  const notes = new NotesTarget(library);
  const tree = registerEditorialTree(library);
  const glossary = new GlossaryIndex(library);
  const glossarySource = new GlossarySource(glossary, context.extensionUri);
  const decorations = new TermDecorations(glossary);

  context.subscriptions.push(
    library,
    source,
    notes,
    tree.disposable,
    registerTreeCommands(tree.provider, source, notes),
    registerEditorialDiagnostics(library),
    glossary,
    glossarySource,
    decorations,
  );
  const ready = Promise.all([source.load(), glossarySource.load()]).then(() => undefined);
  // Index term mentions in the background, in small slices, before the first hover needs them.
  void ready.then(() => glossary.indexMentions());
  const summaries = registerSummaryPanel(context.extensionUri, library, glossary, notes, ready);
  context.subscriptions.push(
    registerTermHover(glossary, ready),
    registerTermNavigation(glossary, library, ready),
    summaries.disposable,
    registerEditorialContext(library),
    registerSearchEditorials(library, ready),
    registerTermsTree(glossary, library).disposable,
    registerNotesCommands(),
  );
  const backlinks = registerBacklinks(library, glossary);
  const review = registerReview(context, library, glossary, backlinks.notes, ready);
  const mains = registerMainsPractice(context.extensionUri, library, glossary, ready);
  context.subscriptions.push(backlinks.disposable, registerImportCommands(library, tree.provider, tree.view), review.disposable, mains.disposable);

  return { library, tree: tree.provider, glossary, decorations, summaries: summaries.panels, backlinks: backlinks.provider, review: review.session, mains: mains.practice, ready, activationMs: performance.now() - t0 };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
