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
import { type CardKind, type CardRef, type CardRefs, glossaryTermFinder, kindOfId } from './card';
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
  /** hashText of its text (LibraryEntry.hash): what refs kept from an earlier session are checked by. */
  readonly hash?: number;
}

interface Shared {
  readonly byMatcher: WeakMap<object, WeakMap<CardSource, PackedRefs>>;
  /** Refs an earlier session made, for an editorial of the same text and the same terms (useSavedCardRefs). */
  saved?: (entry: CardSource) => PackedRefs | undefined;
}
const SHARED = Symbol.for('upscEditorials.editorialCardRefs');
const shared = ((globalThis as Record<symbol, unknown>)[SHARED] ??= { byMatcher: new WeakMap() }) as Shared;

function cacheFor(glossary: CardGlossary): WeakMap<CardSource, PackedRefs> {
  const matcher = glossary.matcher();
  let cache = shared.byMatcher.get(matcher);
  if (!cache) shared.byMatcher.set(matcher, (cache = new WeakMap()));
  return cache;
}

/**
 * Where refs kept from an earlier session come from (features/revision/cardRefStore.ts): asked
 * before an editorial's cards are made; it answers only for the same text and terms.
 */
export function useSavedCardRefs(lookup: ((entry: CardSource) => PackedRefs | undefined) | undefined): void {
  shared.saved = lookup;
}

/** The refs of the editorial's cards, made on first use with the current terms. */
export function editorialCardRefs(entry: CardSource, glossary: CardGlossary): PackedRefs {
  const cache = cacheFor(glossary);
  let refs = cache.get(entry);
  if (!refs) cache.set(entry, (refs = shared.saved?.(entry) ?? PackedRefs.of(editorialCards(entry.uri, entry.editorial, glossaryTermFinder(glossary)))));
  return refs;
}

/** Whether the refs are made already (a caller making them in background jobs skips these). */
export function hasEditorialCardRefs(entry: CardSource, glossary: CardGlossary): boolean {
  return cacheFor(glossary).has(entry);
}

const KINDS: readonly CardKind[] = ['term', 'point', 'cloze', 'note', 'faq'];

/** What a session keeps of an editorial's packed refs (cardRefStore.ts): ids and source lines. */
export interface SavedRefLists {
  readonly ids: readonly string[];
  readonly lines: readonly number[];
}

/**
 * One source's card refs, packed: `at(k)` makes the ref of card k (a new object each time, equal
 * to `cardRef` of the card). Cards with a term id, without a source or from another file than the
 * first card's are kept as refs of their own (editorial cards are none of these).
 */
export class PackedRefs implements CardRefs {
  private constructor(
    private readonly ids: string[],
    private readonly kinds: Uint8Array,
    /** The card's source line (a card without a source is one of `others`). */
    private readonly lines: Int32Array,
    /** The source of every card not in `others`. */
    private readonly uri: string | undefined,
    /** Cards that do not fit the packing, by position. */
    private readonly others: ReadonlyMap<number, CardRef>,
  ) {}

  static of(cards: readonly CardRef[]): PackedRefs {
    const n = cards.length;
    const ids = new Array<string>(n);
    const kinds = new Uint8Array(n);
    const lines = new Int32Array(n);
    const uri = cards.find(c => c.source)?.source?.uri;
    const others = new Map<number, CardRef>();
    cards.forEach((c, k) => {
      ids[k] = c.id;
      kinds[k] = KINDS.indexOf(c.kind);
      const line = c.source?.line;
      lines[k] = line ?? 0;
      if (kinds[k] >= KINDS.length || c.termId !== undefined || !c.source || c.source.uri !== uri || line === undefined || line < 0 || (line | 0) !== line) {
        others.set(k, { id: c.id, kind: c.kind, source: c.source && { uri: c.source.uri, line: c.source.line }, ...(c.termId !== undefined ? { termId: c.termId } : {}) });
      }
    });
    return new PackedRefs(ids, kinds, lines, uri, others);
  }

  /**
   * The refs of `uri`'s cards from what `saved` returned, each card's kind read from its id; undefined
   * when the lists are not that (of other lengths, an id that is no card id, a line that is no line).
   */
  static fromSaved(uri: string, saved: SavedRefLists): PackedRefs | undefined {
    const { ids, lines } = saved;
    if (!Array.isArray(ids) || !Array.isArray(lines) || ids.length !== lines.length) return undefined;
    const n = ids.length;
    const kinds = new Uint8Array(n);
    const packedLines = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const id: unknown = ids[k];
      const line: unknown = lines[k];
      const kind = typeof id === 'string' ? kindOfId(id) : undefined;
      if (!kind || typeof line !== 'number' || !Number.isInteger(line) || line < 0 || line > 0x7fffffff) return undefined;
      kinds[k] = KINDS.indexOf(kind);
      packedLines[k] = line;
    }
    return new PackedRefs([...ids], kinds, packedLines, uri, new Map());
  }

  /** The lists to keep for a later session; undefined when a card does not fit them (see `others`). */
  toSaved(): SavedRefLists | undefined {
    return this.others.size ? undefined : { ids: this.ids, lines: Array.from(this.lines) };
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
