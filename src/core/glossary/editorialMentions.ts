// Where one editorial mentions glossary terms, kept compact: six numbers per mention in one typed
// array, grouped by term, instead of an object per mention. 3,000 editorials hold about 435,000
// mentions: as objects (with the strings that deduplicated them) they took 18.5 MB per 1,000
// editorials after garbage collection. A Mention object is made only when someone asks for the
// mentions of one term (a hover, the Terms view), from the editorial the numbers point into.
import type { LibraryEntry } from '../editorial/library';
import type { Point, Pyq, Section } from '../editorial/model';
import type { ParsedEditorial } from '../editorial/parse/parseEditorial';

export interface Mention {
  readonly entry: LibraryEntry;
  /** Undefined when the term is only listed under "For Prelims". */
  readonly section?: Section;
  /** The top-level point, or undefined when the mention is in a section paragraph. */
  readonly point?: Point;
  /** The previous-year question that mentions it (then section and point are undefined). */
  readonly pyq?: Pyq;
  /** Line of the text that mentions it. */
  readonly line: number;
  /** The plain text the term was found in, and where in it: for the sentence a hover quotes. */
  readonly text?: string;
  readonly start?: number;
  readonly end?: number;
}

/** The places a mention can be, as the first of its six numbers. */
export const Place = {
  /** a: section, b: paragraph. */
  Paragraph: 0,
  /** a: section, b: top-level point, c: the point's own place among it and its children, depth first (0: itself). */
  Point: 1,
  /** a: previous-year question. */
  Pyq: 2,
  /** Only listed under "For Prelims". */
  Prelims: 3,
} as const;
export type Place = (typeof Place)[keyof typeof Place];

const FIELDS = 6;

/** Collects one editorial's mentions in the order found; `done` groups them by term. */
export class MentionsBuilder {
  private readonly terms: number[] = [];
  private readonly data: number[] = [];

  add(term: number, place: Place, a: number, b: number, c: number, start: number, end: number): void {
    this.terms.push(term);
    this.data.push(place, a, b, c, start, end);
  }

  done(): EditorialMentions {
    const n = this.terms.length;
    // A stable counting sort by term: each term's mentions stay in the order they were found.
    const distinct = [...new Set(this.terms)].sort((x, y) => x - y);
    const slot = new Map<number, number>();
    distinct.forEach((t, i) => slot.set(t, i));
    const offsets = new Int32Array(distinct.length + 1);
    for (const t of this.terms) offsets[slot.get(t)! + 1]++;
    for (let i = 0; i < distinct.length; i++) offsets[i + 1] += offsets[i];
    const next = offsets.slice(0, distinct.length);
    const data = new Int32Array(n * FIELDS);
    for (let k = 0; k < n; k++) {
      const at = next[slot.get(this.terms[k])!]++ * FIELDS;
      for (let f = 0; f < FIELDS; f++) data[at + f] = this.data[k * FIELDS + f];
    }
    return new EditorialMentions(Int32Array.from(distinct), offsets, data);
  }
}

export class EditorialMentions {
  constructor(
    /** The numbers of the terms mentioned, ascending. */
    readonly terms: Int32Array,
    /** Where each term's mentions begin in `data` (in mentions), and one past the last. */
    private readonly offsets: Int32Array,
    private readonly data: Int32Array,
  ) {}

  private slot(term: number): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.terms[mid];
      if (t === term) return mid;
      if (t < term) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  count(term: number): number {
    const i = this.slot(term);
    return i < 0 ? 0 : this.offsets[i + 1] - this.offsets[i];
  }

  /** The term's mentions in this editorial, as objects pointing into it. */
  of(term: number, entry: LibraryEntry, out: Mention[] = []): Mention[] {
    const i = this.slot(term);
    if (i < 0) return out;
    const e = entry.editorial;
    for (let k = this.offsets[i]; k < this.offsets[i + 1]; k++) {
      const d = k * FIELDS;
      const place = this.data[d];
      const a = this.data[d + 1];
      const b = this.data[d + 2];
      const start = this.data[d + 4];
      const end = this.data[d + 5];
      if (place === Place.Paragraph) {
        const section = e.sections[a];
        const p = section.paragraphs[b];
        out.push({ entry, section, line: p.range.start, text: p.plain, start, end });
      } else if (place === Place.Point) {
        const section = e.sections[a];
        const point = section.points[b];
        const q = pointsDepthFirst(point)[this.data[d + 3]];
        out.push({ entry, section, point, line: q.range.start, text: q.plain, start, end });
      } else if (place === Place.Pyq) {
        const pyq = e.pyqs[a];
        out.push({ entry, pyq, line: pyq.range.start, text: pyq.text, start, end });
      } else {
        out.push({ entry, line: e.titleLine });
      }
    }
    return out;
  }

  /** The mentions as plain data with term ids (term numbers are this session's), to be kept on disk. */
  snapshot(idOf: (term: number) => string): MentionSnapshot {
    return {
      terms: Array.from(this.terms, idOf),
      counts: Array.from(this.terms, (_, i) => this.offsets[i + 1] - this.offsets[i]),
      data: Array.from(this.data),
    };
  }
}

/** One editorial's mentions as kept in the persisted index: each term's count, then six numbers per mention. */
export interface MentionSnapshot {
  readonly terms: readonly string[];
  readonly counts: readonly number[];
  readonly data: readonly number[];
}

/**
 * The mentions a snapshot holds, for this editorial; undefined unless every one of them points at
 * a place the editorial has, with a range inside its text (a damaged or foreign snapshot is then
 * not used: the editorial is scanned again).
 */
export function fromSnapshot(s: MentionSnapshot, editorial: ParsedEditorial, numberOf: (id: string) => number): EditorialMentions | undefined {
  if (!Array.isArray(s.terms) || !Array.isArray(s.counts) || !Array.isArray(s.data) || s.terms.length !== s.counts.length) return undefined;
  const total = s.counts.reduce((n: number, c) => n + (Number.isInteger(c) && c > 0 ? c : NaN), 0);
  if (!(total * FIELDS === s.data.length)) return undefined;
  const b = new MentionsBuilder();
  let k = 0;
  for (let t = 0; t < s.terms.length; t++) {
    if (typeof s.terms[t] !== 'string') return undefined;
    const term = numberOf(s.terms[t]);
    for (let j = 0; j < s.counts[t]; j++, k += FIELDS) {
      const [place, a, bb, c, start, end] = s.data.slice(k, k + FIELDS);
      const text = placeText(editorial, place, a, bb, c);
      if (text === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return undefined;
      b.add(term, place as Place, a, bb, c, start, end);
    }
  }
  return b.done();
}

/** The text at a mention's place ('' for "For Prelims"), or undefined when the editorial has no such place. */
function placeText(e: ParsedEditorial, place: number, a: number, b: number, c: number): string | undefined {
  if (![a, b, c].every(n => Number.isInteger(n) && n >= 0)) return undefined;
  if (place === Place.Paragraph) return e.sections[a]?.paragraphs[b]?.plain;
  if (place === Place.Point) {
    const point = e.sections[a]?.points[b];
    return point && pointsDepthFirst(point)[c]?.plain;
  }
  if (place === Place.Pyq) return e.pyqs[a]?.text;
  return place === Place.Prelims ? '' : undefined;
}

/** A point and its children, depth first (the point itself first): a mention's nested point is its place in this list. */
export function pointsDepthFirst(point: Point): Point[] {
  const out: Point[] = [];
  const visit = (q: Point) => {
    out.push(q);
    q.children.forEach(visit);
  };
  visit(point);
  return out;
}
