// Markdown for copying or inserting a piece of an editorial into the student's notes.
import { escapeMarkdown } from './inline';
import type { Editorial, Paragraph, Point, Pyq, Section } from './model';

/** "**Lead:**" for a point's lead; a lead that is a question ("…?", a FAQ) takes no colon. */
export function leadMarkdown(lead: string): string {
  return /[?？:：]$/.test(lead) ? `**${escapeMarkdown(lead)}**` : `**${escapeMarkdown(lead)}:**`;
}

export function pointToMarkdown(point: Point, depth = 0): string {
  const indent = '  '.repeat(depth);
  const text = point.lead ? `${leadMarkdown(point.lead)} ${point.body}`.trim() : point.body;
  return [`${indent}- ${text}`, ...point.children.map(c => pointToMarkdown(c, depth + 1))].join('\n');
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
  const parts = [`${'#'.repeat(headingLevel)} ${section.heading}`];
  if (section.paragraphs.length) parts.push(section.paragraphs.map(paragraphToMarkdown).join('\n\n'));
  if (section.points.length) parts.push(section.points.map(p => pointToMarkdown(p)).join('\n'));
  return parts.join('\n\n');
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
