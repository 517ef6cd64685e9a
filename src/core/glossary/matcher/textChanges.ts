// Edits as VS Code reports them (a batch of replacements, each in the text left by the ones before
// it), turned into the stretches of the old text they replaced.
//
// Plain TypeScript without imports: runs in Node, the extension host and a web worker.

/**
 * One replacement, like VS Code's `TextDocumentContentChangeEvent` (rangeOffset, rangeLength,
 * text): `start` and `deletedLength` are offsets in the text before this change.
 */
export interface TextChange {
  start: number;
  deletedLength: number;
  insertedText: string;
}

/** A stretch of the text that an edit replaced: old[oldFrom, oldTo) is now new[newFrom, newTo). */
export interface Hunk {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

function clampInt(value: unknown, min: number, max: number): number {
  const n = typeof value === 'number' && !Number.isNaN(value) ? Math.floor(value) : min;
  return Math.max(min, Math.min(max, n));
}

/** A change with its offsets clamped to the text it applies to. */
interface Edit {
  start: number;
  deleted: number;
  inserted: string;
}

/**
 * Clamps the changes (applied one after the other, starting from a text of `length` units) and
 * works out which stretches of the old text they replaced, in order.
 */
export function changeHunks(length: number, changes: readonly TextChange[]): { edits: Edit[]; hunks: Hunk[]; length: number } {
  // The new text as pieces: a kept stretch old[a, b), or `inserted` new units.
  type Piece = { a: number; b: number; inserted: number };
  const oldLength = length;
  let pieces: Piece[] = length ? [{ a: 0, b: length, inserted: -1 }] : [];
  const edits: Edit[] = [];
  const size = (p: Piece) => (p.inserted >= 0 ? p.inserted : p.b - p.a);
  for (const change of changes) {
    if (!change) continue;
    const start = clampInt(change.start, 0, length);
    const deleted = clampInt(change.deletedLength, 0, length - start);
    const inserted = typeof change.insertedText === 'string' ? change.insertedText : '';
    if (deleted === 0 && inserted === '') continue;
    edits.push({ start, deleted, inserted });
    const next: Piece[] = [];
    let pos = 0;
    let placed = false;
    const place = () => {
      if (!placed && inserted) next.push({ a: 0, b: 0, inserted: inserted.length });
      placed = true;
    };
    for (const p of pieces) {
      const n = size(p);
      const end = pos + n;
      // The part of p before the change, then the insertion, then the part after it.
      if (pos < start) {
        const keep = Math.min(n, start - pos);
        next.push(p.inserted >= 0 ? { a: 0, b: 0, inserted: keep } : { a: p.a, b: p.a + keep, inserted: -1 });
      }
      if (end >= start) place();
      if (end > start + deleted) {
        const skip = Math.max(0, start + deleted - pos);
        next.push(p.inserted >= 0 ? { a: 0, b: 0, inserted: n - skip } : { a: p.a + skip, b: p.b, inserted: -1 });
      }
      pos = end;
    }
    place();
    pieces = next;
    length += inserted.length - deleted;
  }

  // Every gap between kept stretches, and every insertion, is (part of) a hunk.
  const hunks: Hunk[] = [];
  let expected = 0; // where the next kept stretch would start if nothing had changed
  let newPos = 0;
  let open = -1; // newFrom of a hunk being collected
  for (const p of pieces) {
    if (p.inserted >= 0) {
      if (open < 0) open = newPos;
      newPos += p.inserted;
      continue;
    }
    if (open >= 0 || p.a !== expected) {
      hunks.push({ oldFrom: expected, oldTo: p.a, newFrom: open >= 0 ? open : newPos, newTo: newPos });
      open = -1;
    }
    newPos += p.b - p.a;
    expected = p.b;
  }
  if (open >= 0 || expected !== oldLength) {
    hunks.push({ oldFrom: expected, oldTo: oldLength, newFrom: open >= 0 ? open : newPos, newTo: newPos });
  }
  return { edits, hunks, length };
}

/** Applies the changes one after the other; returns the new text and the stretches replaced. */
export function applyTextChanges(old: string, changes: readonly TextChange[]): { text: string; hunks: Hunk[] } {
  const { edits, hunks } = changeHunks(old.length, changes);
  let text = old;
  for (const e of edits) text = text.slice(0, e.start) + e.inserted + text.slice(e.start + e.deleted);
  return { text, hunks };
}
