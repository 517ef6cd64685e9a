// One card per glossary term: the name on the front; the definition, facts and aliases on the back.
import type { GlossaryTerm } from '../../glossary/entries';
import { escapeMarkdown } from '../../shared/markdown/inline';
import { Card, CardList, cardId } from './card';

export function termCards(terms: readonly GlossaryTerm[]): Card[] {
  const list = new CardList();
  for (const t of terms) {
    const back = [t.definition];
    if (t.facts.length) back.push(t.facts.map(f => `- ${f}`).join('\n'));
    if (t.aliases.length) back.push(`*Also:* ${t.aliases.map(escapeMarkdown).join(', ')}`);
    list.add({
      id: cardId('term', [t.id]),
      kind: 'term',
      front: escapeMarkdown(t.name),
      back: back.join('\n\n'),
      source: { uri: t.origin.uri, line: t.origin.line },
      category: t.category,
    });
  }
  return list.cards;
}
