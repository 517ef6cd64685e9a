// A review of part of the material: one editorial, one note, the editorials of a tag or of a GS
// paper, the editorials and notes of a syllabus topic. A scope is the set of sources it covers; its cards are the cards made from those sources
// and the glossary cards of the terms they mention. Cramming reviews every card of a scope now,
// due or not, and leaves the schedule as it was (the feature does not save its ratings).
import type { CardRef } from './cards/card';
import type { ParsedEditorial } from '../editorial/parse/parseEditorial';
import { inferSubject } from '../syllabus/subject';

export type ReviewScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'editorial'; readonly uri: string }
  | { readonly kind: 'note'; readonly uri: string }
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'paper'; readonly paper: string }
  /** Sources chosen elsewhere (the editorials and notes of a syllabus topic). */
  | { readonly kind: 'sources'; readonly uris: readonly string[] };

/** An editorial as a scope sees it. */
export interface ScopeEditorial {
  readonly uri: string;
  readonly editorial: ParsedEditorial;
}

/** The GS paper an editorial belongs to ("GS2"), or undefined when none can be told. */
export function paperOf(editorial: ParsedEditorial): string | undefined {
  const { paper } = inferSubject(editorial);
  return paper === 'Other' ? undefined : paper;
}

/** The source URIs a scope covers; undefined for every source. */
export function scopeSources(scope: ReviewScope, editorials: readonly ScopeEditorial[]): ReadonlySet<string> | undefined {
  switch (scope.kind) {
    case 'all': return undefined;
    case 'editorial': case 'note': return new Set([scope.uri]);
    case 'tag': {
      const tag = scope.tag.toLocaleLowerCase();
      return new Set(editorials.filter(e => e.editorial.tags.some(t => t.toLocaleLowerCase() === tag)).map(e => e.uri));
    }
    case 'paper': return new Set(editorials.filter(e => paperOf(e.editorial) === scope.paper).map(e => e.uri));
    case 'sources': return new Set(scope.uris);
  }
}

/** The cards of the sources: made from them, or glossary cards of a term they mention. */
export function cardsOfSources<C extends CardRef>(cards: readonly C[], sources: ReadonlySet<string> | undefined, termSources: (card: CardRef) => readonly string[]): C[] {
  if (!sources) return [...cards];
  return cards.filter(card => card.kind === 'term'
    ? termSources(card).some(uri => sources.has(uri))
    : !!card.source && sources.has(card.source.uri));
}

/** Every tag of the editorials, with how many editorials have it, most used first. */
export function tagsOf(editorials: readonly ScopeEditorial[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const e of editorials) {
    for (const tag of new Set(e.editorial.tags.map(t => t.trim()).filter(Boolean))) {
      const key = tag.toLocaleLowerCase();
      const c = counts.get(key) ?? { tag, count: 0 };
      c.count++;
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
