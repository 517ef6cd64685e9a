// What every feature is given: the services (the only code that touches VS Code state) and the
// core stores they feed. One contract for all features: `activate(ctx: FeatureContext)`, which
// registers what the feature shows and returns the handles it offers to tests (see index.ts).
import * as vscode from 'vscode';
import { EditorialLibrary } from '../core/editorial/library';
import { GlossaryIndex } from '../core/glossary/glossaryIndex';
import { PyqIndex } from '../core/syllabus/pyqIndex';
import { CommandRegistry } from '../services/commands';
import { Config } from '../services/config';
import { EditorialCache } from '../services/editorialCache';
import { EditorialIndexer } from '../services/editorialIndexer';
import { GlossaryLoader } from '../services/glossaryLoader';
import { Log } from '../services/log';
import { NoteTexts } from '../services/noteTexts';
import { NotesTarget } from '../services/notesTarget';
import { ReadingLog } from '../services/readingLog';
import type { ReviewStore } from '../services/reviewStore';
import { WorkspaceFiles } from '../services/workspaceFiles';

export interface FeatureContext {
  readonly extension: vscode.ExtensionContext;
  readonly extensionUri: vscode.Uri;
  readonly log: Log;
  readonly config: Config;
  readonly files: WorkspaceFiles;
  readonly commands: CommandRegistry;
  readonly library: EditorialLibrary;
  readonly editorials: EditorialIndexer;
  /** The persisted index of parsed editorials (warm starts). */
  readonly editorialIndex: EditorialCache;
  readonly glossary: GlossaryIndex;
  readonly notes: NoteTexts;
  /** The student's last active notes editor (where "Insert into Notes" writes). */
  readonly notesTarget: NotesTarget;
  /** Every previous-year question of the workspace (editorials' and PYQ files'), filled by the
   *  syllabus feature; others ask it which questions mention a term. */
  readonly pyqs: PyqIndex;
  /** Review progress (the append-only log): one store, so every reader sees the same state.
   *  Made on first use, with the revision chunk that holds its scheduler (features/chunks.ts). */
  readonly reviews: ReviewStore;
  /** When the student last read each editorial and note (for the order of new cards). */
  readonly reading: ReadingLog;
  /** Resolves when the bundled data and the first workspace scan are loaded. Never rejects. */
  readonly ready: Promise<void>;
  /** Hands disposables to VS Code, to be disposed when the extension is. */
  subscribe(...disposables: vscode.Disposable[]): void;
}

/**
 * Creates the services and stores, and starts loading the editorials and glossaries.
 * `reviewStore` gives the review store's class, which is in the revision chunk with its scheduler
 * (features/chunks.ts): the store is made on first use.
 */
export function createFeatureContext(extension: vscode.ExtensionContext, reviewStore: () => typeof ReviewStore): FeatureContext {
  const subscribe = (...disposables: vscode.Disposable[]) => { extension.subscriptions.push(...disposables); };
  const log = new Log();
  const config = new Config();
  const files = new WorkspaceFiles();
  const library = new EditorialLibrary();
  const glossary = new GlossaryIndex(library);
  const editorialCache = new EditorialCache(extension.storageUri, library, files, log, String(extension.extension.packageJSON.version ?? ''));
  const editorials = new EditorialIndexer(library, files, config, log, extension.extensionUri, editorialCache);
  const glossaryFiles = new GlossaryLoader(glossary, files, config, log, extension.extensionUri);
  // Each editorial's term mentions are kept in the persisted index with it, and read back from it.
  editorialCache.keepMentions(entry => glossary.mentionsToSave(entry));
  glossary.useSavedMentions((entry, fingerprint) => editorialCache.mentionsFor(entry, fingerprint));
  const notes = new NoteTexts(library, files);
  const notesTarget = new NotesTarget(library);
  const commands = new CommandRegistry(log);
  const pyqs = new PyqIndex();
  subscribe(log, config, files, library, glossary, editorialCache, editorials, glossaryFiles, notes, notesTarget, commands, pyqs);
  let reviews: ReviewStore | undefined;
  // A failed load is logged and leaves what did load working: `ready` must never reject, or every
  // feature waiting on it would stop.
  const ready = Promise.all([editorials.load(), glossaryFiles.load()]).then(() => undefined, err => log.error('first load', err));
  // Index term mentions in the background, in small slices, before the first hover needs them.
  void ready.then(() => log.timed('mention index', async () => {
    await glossary.indexMentions();
    // What the index kept and no editorial took is stale; what was found is written soon.
    editorialCache.dropSavedMentions();
    editorialCache.scheduleSave(2000);
    log.info(`glossary: ${glossary.size} terms, ${glossary.matcher().size} names and aliases matched; mentions of ${glossary.mentionSources.saved} editorials from the index, ${glossary.mentionSources.scanned} scanned`);
  })).catch(() => undefined); // (logged by timed)
  const reading = new ReadingLog(extension.workspaceState, library, ready);
  subscribe(reading);
  return {
    extension, extensionUri: extension.extensionUri, log, config, files, commands, library, editorials, editorialIndex: editorialCache, glossary, notes, notesTarget, pyqs, reading, ready, subscribe,
    get reviews() {
      if (!reviews) subscribe(reviews = new (reviewStore())(extension.globalStorageUri, config, files, log));
      return reviews;
    },
  };
}
