// Flashcards, always generated, never typed into a card editor: one card per glossary term
// (termCards.ts), a "what does the editorial say about…" card per bold-lead point and the
// editorial's FAQs (editorialCards.ts), cloze cards for the facts and figures in points
// (clozes.ts), and the cards the user writes in notes (noteCards.ts, Obsidian Spaced Repetition
// syntax). This file: what a card is and how it is identified.
//
// Card ids are what review progress is keyed by, so they must survive small edits: they are hashes
// of what identifies the card, never of its whole text or position (see `cardId`).

export type CardKind = 'term' | 'point' | 'cloze' | 'note' | 'faq';

/**
 * What scheduling and counting need of a card: which it is and where it comes from, not its text.
 * A library of 3,000 editorials has some 350,000 cards; their texts took ~200 MB when every card
 * was kept whole for the due count. A Card is a CardRef.
 */
export type CardRef = Pick<Card, 'id' | 'kind' | 'source' | 'termId'>;

/** The ref of a card, without its texts (a new object: the card's strings can be collected). */
export function cardRef(card: Card): CardRef {
  return card.termId === undefined ? { id: card.id, kind: card.kind, source: card.source } : { id: card.id, kind: card.kind, source: card.source, termId: card.termId };
}

/**
 * Card refs by position, without an object per card: a list of the ids, and each ref made on
 * request (`at`). Callers that look at every card's id (the due count looks at all 350,000) make
 * objects only for the few they keep. An array of refs is one too (see `refSequence`).
 */
export interface CardRefs<C extends CardRef = CardRef> {
  readonly length: number;
  id(k: number): string;
  at(k: number): C;
}

/** An array of refs as CardRefs. */
export function refSequence<C extends CardRef>(cards: readonly C[]): CardRefs<C> {
  return { length: cards.length, id: k => cards[k].id, at: k => cards[k] };
}

/** Every ref of a sequence, made. */
export function allRefs<C extends CardRef>(cards: CardRefs<C>): C[] {
  return Array.from({ length: cards.length }, (_, k) => cards.at(k));
}

export interface Card {
  /** Stable across small edits of the source (see `cardId`). */
  id: string;
  kind: CardKind;
  /** Markdown. */
  front: string;
  /** Markdown. */
  back: string;
  /** Where the card comes from (zero-based line). */
  source?: { uri: string; line: number };
  editorialTitle?: string;
  sectionKind?: string;
  /** Glossary category of a term card. */
  category?: string;
  /** The glossary term id of a term card (its term's mentions decide when it is introduced). */
  termId?: string;
}

/** Finds the glossary terms in plain text; returns them as written in the text or by name. */
export type TermFinder = (plain: string) => string[];

/**
 * The finder every maker of cards (and the answer coach) uses: each term found, by its name
 * (whatever alias matched), so that the review and the syllabus view give a card the same id.
 */
export function glossaryTermFinder(glossary: {
  scan(text: string): readonly { readonly key: string }[];
  get(id: string): { readonly name: string } | undefined;
}): TermFinder {
  return plain => glossary.scan(plain).map(m => glossary.get(m.key)?.name ?? m.key);
}

/**
 * A 64-bit string hash (two FNV-1a 32-bit passes with different offset bases, over UTF-16 code
 * units fed low byte first) in base 36. Not cryptographic; only stable and well spread.
 */
export function hashString(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2f6b3c1d;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ (c & 0xff), 0x01000193);
    a = Math.imul(a ^ (c >>> 8), 0x01000193);
    b = Math.imul(b ^ (c >>> 8), 0x01000193);
    b = Math.imul(b ^ (c & 0xff), 0x01000193);
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}

/**
 * Lower-case, letters (with their marks: Devanagari vowel signs are marks) and digits only, one
 * space between words: what survives small edits.
 */
export function normalizeKey(text: string): string {
  let key = normalizedKeys.get(text);
  if (key === undefined) {
    key = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
    // The same parts come again and again (an editorial's URI and section kinds in each of its
    // ~120 card ids, a point's lead in each of its clozes): remembered, a few thousand short ones
    // at most (a hostile file's long leads are not kept).
    if (text.length <= MEMO_MAX_LENGTH) {
      if (normalizedKeys.size >= 4096) normalizedKeys.clear();
      normalizedKeys.set(text, key);
    }
  }
  return key;
}
const normalizedKeys = new Map<string, string>();
const MEMO_MAX_LENGTH = 512;

const PREFIX: Record<CardKind, string> = { term: 't', point: 'p', cloze: 'c', note: 'n', faq: 'f' };
const KIND_OF_PREFIX = new Map(Object.entries(PREFIX).map(([kind, letter]) => [letter, kind as CardKind]));

/** The kind a card id names (its first letter, see `cardId`); undefined for no card id. */
export function kindOfId(id: string): CardKind | undefined {
  return id.charAt(1) === '-' ? KIND_OF_PREFIX.get(id.charAt(0)) : undefined;
}

/**
 * `<kind letter>-<hash>` of the parts that identify the card, each normalised:
 * - term: the term id;
 * - point: editorial URI + section kind + lead;
 * - cloze: editorial URI + section kind + lead of its top-level point + blanked answer;
 * - note: note URI + question;
 * - faq: editorial URI + question.
 * Body text, whitespace, punctuation, case and position do not enter, so fixing a typo in a
 * body or moving a point keeps the id (and the review history); renaming a lead starts afresh.
 */
export function cardId(kind: CardKind, parts: readonly string[]): string {
  // Joined, not concatenated: a concatenation is a tree of string pieces in V8 (three objects and
  // ~120 bytes per id here), a join one flat string of ~40 bytes. A library of 3,000 editorials
  // keeps some 350,000 ids (measured: 29 MB less heap).
  return [PREFIX[kind], '-', hashString(parts.map(normalizeKey).join('\u0000'))].join('');
}

/** Adds cards, giving a repeated id a `~2`, `~3` suffix (two points with the same lead). */
export class CardList {
  readonly cards: Card[] = [];
  private readonly seen = new Map<string, number>();

  /** Adds the card unless `dropDuplicate` and its id is taken; returns whether it was added. */
  add(card: Card, dropDuplicate = false): boolean {
    const n = this.seen.get(card.id) ?? 0;
    if (n && dropDuplicate) return false;
    this.seen.set(card.id, n + 1);
    this.cards.push(n ? { ...card, id: [card.id, '~', n + 1].join('') } : card);
    return true;
  }
}

/** A section heading as part of a front: without trailing spaces, question marks, colons, full stops. */
export function trimHeading(heading: string): string {
  return heading.replace(/[\s?:：.]+$/u, '');
}
