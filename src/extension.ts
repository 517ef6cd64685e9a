// Wiring only: create the services, register each feature, hand every disposable to VS Code.
// Nothing here waits for the workspace scan, so activation stays fast.
import * as vscode from 'vscode';
import { EditorialLibrary } from './core/library';
import { EditorialSource } from './features/editorialSource';
import { registerEditorialTree } from './features/editorialTree';
import { registerEditorialDiagnostics } from './features/editorialDiagnostics';
import { NotesTarget } from './features/notesTarget';
import { registerTreeCommands } from './features/treeCommands';
import { GlossaryIndex } from './core/glossaryIndex';
import { GlossarySource } from './features/glossarySource';
import { registerTermHover } from './features/termHover';
import { TermDecorations } from './features/termDecorations';
import { registerTermNavigation } from './features/termNavigation';
import { registerSummaryPanel } from './features/summaryPanel';
import { registerEditorialContext } from './features/editorialContext';
import { registerSearchEditorials } from './features/searchEditorials';
import { registerTermsTree } from './features/termsTree';
import { registerNotesCommands } from './features/notesCommands';
import { registerBacklinks } from './features/backlinks';
import { registerImportCommands } from './features/importCommands';
import { registerReview } from './features/reviewPanel';
import { registerMainsPractice } from './features/mainsPractice';

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
