// Each editorial's card refs (ids and places, no texts: see CardRef), made once per version of
// the file and per set of glossary terms, for every reader: the review's due count and the
// syllabus coverage both count every card of the library (350,000 for 3,000 editorials), and
// each kept a copy of its own (measured: ~45 MB each in the extension host).
//
// One cache for the whole extension host: the review and the syllabus are in separate lazily
// loaded chunks (features/chunks.ts), each with its own copy of this module, so the cache is kept
// on globalThis (as the background slicer is). It is keyed by the glossary's matcher, which is
// made anew whenever the terms change: refs made with older terms are never handed out, and go
// with the old matcher.
import { cardRef, type CardRef, glossaryTermFinder } from './card';
import { editorialCards } from './editorialCards';
import type { Editorial } from '../../editorial/model';

/** The glossary, as far as cards need it: the matcher (the cache's key) and the term finder's two calls. */
export interface CardGlossary {
  matcher(): object;
  scan(text: string): readonly { readonly key: string }[];
  get(id: string): { readonly name: string } | undefined;
}

/** An editorial version: a changed file is a new entry (EditorialLibrary), so it can be a cache key. */
export interface CardSource {
  readonly uri: string;
  readonly editorial: Editorial;
}

type Cache = WeakMap<object, WeakMap<CardSource, CardRef[]>>;
const SHARED = Symbol.for('upscEditorials.editorialCardRefs');
const byMatcher = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new WeakMap()) as Cache;

function cacheFor(glossary: CardGlossary): WeakMap<CardSource, CardRef[]> {
  const matcher = glossary.matcher();
  let cache = byMatcher.get(matcher);
  if (!cache) byMatcher.set(matcher, (cache = new WeakMap()));
  return cache;
}

/** The refs of the editorial's cards, made on first use with the current terms. */
export function editorialCardRefs(entry: CardSource, glossary: CardGlossary): CardRef[] {
  const cache = cacheFor(glossary);
  let refs = cache.get(entry);
  if (!refs) cache.set(entry, (refs = editorialCards(entry.uri, entry.editorial, glossaryTermFinder(glossary)).map(cardRef)));
  return refs;
}

/** Whether the refs are made already (a caller making them in background jobs skips these). */
export function hasEditorialCardRefs(entry: CardSource, glossary: CardGlossary): boolean {
  return cacheFor(glossary).has(entry);
}
