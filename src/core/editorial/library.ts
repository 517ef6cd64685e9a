// The set of loaded editorials, keyed by URI string, with one change event for every view.
// Files are re-parsed only when their text changed (compared by hash), so a watcher firing for
// an unchanged save, or a rescan, costs a hash, not a parse.
import { parseEditorial, ParsedEditorial } from './parse/parseEditorial';
import type { TokenizedEditorial } from './parse/tokenize';
import { Emitter } from '../shared/events';

export interface LibraryEntry {
  /** URI string of the file (a `file:`, `vscode-remote:` or extension URI). */
  readonly uri: string;
  /** File name without folders, for display and as fallback title. */
  readonly fileName: string;
  readonly editorial: ParsedEditorial;
  /** Shipped with the extension (the sample), not the user's own. */
  readonly bundled: boolean;
  readonly hash: number;
}

export interface LibraryChange {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/** FNV-1a over UTF-16 code units: fast, good enough to tell "same text" from "edited". */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The parsed editorial as kept: a copy made through JSON. A parse's strings are often slices of
 * larger ones (the file's text, markdown-it's token contents), and V8 keeps the whole of a string
 * alive for any slice of it, so each kept editorial held text it never shows: 97.5 → 58.2 MB per
 * 1,000 generated editorials after garbage collection, for 0.45 ms each (a parse is 3.8 ms). The
 * copy is also exactly what a warm start restores from the persisted index (indexCache.ts), so
 * both starts see the same objects. (A parsed editorial shares no object between two places and
 * holds only JSON values: the round trip changes nothing but undefined fields, which it drops.)
 */
function compact(editorial: ParsedEditorial): ParsedEditorial {
  return JSON.parse(JSON.stringify(editorial)) as ParsedEditorial;
}

const fileNameOf = (uri: string) => uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;

export class EditorialLibrary {
  private readonly entries = new Map<string, LibraryEntry>();
  private readonly changeEmitter = new Emitter<LibraryChange>();
  readonly onDidChange = this.changeEmitter.event;
  /** Number of parses done, so tests and benchmarks can check that unchanged files are not re-parsed. */
  parseCount = 0;

  /** Adds or updates a file; returns the entry. Fires a change only when the text changed. */
  /** `tokenized`: the text's tokens, from tokenizeEditorial (a background job of their own). */
  set(uri: string, text: string, options: { bundled?: boolean; tokenized?: TokenizedEditorial } = {}): LibraryEntry {
    const hash = hashText(text);
    const existing = this.entries.get(uri);
    if (existing && existing.hash === hash) return existing;
    const fileName = fileNameOf(uri);
    this.parseCount++;
    const editorial = compact(parseEditorial(options.tokenized ?? text, { fallbackTitle: decodeURIComponent(fileName).replace(/\.(md|markdown|txt)$/i, '') }));
    const entry: LibraryEntry = { uri, fileName, editorial, bundled: !!options.bundled, hash };
    this.entries.set(uri, entry);
    this.sorted = undefined;
    this.emit(existing ? { added: [], changed: [uri], removed: [] } : { added: [uri], changed: [], removed: [] });
    return entry;
  }

  /**
   * Puts back an editorial parsed in an earlier session (the persisted index, indexCache.ts), for
   * a file whose stat says it is unchanged: no parse. `hash` is the hash of the text it was parsed
   * from, so a later `set` with the same text is still no parse.
   */
  restore(uri: string, editorial: ParsedEditorial, hash: number): LibraryEntry {
    const existing = this.entries.get(uri);
    if (existing && existing.hash === hash) return existing;
    const entry: LibraryEntry = { uri, fileName: fileNameOf(uri), editorial, bundled: false, hash };
    this.entries.set(uri, entry);
    this.sorted = undefined;
    this.emit(existing ? { added: [], changed: [uri], removed: [] } : { added: [uri], changed: [], removed: [] });
    return entry;
  }

  /** Whether `text` is what the library already holds for `uri` (set would not re-parse it). */
  holds(uri: string, text: string): boolean {
    return this.entries.get(uri)?.hash === hashText(text);
  }

  delete(uri: string): boolean {
    const had = this.entries.delete(uri);
    if (had) {
      this.sorted = undefined;
      this.emit({ added: [], changed: [], removed: [uri] });
    }
    return had;
  }

  private pending: { added: Set<string>; changed: Set<string>; removed: Set<string> } | undefined;
  private batchDepth = 0;

  private emit(change: LibraryChange): void {
    if (!this.pending) { this.changeEmitter.fire(change); return; }
    for (const u of change.added) { this.pending.removed.delete(u); this.pending.added.add(u); }
    for (const u of change.changed) if (!this.pending.added.has(u)) this.pending.changed.add(u);
    for (const u of change.removed) {
      if (this.pending.added.delete(u)) continue; // added and removed within the batch: no news
      this.pending.changed.delete(u);
      this.pending.removed.add(u);
    }
  }

  /**
   * Runs `work` with change events held back and merged, then fires them as one change (and
   * every `flushMs` meanwhile, so a long scan still shows progress). A scan of hundreds of files
   * is then a handful of events for the views, not one per file.
   */
  async batch<T>(work: () => Promise<T>, flushMs = 500): Promise<T> {
    if (this.batchDepth++ === 0) this.pending = { added: new Set(), changed: new Set(), removed: new Set() };
    const timer = setInterval(() => this.flush(), flushMs);
    try {
      return await work();
    } finally {
      clearInterval(timer);
      if (--this.batchDepth === 0) { this.flush(); this.pending = undefined; }
    }
  }

  private flush(): void {
    const p = this.pending;
    if (!p || (!p.added.size && !p.changed.size && !p.removed.size)) return;
    this.pending = { added: new Set(), changed: new Set(), removed: new Set() };
    this.changeEmitter.fire({ added: [...p.added], changed: [...p.changed], removed: [...p.removed] });
  }

  get(uri: string): LibraryEntry | undefined {
    return this.entries.get(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * What the user should see: their own editorials, newest first; the bundled sample only while
   * they have none of their own.
   */
  visible(): LibraryEntry[] {
    return this.order().visible.slice();
  }

  all(): LibraryEntry[] {
    return this.order().all.slice();
  }

  /**
   * Both orders, sorted once per change of the library: hovers, views and the mention index ask
   * for them many times a second while a large library loads (a sort of 3,000 is about 1 ms).
   */
  private sorted: { all: LibraryEntry[]; visible: LibraryEntry[] } | undefined;

  private order(): { all: LibraryEntry[]; visible: LibraryEntry[] } {
    if (!this.sorted) {
      const all = sortByDate([...this.entries.values()]);
      const own = all.filter(e => !e.bundled);
      this.sorted = { all, visible: own.length ? own : all };
    }
    return this.sorted;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}

/** localeCompare's order (the same comparison by definition) from one collator made once: in the
 *  extension host, where localeCompare has no fast path for the UI locale, the comparisons of a
 *  sort of 3,000 editorials took 30 ms (profiled). */
const TITLES = new Intl.Collator();

/** Newest first; undated last; ties by title so the order is stable. */
export function sortByDate(entries: LibraryEntry[]): LibraryEntry[] {
  return entries.sort((a, b) => {
    const da = a.editorial.source?.date ?? '';
    const db = b.editorial.source?.date ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return TITLES.compare(a.editorial.title, b.editorial.title);
  });
}
