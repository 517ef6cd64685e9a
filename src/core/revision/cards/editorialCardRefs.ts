// Each editorial's card refs (ids and places, no texts: see CardRef), made once per version of
// the file and per set of glossary terms, for every reader: the review's due count and the
// syllabus coverage both count every card of the library (350,000 for 3,000 editorials), and
// each kept a copy of its own. Kept packed (PackedRefs): the ids in one list, kind and line in
// typed arrays, ~50 bytes per card instead of ~130 for two objects per card.
//
// One cache for the whole extension host: the review and the syllabus are in separate lazily
// loaded chunks (features/chunks.ts), each with its own copy of this module, so the cache is kept
// on globalThis (as the background slicer is). It is keyed by the glossary's matcher, which is
// made anew whenever the terms change: refs made with older terms are never handed out, and go
// with the old matcher.
import { type CardKind, type CardRef, type CardRefs, glossaryTermFinder } from './card';
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

type Cache = WeakMap<object, WeakMap<CardSource, PackedRefs>>;
const SHARED = Symbol.for('upscEditorials.editorialCardRefs');
const byMatcher = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new WeakMap()) as Cache;

function cacheFor(glossary: CardGlossary): WeakMap<CardSource, PackedRefs> {
  const matcher = glossary.matcher();
  let cache = byMatcher.get(matcher);
  if (!cache) byMatcher.set(matcher, (cache = new WeakMap()));
  return cache;
}

/** The refs of the editorial's cards, made on first use with the current terms. */
export function editorialCardRefs(entry: CardSource, glossary: CardGlossary): PackedRefs {
  const cache = cacheFor(glossary);
  let refs = cache.get(entry);
  if (!refs) cache.set(entry, (refs = new PackedRefs(editorialCards(entry.uri, entry.editorial, glossaryTermFinder(glossary)))));
  return refs;
}

/** Whether the refs are made already (a caller making them in background jobs skips these). */
export function hasEditorialCardRefs(entry: CardSource, glossary: CardGlossary): boolean {
  return cacheFor(glossary).has(entry);
}

const KINDS: readonly CardKind[] = ['term', 'point', 'cloze', 'note', 'faq'];

/**
 * One source's card refs, packed: `at(k)` makes the ref of card k (a new object each time, equal
 * to `cardRef` of the card). Cards with a term id, without a source or from another file than the
 * first card's are kept as refs of their own (editorial cards are none of these).
 */
export class PackedRefs implements CardRefs {
  private readonly ids: string[];
  private readonly kinds: Uint8Array;
  /** The card's source line (a card without a source is one of `others`). */
  private readonly lines: Int32Array;
  /** The source of every card not in `others`. */
  private readonly uri: string | undefined;
  /** Cards that do not fit the packing, by position. */
  private readonly others = new Map<number, CardRef>();

  constructor(cards: readonly CardRef[]) {
    const n = cards.length;
    this.ids = new Array<string>(n);
    this.kinds = new Uint8Array(n);
    this.lines = new Int32Array(n);
    this.uri = cards.find(c => c.source)?.source?.uri;
    cards.forEach((c, k) => {
      this.ids[k] = c.id;
      this.kinds[k] = KINDS.indexOf(c.kind);
      const line = c.source?.line;
      this.lines[k] = line ?? 0;
      if (this.kinds[k] >= KINDS.length || c.termId !== undefined || !c.source || c.source.uri !== this.uri || line === undefined || line < 0 || (line | 0) !== line) {
        this.others.set(k, { id: c.id, kind: c.kind, source: c.source && { uri: c.source.uri, line: c.source.line }, ...(c.termId !== undefined ? { termId: c.termId } : {}) });
      }
    });
  }

  get length(): number {
    return this.ids.length;
  }

  id(k: number): string {
    return this.ids[k];
  }

  at(k: number): CardRef {
    const other = this.others.get(k);
    if (other) return { ...other, ...(other.source ? { source: { ...other.source } } : {}) };
    return { id: this.ids[k], kind: KINDS[this.kinds[k]], source: { uri: this.uri!, line: this.lines[k] } };
  }
}
