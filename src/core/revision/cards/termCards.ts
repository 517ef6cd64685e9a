// One card per glossary term: the name on the front; the definition, facts and aliases on the back.
// A library term (no definition) has on its back what the editorials say about it (`describe`).
import type { GlossaryTerm } from '../../glossary/entries';
import { escapeMarkdown } from '../../shared/markdown/inline';
import { Card, CardList, cardId } from './card';

export function termCards(terms: readonly GlossaryTerm[], describe?: (term: GlossaryTerm) => string): Card[] {
  const list = new CardList();
  for (const t of terms) {
    const said = t.definition ? '' : describe?.(t) ?? '';
    if (!t.definition && !said) continue; // nothing to recall yet
    const back = [t.definition || said];
    if (t.facts.length) back.push(t.facts.map(f => `- ${f}`).join('\n'));
    if (t.aliases.length) back.push(`*Also:* ${t.aliases.map(escapeMarkdown).join(', ')}`);
    list.add({
      id: cardId('term', [t.id]),
      kind: 'term',
      front: escapeMarkdown(t.name),
      back: back.join('\n\n'),
      source: { uri: t.origin.uri, line: t.origin.line },
      category: t.category,
      termId: t.id,
    });
  }
  return list.cards;
}
