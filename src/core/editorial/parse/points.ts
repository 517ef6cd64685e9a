// Repaired blocks → the model's paragraphs and points (bold lead split off, sub-points nested).
import type MarkdownIt from 'markdown-it';
import type { RawItem, RawTable } from './blocks';
import { escapeBlockStart, inlineToMarkdown, inlineToPlain, splitBoldLead } from '../../shared/markdown/inline';
import type { Paragraph, Point, Table } from '../model';
import type { RepairedParagraph } from './pageBreakRepair';

export function toParagraph(p: RepairedParagraph): Paragraph {
  return { markdown: p.code ?? escapeBlockStart(inlineToMarkdown(p.inline)), plain: inlineToPlain(p.inline), range: { start: p.start, end: p.end } };
}

/**
 * The points of a list, without the empty ones: a bullet with no text and nothing under it ("- "
 * left by a page break) is nothing a student can read, and the canonical markdown could not
 * write it so that it reads back.
 */
export function toPoints(items: readonly RawItem[]): Point[] {
  return items.map(toPoint).filter(p => !isEmpty(p));
}

function isEmpty(p: Point): boolean {
  return !p.lead && !p.plain.trim() && !p.children.length;
}

/** Iterative, not recursive: page-break repair can chain sub-points deeper than the stack. */
function toPoint(root: RawItem): Point {
  const done = new Map<RawItem, Point>();
  const stack: [RawItem, boolean][] = [[root, false]];
  while (stack.length) {
    const [item, childrenDone] = stack.pop()!;
    if (childrenDone) done.set(item, itemToPoint(item, item.children.map(c => done.get(c)!).filter(c => !isEmpty(c))));
    else {
      stack.push([item, true]);
      for (const c of item.children) stack.push([c, false]);
    }
  }
  return done.get(root)!;
}

function itemToPoint(item: RawItem, children: Point[]): Point {
  const split = splitBoldLead(item.inline);
  const bodyTokens = split ? split.rest : item.inline;
  const end = children.reduce((m, c) => Math.max(m, c.range.end), item.end);
  const lead = split?.lead ?? '';
  // Without a lead the body opens the list item: it must not read as a block of its own ("# …").
  const body = split ? inlineToMarkdown(bodyTokens) : escapeBlockStart(inlineToMarkdown(bodyTokens));
  const bodyPlain = inlineToPlain(bodyTokens);
  return {
    lead,
    body,
    plain: lead ? `${lead}: ${bodyPlain}`.trim() : bodyPlain,
    children,
    range: { start: item.start, end: Math.max(end, item.start + 1) },
    ...(item.role ? { role: item.role } : {}),
    ...(item.marker ? { marker: item.marker } : {}),
  };
}

/** A table as the model keeps it: the first row is the header, cells as markdown (line breaks as `<br>`). */
export function toTable(t: RawTable): Table {
  const cells = (row: readonly MarkdownIt.Token[][]) => row.map(c => inlineToMarkdown(c, '<br>'));
  const [header = [], ...rows] = t.rows;
  return { header: cells(header), rows: rows.map(cells), range: { start: t.start, end: t.end }, ...(t.box ? { box: true } : {}) };
}
