// What an index record leaves out: a point's or a paragraph's plain text, when its markdown says
// what it is. Plain text was a third of every record (a bullet kept its text twice, as markdown and
// as plain text), and the records are what a warm start reads (3,000 editorials: 133 → 91 MB).
//
// Exact by construction: the plain text is left out only when deriving it from the markdown gives
// the very string the parser made, and a record reader derives it with the same function. Markdown
// with anything but bold and italic stars (escapes, links, code, entities) keeps its plain text.
import type { ParsedEditorial } from './parse/parseEditorial';
import type { Paragraph, Point, Section } from './model';
import { MAX_POINT_DEPTH } from './parse/depthCap';

/** Markdown whose plain text is not its own text with the stars taken out. */
const NOT_STARS_ONLY = /[\\`_[\]<>|&~]/;

const STARS = /\*+/g;

/** The plain text of markdown that holds no markup but `*`, or undefined. Linear in the text. */
export function plainOfStarsOnly(markdown: string): string | undefined {
  if (NOT_STARS_ONLY.test(markdown)) return undefined;
  return markdown.includes('*') ? markdown.replace(STARS, '') : markdown;
}

/** A point's plain text as the parser writes it: the lead, a colon, the body's plain text (a FAQ:
 *  the question, a space, the answer's). */
function derivedPointPlain(p: Pick<Point, 'lead' | 'body' | 'role'>): string | undefined {
  const body = plainOfStarsOnly(p.body);
  if (body === undefined) return undefined;
  if (!p.lead) return body;
  // What the parser's `${lead}: ${body}`.trim() gives for a lead without edge spaces, without
  // copying: a reader that never looks at this point's plain text never flattens it.
  if (p.role === 'faq') return body ? p.lead + ' ' + body : p.lead;
  return body ? p.lead + ': ' + body : p.lead + ':';
}

/**
 * A derivable plain text is written as 0, not left out: the record then reads back with the
 * parser's own field order (JSON of a restored editorial is the parse's JSON) and every point
 * with the same fields.
 */
const DERIVED = 0;

type Packed<T> = Omit<T, 'plain'> & { plain: string | typeof DERIVED };

function packPoint(p: Point): Packed<Point> {
  const children = p.children.length ? (p.children.map(packPoint) as unknown as Point[]) : p.children;
  return { ...p, plain: derivedPointPlain(p) === p.plain ? DERIVED : p.plain, children };
}

function packParagraph(p: Paragraph): Packed<Paragraph> {
  return plainOfStarsOnly(p.markdown) === p.plain ? { ...p, plain: DERIVED } : p;
}

/** The editorial as a record keeps it: a copy without the plain texts that can be derived. */
export function packEditorial(e: ParsedEditorial): unknown {
  return {
    ...e,
    intro: e.intro.map(packParagraph),
    sections: e.sections.map(s => ({ ...s, points: s.points.map(packPoint), paragraphs: s.paragraphs.map(packParagraph) })),
  };
}

/**
 * Puts back, in place, the plain texts a record left out (written as 0). False when one cannot be
 * derived, or a point or paragraph is not one: the record is not whole.
 */
export function unpackEditorial(e: { intro: unknown[]; sections: unknown[] }): boolean {
  return e.intro.every(unpackParagraph) && e.sections.every(s => {
    const x = s as Partial<Record<keyof Section, unknown>>;
    return (x.points as unknown[]).every(p => unpackPoint(p)) && (x.paragraphs as unknown[]).every(unpackParagraph);
  });
}

/** A record's points nest no deeper than the parser's: it caps them at MAX_POINT_DEPTH and keeps
 *  what was below as one more level (a deeper record is not the parser's). */
function unpackPoint(value: unknown, depth = 0): boolean {
  const p = value as { lead?: unknown; body?: unknown; plain?: unknown; children?: unknown } | null;
  return !!p && typeof p === 'object' && typeof p.lead === 'string' && typeof p.body === 'string' && Array.isArray(p.children)
    && depth <= MAX_POINT_DEPTH + 1 && restorePlain(p, () => derivedPointPlain(p as Point)) && p.children.every(c => unpackPoint(c, depth + 1));
}

function unpackParagraph(value: unknown): boolean {
  const p = value as { markdown?: unknown; plain?: unknown } | null;
  return !!p && typeof p === 'object' && typeof p.markdown === 'string' && restorePlain(p, () => plainOfStarsOnly(p.markdown as string));
}

/** A plain text written as 0 derived again; false when it cannot be, or is neither 0 nor text. */
function restorePlain(p: { plain?: unknown }, derive: () => string | undefined): boolean {
  if (p.plain !== DERIVED) return typeof p.plain === 'string';
  const plain = derive();
  if (plain === undefined) return false;
  p.plain = plain;
  return true;
}
