// Cards from an editorial: its FAQs as they are, a "what does the editorial say about…" card per
// bold-lead point and per table row, and the cloze cards of each point (clozes.ts).
import { escapeMarkdown } from '../../shared/markdown/inline';
import type { Editorial, Point, Section, Table } from '../../editorial/model';
import { Card, CardList, cardId, TermFinder, trimHeading } from './card';
import { pointClozes } from './clozes';
import { traitsOf } from '../../editorial/sectionKinds';

function pointLine(p: Point): string {
  return p.lead ? `**${escapeMarkdown(p.lead)}:** ${p.body}`.trim() : p.body;
}

function subList(points: readonly Point[], depth = 0): string[] {
  return points.flatMap(p => [`${'  '.repeat(depth)}- ${pointLine(p)}`, ...subList(p.children, depth + 1)]);
}

/**
 * A table's rows as cards: the row's first cell is what is asked about, the other cells (each
 * with its column's name) the answer — "Ragi?" → "Main Season: Kharif · States: Karnataka…".
 */
function tableCards(uri: string, editorial: Editorial, section: Section, table: Table): Card[] {
  if (table.box || table.header.length < 2) return [];
  const cards: Card[] = [];
  table.rows.forEach((row, n) => {
    const [name, ...rest] = row;
    if (!name?.trim() || !rest.some(c => c.trim())) return;
    const column = (i: number) => table.header[i + 1]?.replace(/\*\*|__/g, '').trim();
    const back = rest.map((cell, i) => (column(i) ? `- **${column(i)}:** ${cell}` : `- ${cell}`)).join('\n');
    cards.push({
      id: cardId('point', [uri, section.kind, `table:${name}`]),
      kind: 'point',
      front: `${escapeMarkdown(editorial.title)} › ${escapeMarkdown(trimHeading(section.heading))}: ${name}?`,
      back: back.replace(/<br>/g, '; '),
      source: { uri, line: table.range.start + 2 + n },
      editorialTitle: editorial.title,
      sectionKind: section.kind,
    });
  });
  return cards;
}

export function editorialCards(uri: string, editorial: Editorial, findTerms: TermFinder = () => []): Card[] {
  const list = new CardList();
  // The editorial's own FAQs are ready-made question → answer cards.
  for (const faq of editorial.faqs ?? []) {
    if (!faq.answer) continue;
    list.add({
      id: cardId('faq', [uri, faq.question]),
      kind: 'faq',
      front: `${escapeMarkdown(editorial.title)} › ${escapeMarkdown(faq.question)}`,
      back: faq.answer,
      source: { uri, line: faq.range.start },
      editorialTitle: editorial.title,
      sectionKind: 'faq',
    });
  }
  for (const section of editorial.sections) {
    if (!traitsOf(section.kind).cards) continue;
    for (const point of section.points) {
      if (point.lead) {
        const back = [point.body, subList(point.children).join('\n')].filter(Boolean).join('\n\n');
        list.add({
          id: cardId('point', [uri, section.kind, point.lead]),
          kind: 'point',
          front: `${escapeMarkdown(editorial.title)} › ${escapeMarkdown(trimHeading(section.heading))}: ${escapeMarkdown(point.lead)}?`,
          back: back || '*(no text)*',
          source: { uri, line: point.range.start },
          editorialTitle: editorial.title,
          sectionKind: section.kind,
        });
      }
      for (const c of pointClozes(uri, editorial, section, point, findTerms)) list.add(c, true);
    }
    for (const table of section.tables) for (const c of tableCards(uri, editorial, section, table)) list.add(c);
  }
  return list.cards;
}
