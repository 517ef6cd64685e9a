// Markdown for copying or inserting a piece of an editorial into the student's notes.
import { escapeMarkdown } from '../shared/markdown/inline';
import type { Editorial, Paragraph, Point, Pyq, Section, Table } from './model';

/** "**Lead:**" for a point's lead; a lead that is a question ("…?", a FAQ) takes no colon. */
export function leadMarkdown(lead: string): string {
  return /[?？:：]$/.test(lead) ? `**${escapeMarkdown(lead)}**` : `**${escapeMarkdown(lead)}:**`;
}

/** A point as a list item with its sub-points; numbered items ("1.") keep their numbers. */
export function pointToMarkdown(point: Point, indent = ''): string {
  const text = point.lead ? `${leadMarkdown(point.lead)} ${point.body}`.trim() : point.body;
  return listItem(point, indent, text, pointToMarkdown);
}

/** "- text" or "2. text", and the children indented under the item's text (3 spaces under "1."). */
export function listItem(point: Point, indent: string, text: string, child: (p: Point, indent: string) => string): string {
  const bullet = point.marker ?? '-';
  const inner = indent + ' '.repeat(bullet.length + 1);
  let out = `${indent}${bullet} ${text}`;
  let previous: Point | undefined;
  for (const c of point.children) {
    out += (needsBlankLine(c, previous) ? '\n\n' : '\n') + child(c, inner);
    previous = c;
  }
  return out;
}

/**
 * Whether a list item must be set off by a blank line to start a list where it stands. Markdown
 * lets an ordered list interrupt text only when it starts at 1, and a new kind of list ("-" after
 * "1.", "3)" after "2.") right after an item would be read as that item's text: page-break repair
 * leaves such items ("3." and "4." under a bullet) where they were.
 */
function needsBlankLine(item: Point, previous: Point | undefined): boolean {
  if (!previous) return !!item.marker && !/^1[.)]$/.test(item.marker);
  const kind = (p: Point) => p.marker?.slice(-1) ?? '-';
  return kind(item) !== kind(previous);
}

/** A table as GFM markdown: its header, the delimiter row, its rows (cells padded to one width). */
export function tableToMarkdown(table: Table): string {
  const width = Math.max(1, table.header.length, ...table.rows.map(r => r.length));
  const row = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] || ' ').join(' | ')} |`;
  return [row(table.header), `|${' --- |'.repeat(width)}`, ...table.rows.map(row)].join('\n');
}

/**
 * A section's paragraphs, points and tables in the order the editorial has them (a PYQ's question,
 * then its numbered statements, then the line asking about them), points of one list on consecutive
 * lines. A box's text is the section's paragraphs already: the box itself is left out.
 */
export function sectionBodyMarkdown(section: Section, point: (p: Point) => string = p => pointToMarkdown(p)): string {
  const blocks = [
    ...section.paragraphs.map(p => ({ line: p.range.start, markdown: paragraphToMarkdown(p), point: undefined as Point | undefined })),
    ...section.points.map(p => ({ line: p.range.start, markdown: point(p), point: p })),
    ...section.tables.filter(t => !t.box).map(t => ({ line: t.range.start, markdown: tableToMarkdown(t), point: undefined as Point | undefined })),
  ].sort((a, b) => a.line - b.line);
  let out = '';
  let lastPoint: Point | undefined;
  for (const b of blocks) {
    if (!b.markdown) continue;
    if (out) out += b.point && lastPoint && !needsBlankLine(b.point, lastPoint) ? '\n' : '\n\n';
    out += b.markdown;
    lastPoint = b.point;
  }
  return out;
}

/**
 * A previous-year question: its stem, then its options one per line with the answer (when the
 * editorial gives it) in bold and ticked.
 */
export function pyqToMarkdown(pyq: Pyq): string {
  if (!pyq.options?.length) return escapeMarkdown(pyq.text);
  const stemEnd = pyq.text.indexOf(pyq.options[0]);
  const stem = stemEnd > 0 ? pyq.text.slice(0, stemEnd).trim() : pyq.text;
  const options = pyq.options.map(o => {
    const letter = /^\(?([a-d])\)/i.exec(o)?.[1]?.toLowerCase();
    return letter && letter === pyq.answer ? `- **${escapeMarkdown(o)}** ✓` : `- ${escapeMarkdown(o)}`;
  });
  return [escapeMarkdown(stem), '', ...options].join('\n');
}

export function paragraphToMarkdown(paragraph: Paragraph): string {
  return paragraph.markdown;
}

export function sectionToMarkdown(section: Section, headingLevel = 3): string {
  const body = sectionBodyMarkdown(section);
  return body ? `${'#'.repeat(headingLevel)} ${section.heading}\n\n${body}` : `${'#'.repeat(headingLevel)} ${section.heading}`;
}

export function editorialToMarkdown(editorial: Editorial): string {
  const parts = [`## ${editorial.title}`];
  const source = editorial.source;
  if (source) {
    const bits = [source.articleTitle && `“${source.articleTitle}”`, source.newspaper, source.date].filter(Boolean);
    if (bits.length) parts.push(`*Source: ${bits.join(', ')}*`);
  }
  if (editorial.prelimsTerms.length) parts.push(`**For Prelims:** ${editorial.prelimsTerms.map(t => t.text).join(', ')}`);
  if (editorial.mainsTopics.length) parts.push(`**For Mains:** ${editorial.mainsTopics.join(', ')}`);
  parts.push(...editorial.sections.map(s => sectionToMarkdown(s)));
  return parts.join('\n\n');
}
