// Which of the student's notes mention which terms: each note scanned once per text (and again
// only when the glossary's terms change), so a hover can say "In your notes: …" without reading
// every note while the student waits.
import { hashText } from '../editorial/library';

type Scan = (text: string) => readonly { key: string; start: number }[];

interface NoteEntry {
  readonly hash: number;
  /** Term id → zero-based line of its first mention. */
  readonly firstLine: ReadonlyMap<string, number>;
}

export class NoteTermIndex {
  private readonly notes = new Map<string, NoteEntry>();

  constructor(private scan: Scan) {}

  /** New terms (a glossary change): every note will be scanned again on its next update. */
  reset(scan: Scan): void {
    this.scan = scan;
    this.notes.clear();
  }

  /** Whether `text` is what the index already holds for `uri`. */
  holds(uri: string, text: string): boolean {
    return this.notes.get(uri)?.hash === hashText(text);
  }

  update(uri: string, text: string): void {
    const hash = hashText(text);
    if (this.notes.get(uri)?.hash === hash) return;
    const firstLine = new Map<string, number>();
    let line = 0;
    let at = 0;
    // Matches come in text order: count the newlines between them once, not per match.
    for (const m of this.scan(text)) {
      if (firstLine.has(m.key)) continue;
      for (; at < m.start; at++) if (text.charCodeAt(at) === 10) line++;
      firstLine.set(m.key, line);
    }
    this.notes.set(uri, { hash, firstLine });
  }

  remove(uri: string): void {
    this.notes.delete(uri);
  }

  /** Keeps only the notes in `uris` (the others were deleted or became editorials). */
  retain(uris: ReadonlySet<string>): void {
    for (const uri of [...this.notes.keys()]) if (!uris.has(uri)) this.notes.delete(uri);
  }

  /** The notes that mention the term, by URI, with the line of the first mention. */
  notesMentioning(id: string): { uri: string; line: number }[] {
    const out: { uri: string; line: number }[] = [];
    for (const [uri, note] of this.notes) {
      const line = note.firstLine.get(id);
      if (line !== undefined) out.push({ uri, line });
    }
    return out.sort((a, b) => a.uri.localeCompare(b.uri));
  }

  get size(): number {
    return this.notes.size;
  }
}
