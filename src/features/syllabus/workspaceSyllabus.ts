// The workspace on the syllabus: the bundled syllabus loaded and checked, every editorial, note,
// answer and PYQ file mapped onto it (each mapping kept until its text changes), the PYQ index
// filled, and the coverage report (counts, cards due, last revision, gaps) worked out again a
// moment after anything it reads changes. The views and commands of the feature read it here.
import * as vscode from 'vscode';
import type { LibraryEntry } from '../../core/editorial/library';
import { hashText } from '../../core/editorial/library';
import { COMPILATION_MARKER } from '../../core/syllabus/compile';
import { computeCoverage, type CoverageReport, type SyllabusItem } from '../../core/syllabus/coverage';
import { type EditorialMapping, mapEditorial } from '../../core/syllabus/editorialMapping';
import { KeywordIndex } from '../../core/syllabus/keywordIndex';
import type { Assignment } from '../../core/syllabus/mapping';
import { mapNote, type NoteMapping } from '../../core/syllabus/noteMapping';
import { parsePyqFile } from '../../core/syllabus/pyqFile';
import { editorialPyqRecords, filePyqRecords } from '../../core/syllabus/pyqIndex';
import { parseSyllabus, SyllabusTree } from '../../core/syllabus/tree';
import { splitFrontMatter } from '../../core/shared/frontMatter';
import { globMatcher } from '../../core/shared/glob';
import { uriFileName } from '../../core/shared/fileNames';
import { background } from '../../core/shared/slices';
import type { FeatureContext } from '../context';
import { CardFacts } from './cardFacts';

const REFRESH_MS = 300;

export interface NoteRecord {
  readonly uri: string;
  readonly text: string;
  readonly mapping: NoteMapping;
}

const decode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } };
const fileTitle = (uri: string) => uriFileName(uri).replace(/\.(md|markdown|txt)$/i, '');

export class WorkspaceSyllabus implements vscode.Disposable {
  tree = new SyllabusTree([]);
  private index = new KeywordIndex(this.tree);
  private editorialCache = new WeakMap<LibraryEntry, EditorialMapping>();
  private noteCache = new Map<string, { hash: number; record: NoteRecord }>();
  private pyqFileCache = new Map<string, number>();
  private report: CoverageReport | undefined;
  private computing: Promise<CoverageReport> | undefined;
  private dirty = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly cards: CardFacts;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** The report was worked out again (read it with `coverage()`). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  readonly loaded: Promise<void>;

  constructor(private readonly ctx: FeatureContext) {
    this.cards = new CardFacts(ctx);
    this.disposables.push(
      this.cards, this.emitter,
      { dispose: () => clearTimeout(this.timer) },
      ctx.library.onDidChange(() => this.invalidate()),
      ctx.notes.onDidChange(() => this.invalidate()),
      this.cards.onDidChange(() => this.invalidate()),
      ctx.config.onChange(['syllabus.revisionDays', 'syllabus.pyqFiles'], () => { this.pyqFileCache.clear(); this.invalidate(); }),
    );
    this.loaded = this.load();
  }

  /** Reads data/syllabus.json; a problem in it is logged, and said once when nothing could be read. */
  private async load(): Promise<void> {
    const uri = vscode.Uri.joinPath(this.ctx.extensionUri, 'data', 'syllabus.json');
    const bytes = await this.ctx.files.readBytes(uri);
    const { tree, problems } = parseSyllabus(bytes ? new TextDecoder().decode(bytes) : '');
    for (const p of problems) this.ctx.log.warn(`syllabus.json ${p.at}: ${p.message}`);
    if (!tree.papers.length) {
      void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: the bundled syllabus could not be read ({0}). The Syllabus and PYQ views stay empty; see the log.', problems[0]?.message ?? 'missing'));
    }
    this.tree = tree;
    this.index = new KeywordIndex(tree);
    this.editorialCache = new WeakMap();
    this.noteCache.clear();
    this.invalidate();
  }

  get keywords(): KeywordIndex {
    return this.index;
  }

  private invalidate(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.coverage().then(() => this.emitter.fire(), err => this.ctx.log.error('syllabus coverage', err)), REFRESH_MS);
  }

  editorialMapping(entry: LibraryEntry): EditorialMapping {
    let m = this.editorialCache.get(entry);
    if (!m) {
      m = mapEditorial(this.tree, this.index, entry.editorial);
      this.editorialCache.set(entry, m);
      if (m.unknownOverrides.length) this.ctx.log.warn(`${entry.uri}: syllabus ids not in the syllabus: ${m.unknownOverrides.join(', ')}`);
    }
    return m;
  }

  /** An editorial's nodes by its URI string, decoded or not (note links are decoded). */
  private editorialNodes = (uri: string): readonly Assignment[] | undefined => {
    const entry = this.ctx.library.get(uri) ?? this.ctx.library.visible().find(e => decode(e.uri) === uri);
    return entry && this.editorialMapping(entry).nodes;
  };

  private isPyqFile(uri: string, text: string): boolean {
    const glob = globMatcher(this.ctx.config.get('syllabus.pyqFiles'));
    if (glob(this.ctx.files.relative(vscode.Uri.parse(uri)))) return true;
    return /^pyqs?$/i.test(splitFrontMatter(text).frontMatter.type ?? '');
  }

  /** The student's notes and answers (PYQ files apart), each mapped. */
  notes(): NoteRecord[] {
    const out: NoteRecord[] = [];
    const seen = new Set<string>();
    for (const [uri, text] of this.ctx.notes.notes()) {
      seen.add(uri);
      if (this.isPyqFile(uri, text) || text.startsWith(COMPILATION_MARKER)) continue;
      const hash = hashText(text);
      const cached = this.noteCache.get(uri);
      if (cached?.hash === hash) { out.push(cached.record); continue; }
      const record = { uri, text, mapping: mapNote(this.tree, this.index, uri, text, this.editorialNodes) };
      this.noteCache.set(uri, { hash, record });
      out.push(record);
    }
    for (const uri of [...this.noteCache.keys()]) if (!seen.has(uri)) this.noteCache.delete(uri);
    return out;
  }

  /** Feeds the PYQ index from the editorials and the PYQ files (a file only when its text changed). */
  private indexPyqs(entries: readonly LibraryEntry[]): void {
    const keep = new Set<string>();
    for (const entry of entries) {
      keep.add(entry.uri);
      if (this.pyqFileCache.get(entry.uri) === entry.hash) continue;
      this.pyqFileCache.set(entry.uri, entry.hash);
      this.ctx.pyqs.set(entry.uri, editorialPyqRecords(this.tree, this.index, entry.uri, entry.editorial.title, entry.editorial.pyqs, this.editorialMapping(entry).nodes));
    }
    for (const [uri, text] of this.ctx.notes.notes()) {
      if (!this.isPyqFile(uri, text)) continue;
      keep.add(uri);
      const hash = hashText(text);
      if (this.pyqFileCache.get(uri) === hash) continue;
      this.pyqFileCache.set(uri, hash);
      const file = parsePyqFile(text);
      this.ctx.pyqs.set(uri, filePyqRecords(this.tree, this.index, uri, file.title ?? fileTitle(uri), file.questions));
    }
    for (const uri of [...this.pyqFileCache.keys()]) if (!keep.has(uri)) this.pyqFileCache.delete(uri);
    this.ctx.pyqs.retain(keep);
  }

  /** Every item on the syllabus: editorials, notes, answers and PYQs. */
  items(entries = this.ctx.library.visible(), notes = this.notes()): SyllabusItem[] {
    const items: SyllabusItem[] = entries.map(e => ({
      kind: 'editorial', key: e.uri, uri: e.uri, line: e.editorial.titleLine, title: e.editorial.title,
      nodes: this.editorialMapping(e).nodes, ...(e.editorial.source?.date ? { date: e.editorial.source.date } : {}),
    }));
    for (const n of notes) {
      items.push({ kind: n.mapping.kind, key: n.uri, uri: n.uri, line: 0, title: n.mapping.title || fileTitle(n.uri), nodes: n.mapping.nodes, ...(n.mapping.date ? { date: n.mapping.date } : {}) });
    }
    for (const q of this.ctx.pyqs.all()) {
      items.push({ kind: 'pyq', key: q.id, uri: q.source.uri, line: q.source.line, title: q.text, nodes: q.nodes, ...(q.year ? { year: q.year } : {}) });
    }
    return items;
  }

  /** The coverage report, worked out again when something changed since the last one. */
  coverage(): Promise<CoverageReport> {
    if (!this.dirty && this.report) return Promise.resolve(this.report);
    this.computing ??= (async () => {
      try {
        await this.loaded;
        await this.ctx.ready;
        await this.ctx.notes.load();
        this.dirty = false;
        const entries = this.ctx.library.visible();
        // Mapping each editorial is a job of its own: a first scan of hundreds never blocks the host.
        for (const e of entries) if (!this.editorialCache.has(e)) await background.run(() => this.editorialMapping(e));
        this.indexPyqs(entries);
        const notes = this.notes();
        const cards = await this.cards.facts(entries, e => this.editorialMapping(e), notes.map(n => ({ uri: n.uri, text: n.text, nodes: n.mapping.nodes })));
        const days = this.ctx.config.get('syllabus.revisionDays');
        this.report = computeCoverage(this.tree, this.items(entries, notes), cards, new Date(), days);
        return this.report;
      } finally {
        this.computing = undefined;
      }
    })();
    return this.computing;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
