// Markdown for copying or inserting a piece of an editorial into the student's notes.
import { escapeMarkdown } from './inline';
import type { Editorial, Paragraph, Point, Pyq, Section } from './model';

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
  return [`${indent}${bullet} ${text}`, ...point.children.map(c => child(c, inner))].join('\n');
}

/**
 * A section's paragraphs and points in the order the editorial has them (a PYQ's question, then
 * its numbered statements, then the line asking about them), points of one list on consecutive lines.
 */
export function sectionBodyMarkdown(section: Section, point: (p: Point) => string = p => pointToMarkdown(p)): string {
  const blocks = [
    ...section.paragraphs.map(p => ({ line: p.range.start, markdown: paragraphToMarkdown(p), isPoint: false })),
    ...section.points.map(p => ({ line: p.range.start, markdown: point(p), isPoint: true })),
  ].sort((a, b) => a.line - b.line);
  let out = '';
  let lastWasPoint = false;
  for (const b of blocks) {
    if (!b.markdown) continue;
    if (out) out += b.isPoint && lastWasPoint ? '\n' : '\n\n';
    out += b.markdown;
    lastWasPoint = b.isPoint;
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
