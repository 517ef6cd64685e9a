// The term matches of one open document, kept up to date as it is edited, so that a keystroke in
// a 1 MB note re-scans a few lines instead of the whole note.
//
// Why a few lines are enough, and when they are not. A candidate match [x, y) depends only on
// text[x - 2, y + 2): its own characters and the word boundary on either side (two units, for
// surrogate pairs). So after an edit, the candidates that start well before the edit or well after
// it are the same as before. "Well before": a candidate that starts before `from` and reaches the
// edit contains all of text[from, edit) — impossible once that stretch holds more non-separator
// units than the longest pattern has (a match has exactly as many non-separator units as its
// pattern; only separator runs can be longer in the text). The leftmost-longest selection is a
// greedy pass from left to right, so the new selection equals the old one before the re-scanned
// window and, once both old and new selections have no match straddling a position after the
// edit (a "sync point"), after it too. The window is therefore: from one line before the edited
// lines (more if that line is short), to one line after them (more if a match straddles that
// point in the old or the new text). Terms spanning several line breaks ("Civil Liability for
// ⏎ Nuclear Damage ⏎ Act") are handled by the unit count, not by the line margin. The longest
// pattern comes from the matcher (its `maxPatternUnits`) or the options; without it the window
// runs to the start and end of the text, which is exact but is a full re-scan.
//
// Cost per keystroke. The text is kept in 4 KB chunks (an edit rebuilds one chunk; `text` joins
// them only when read), the scan reads only the window, and the match list is updated in place
// (splice, then the offsets of the matches after the edit are shifted): no copy of the document,
// no new object per match.
//
// Plain TypeScript without imports from outside this folder: runs in Node, the extension host and
// a web worker.
import { ChunkedText } from './chunkedText';
import type { TermMatch, TermMatcher } from './termMatcher';
import { changeHunks, Hunk, TextChange } from './textChanges';

export interface DocumentMatchesOptions {
  /**
   * An upper bound on the number of non-separator UTF-16 units in any pattern of the matcher
   * (the length of the longest pattern is one). Default: the matcher's own figure when it keeps
   * one; otherwise unbounded, which is still exact but re-scans from the start of the text.
   */
  maxTermUnits?: number;
}

const LF = 0x0a;
const CR = 0x0d;

function isLineBreak(u: number): boolean {
  return u === LF || u === CR || u === 0x2028 || u === 0x2029;
}

/**
 * Separators as the matcher sees them (white space, hyphens and dashes), plus every other control
 * character. Counting too many units as separators only makes the window wider, never wrong.
 */
function isSeparator(u: number): boolean {
  if (u <= 0x20) return true;
  if (u < 0x85) return u === 0x2d;
  return u === 0x85 || u === 0xa0 || u === 0x1680 || (u >= 0x2000 && u <= 0x200a) || (u >= 0x2010 && u <= 0x2014)
    || u === 0x2028 || u === 0x2029 || u === 0x202f || u === 0x205f || u === 0x3000 || u === 0xfeff;
}

/** The longest-pattern figure the matcher keeps (`maxPatternUnits`), if it keeps one. */
function matcherBound(matcher: TermMatcher): number | undefined {
  const value = (matcher as unknown as { maxPatternUnits?: unknown }).maxPatternUnits;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}


function lineStartAt(text: ChunkedText, pos: number): number {
  let p = pos;
  while (p > 0 && !isLineBreak(text.charCodeAt(p - 1))) p--;
  return p;
}

function lineEndAt(text: ChunkedText, pos: number): number {
  let p = pos;
  while (p < text.length && !isLineBreak(text.charCodeAt(p))) p++;
  return p;
}

/** Position just after the line break at `pos` (a CR LF pair is one break). */
function afterBreak(text: ChunkedText, pos: number): number {
  return text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
}

function nonSeparatorUnits(text: ChunkedText, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSeparator(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Left edge of the window for an edit at `editFrom`: one line before the edited line, further back
 * until no candidate that starts before it can reach the edit.
 */
function windowStart(text: ChunkedText, editFrom: number, bound: number): number {
  let from = lineStartAt(text, editFrom);
  if (from > 0) from = lineStartAt(text, from - 1);
  const reach = Math.max(0, editFrom - 2);
  let units = nonSeparatorUnits(text, Math.min(from, reach), reach);
  while (units <= bound && from > 0) {
    const before = lineStartAt(text, from - 1);
    units += nonSeparatorUnits(text, before, from);
    from = before;
  }
  return from;
}

/** Where a scan must end so that no candidate starting before `p` is cut off. */
function scanEnd(text: ChunkedText, p: number, bound: number): number {
  const len = text.length;
  let to = p;
  for (let n = 0; to < len && n <= bound; to++) if (!isSeparator(text.charCodeAt(to))) n++;
  return lineEndAt(text, to);
}

/** Index of the last match with start < pos, or lo - 1 (matches are sorted by start). */
function lastStartingBefore(matches: readonly TermMatch[], pos: number, lo = 0): number {
  let hi = matches.length - 1;
  let found = lo - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The match with start < pos < end, if any. */
function straddling(matches: readonly TermMatch[], pos: number): TermMatch | undefined {
  const k = lastStartingBefore(matches, pos);
  return k >= 0 && matches[k].end > pos ? matches[k] : undefined;
}

/** What one group of nearby hunks does to the match list. */
interface GroupUpdate {
  /** Old matches [dropFrom, dropTo) are replaced by `added` (offsets in the new text). */
  dropFrom: number;
  dropTo: number;
  added: TermMatch[];
  /** Shift, after this group, of the old matches that follow it. */
  delta: number;
}

/** Margin of text around a re-scanned window, for the matcher's word-boundary look-around. */
const LOOK_AROUND = 64;

export class DocumentMatches {
  private readonly buffer: ChunkedText;
  private readonly list: TermMatch[];
  private readonly bound: number;

  constructor(
    private readonly matcher: TermMatcher,
    text: string,
    options: DocumentMatchesOptions = {},
  ) {
    const initial = typeof text === 'string' ? text : '';
    this.buffer = new ChunkedText(initial);
    this.list = matcher.scan(initial);
    const given = options.maxTermUnits;
    this.bound = typeof given === 'number' && given >= 0 ? given : matcherBound(matcher) ?? Infinity;
  }

  /** The current text (joined on demand after edits: O(length) the first time it is read). */
  get text(): string {
    return this.buffer.toString();
  }

  get length(): number {
    return this.buffer.length;
  }

  /**
   * Always equal to `matcher.scan(this.text)`. Live: `apply` updates this array and the offsets of
   * its match objects in place, so copy what must not change.
   */
  get matches(): readonly TermMatch[] {
    return this.list;
  }

  /** The matches that overlap [from, to), e.g. the visible lines: O(log n + result). */
  matchesIn(from: number, to: number): TermMatch[] {
    const list = this.list;
    let k = lastStartingBefore(list, from);
    if (k < 0 || list[k].end <= from) k++;
    const out: TermMatch[] = [];
    for (; k < list.length && list[k].start < to; k++) out.push(list[k]);
    return out;
  }

  /**
   * Applies changes (in VS Code's order: each one's offsets refer to the text left by the ones
   * before it; VS Code's own batches run from the end of the document backwards, so their offsets
   * are also offsets in the text before the batch) and re-scans only the edited lines plus a
   * margin; matches after the edit are shifted. Returns [from, to) in the new text: the matches
   * starting there were recomputed ({from: 0, to: 0} when nothing changed).
   */
  apply(changes: readonly TextChange[]): { from: number; to: number } {
    const { edits, hunks } = changeHunks(this.buffer.length, changes ?? []);
    for (const e of edits) this.buffer.replace(e.start, e.deleted, e.inserted);
    if (!hunks.length) return { from: 0, to: 0 };
    const groups = this.plan(hunks);
    this.update(groups);
    return { from: groups[0].from, to: groups[groups.length - 1].to };
  }

  /** Decides, reading the old matches and the new text only, what each group of hunks changes. */
  private plan(hunks: readonly Hunk[]): (GroupUpdate & { from: number; to: number })[] {
    const text = this.buffer;
    const len = text.length;
    const old = this.list;
    const bound = this.bound;
    const groups: (GroupUpdate & { from: number; to: number })[] = [];
    let oldIndex = 0; // old matches before this index are accounted for
    let delta = 0; // new position - old position, after the hunks handled so far
    let synced = 0; // new-text position where old and new selections agree (no match straddles it)

    for (let i = 0; i < hunks.length; ) {
      // Left edge: see windowStart; never before the previous group's sync point.
      const first = hunks[i];
      let from = windowStart(text, first.newFrom, bound);
      if (from <= synced) {
        from = synced;
      } else {
        // Old matches before `from` stay; one straddling it stays too, and the scan starts after it.
        oldIndex = Math.max(oldIndex, lastStartingBefore(old, from - delta, oldIndex) + 1);
        const over = straddling(old, from - delta);
        if (over) from = over.end + delta;
      }

      // Right edge: a sync point after the edited lines where neither selection has a straddling
      // match. Hunks close enough to need the same window join this group.
      let j = i;
      let groupDelta = delta + (first.newTo - first.newFrom) - (first.oldTo - first.oldFrom);
      let p = 0;
      let scanned: TermMatch[] = [];
      let scannedTo = -1;
      for (;;) {
        const last = hunks[j];
        const lineEnd = lineEndAt(text, last.newTo);
        let q = lineEnd < len ? lineEndAt(text, afterBreak(text, lineEnd)) : len;
        q = Math.max(q, Math.min(len, last.newTo + 2));
        p = Math.max(p, q);
        if (j + 1 < hunks.length && p + 2 > hunks[j + 1].newFrom) {
          j++;
          const h = hunks[j];
          groupDelta += (h.newTo - h.newFrom) - (h.oldTo - h.oldFrom);
          continue;
        }
        const to = scanEnd(text, p, bound);
        if (to > scannedTo) {
          scanned = this.scanWindow(from, to);
          scannedTo = to;
        }
        if (p >= len) break;
        const overNew = straddling(scanned, p);
        if (overNew) {
          p = overNew.end;
          continue;
        }
        const overOld = straddling(old, p - groupDelta);
        if (overOld) {
          p = overOld.end + groupDelta;
          continue;
        }
        break;
      }

      let keep = 0;
      while (keep < scanned.length && scanned[keep].start < p) keep++;
      scanned.length = keep;
      const dropTo = Math.max(oldIndex, lastStartingBefore(old, p - groupDelta, oldIndex) + 1);
      groups.push({ dropFrom: oldIndex, dropTo, added: scanned, delta: groupDelta, from, to: p });
      oldIndex = dropTo;
      delta = groupDelta;
      synced = p;
      i = j + 1;
    }
    return groups;
  }

  /** matcher.scan of the new text over [from, to), reading only that window plus a margin. */
  private scanWindow(from: number, to: number): TermMatch[] {
    const base = Math.max(0, from - LOOK_AROUND);
    const window = this.buffer.slice(base, to + LOOK_AROUND);
    const found = this.matcher.scan(window, from - base, to - base);
    if (base > 0) {
      for (const m of found) {
        m.start += base;
        m.end += base;
      }
    }
    return found;
  }

  /** Applies the planned updates to the match list, in place. */
  private update(groups: readonly GroupUpdate[]): void {
    const list = this.list;
    if (groups.length === 1 && groups[0].added.length < 4096) {
      const { dropFrom, dropTo, added, delta } = groups[0];
      list.splice(dropFrom, dropTo - dropFrom, ...added);
      if (delta !== 0) {
        for (let k = dropFrom + added.length; k < list.length; k++) {
          list[k].start += delta;
          list[k].end += delta;
        }
      }
      return;
    }
    const out: TermMatch[] = [];
    let next = 0;
    let delta = 0;
    const copy = (to: number) => {
      for (; next < to; next++) {
        const m = list[next];
        m.start += delta;
        m.end += delta;
        out.push(m);
      }
    };
    for (const g of groups) {
      copy(g.dropFrom);
      for (const m of g.added) out.push(m);
      next = g.dropTo;
      delta = g.delta;
    }
    copy(list.length);
    list.length = out.length;
    for (let k = 0; k < out.length; k++) list[k] = out[k];
  }
}
