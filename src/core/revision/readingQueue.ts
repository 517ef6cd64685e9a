// The order of a review session, following what the student reads:
// - cards already learned whose FSRS due time has come, oldest due first (they are never held
//   back by a limit);
// - new cards from what was read most recently first: the editorial added or opened today, then
//   yesterday's, then notes and older reading; within one source in the order the source gives
//   them. Glossary cards come in with the reading that mentions their term (a term card takes the
//   recency of the most recent source that mentions it) and only for terms the student's own
//   material mentions, unless every term is asked for;
// - at most the day's new-card allowance, and at most `newPerSource` from any one editorial, note
//   or the glossary (one long editorial does not use up the day), spread evenly among the due
//   cards rather than left for the end, so a long backlog does not push today's editorial to
//   tomorrow.
// Pure: the caller says when each source was read and which terms its material mentions.
import { type CardRef, type CardRefs, refSequence } from './cards/card';
import { CardState, isDue, isNew } from './scheduler';
import { standingReviews, type ReviewEvent } from './reviewLog';
import { localDateKey } from '../shared/dates';

export interface ReadingQueueOptions {
  readonly now: Date;
  /** New cards still allowed today (the daily limit less those already seen). */
  readonly newAllowed: number;
  /** When the student last read (added, opened) a source, in ms since 1970; undefined: not known. */
  readonly readAt: (sourceUri: string) => number | undefined;
  /** The sources (editorial or note URIs) that mention each term card's term, by card id; a term
   *  card with none is left out unless `allTerms`. */
  readonly termSources: (card: CardRef) => readonly string[];
  /** Every glossary card, mentioned or not ("asked for"). */
  readonly allTerms?: boolean;
  /** New cards one source may bring in a day (the glossary is one source); none: no such limit. */
  readonly newPerSource?: number;
  /** New cards each source already brought in today (sourceKey). */
  readonly seenToday?: (source: string) => number;
}

/**
 * New cards each source brought in on `now`'s day: cards whose first rating (not taken back) was
 * that day, counted by `keyOf` (sourceKey of the card; undefined for a card no longer made).
 */
export function newSeenBySource(events: readonly ReviewEvent[], keyOf: (cardId: string) => string | undefined, now: Date): Map<string, number> {
  const first = new Map<string, number>();
  for (const e of standingReviews(events)) {
    const t = Date.parse(e.at);
    if (!(t >= (first.get(e.card) ?? Infinity))) first.set(e.card, t);
  }
  const today = localDateKey(now);
  const counts = new Map<string, number>();
  for (const [card, t] of first) {
    if (localDateKey(new Date(t)) !== today) continue;
    const key = keyOf(card);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The source a new card counts against: its editorial or note; the glossary for a term card. */
export function sourceKey(card: CardRef): string {
  return card.kind === 'term' || !card.source ? 'glossary' : card.source.uri;
}

function stateOf(states: Readonly<Record<string, CardState>>, id: string): CardState | undefined {
  return Object.prototype.hasOwnProperty.call(states, id) ? states[id] : undefined;
}

/**
 * The cards of one editorial or note that `readingQueue` could take now: every card with a review
 * state (its state decides) and the first `newLimit` new ones. The queue takes one source's new
 * cards in the order given (they share its reading time) and at most the day's allowance and the
 * per-source limit of them, so a later new card of the source is never chosen: handing the queue
 * these instead of all the source's cards gives the same queue. (A library of 3,000 editorials has
 * ~350,000 cards; the queue over all of them blocked the extension host for up to a second.) Not
 * for term cards: their reading time is their sources', not one source's. `states` as a Map: a
 * property lookup by card id on the states record took ~250 ns each in the extension host
 * (profiled: 87 ms for 350,000 cards).
 */
export function sourceCandidates<C extends CardRef>(cards: readonly C[] | CardRefs<C>, states: ReadonlyMap<string, CardState>, newLimit: number): C[] {
  const list = isArray(cards) ? refSequence(cards) : cards;
  const out: C[] = [];
  let fresh = 0;
  for (let k = 0; k < list.length; k++) {
    if (!isNew(states.get(list.id(k)))) out.push(list.at(k));
    else if (fresh < newLimit) { fresh++; out.push(list.at(k)); }
  }
  return out;
}

const isArray = <C>(cards: readonly C[] | CardRefs<C & CardRef>): cards is readonly C[] => Array.isArray(cards);

/** One editorial's (or note's) cards for `withinReach`: its sourceKey, when it was read, its cards. */
export interface SourceCards<C extends CardRef> {
  readonly key: string;
  readonly readAt: number | undefined;
  readonly cards: readonly C[];
}

/**
 * The cards of `sources` that `readingQueue` could take now, in the sources' order: every card
 * with a review state, and the new cards only of the sources read most recently. The queue takes
 * new cards by reading time, most recent first, until the day's allowance is used; a source brings
 * at most `newPerSource` less what it brought in today. So once the sources read at or after some
 * time can fill the allowance by themselves, no new card of a source read earlier is ever reached
 * (term and note cards only use up the allowance sooner); sources read at that same time stay in,
 * since ties are broken by order. With 3,000 editorials the queue then sorts a few dozen new
 * cards instead of 30,000 (profiled: that sort and its state lookups blocked the host ~40 ms).
 */
export function withinReach<C extends CardRef>(
  sources: readonly SourceCards<C>[],
  states: ReadonlyMap<string, CardState>,
  options: Pick<ReadingQueueOptions, 'newAllowed' | 'newPerSource' | 'seenToday'>,
): C[] {
  const perSource = options.newPerSource ?? Infinity;
  const time = (s: SourceCards<C>) => s.readAt ?? -Infinity;
  const byRecency = [...sources].sort((a, b) => time(b) - time(a));
  // New cards are reached from sources read at `from` or later (all of them while the allowance
  // is not filled; none when nothing is allowed; a NaN allowance never fills, as in the queue).
  let from = options.newAllowed <= 0 ? Infinity : -Infinity;
  let reached = 0;
  if (options.newAllowed > 0) {
    for (const s of byRecency) {
      let fresh = 0;
      for (const card of s.cards) if (isNew(states.get(card.id))) fresh++;
      reached += Math.max(0, Math.min(fresh, perSource - (options.seenToday?.(s.key) ?? 0)));
      if (reached >= options.newAllowed) {
        from = time(s);
        break;
      }
    }
  }
  const out: C[] = [];
  for (const s of sources) {
    if (time(s) >= from) out.push(...s.cards);
    else for (const card of s.cards) if (!isNew(states.get(card.id))) out.push(card);
  }
  return out;
}

/** The queue for now: due cards with the day's new cards spread among them (see above). */
export function readingQueue<C extends CardRef>(cards: readonly C[], states: Readonly<Record<string, CardState>>, options: ReadingQueueOptions): C[] {
  const { now, readAt, termSources } = options;
  const reviews: { card: C; due: number; order: number }[] = [];
  const fresh: { card: C; readAt: number; order: number }[] = [];
  cards.forEach((card, order) => {
    const state = stateOf(states, card.id);
    if (!isNew(state)) {
      if (!isDue(state, now)) return;
      const due = Date.parse(state!.due);
      reviews.push({ card, due: Number.isFinite(due) ? due : -Infinity, order });
      return;
    }
    let when: number | undefined;
    if (card.kind === 'term') {
      const sources = termSources(card);
      if (!sources.length && !options.allTerms) return;
      for (const uri of sources) {
        const t = readAt(uri);
        if (t !== undefined && (when === undefined || t > when)) when = t;
      }
    } else if (card.source) {
      when = readAt(card.source.uri);
    }
    fresh.push({ card, readAt: when ?? -Infinity, order });
  });
  reviews.sort((a, b) => a.due - b.due || a.order - b.order);
  // Most recent reading first; a term card after the source cards read at the same time (the
  // editorial's own points first, then its terms); otherwise in the order the cards were made.
  fresh.sort((a, b) => b.readAt - a.readAt || termLast(a.card) - termLast(b.card) || a.order - b.order);
  const chosen: C[] = [];
  const taken = new Map<string, number>();
  const perSource = options.newPerSource ?? Infinity;
  for (const f of fresh) {
    if (chosen.length >= options.newAllowed) break;
    const key = sourceKey(f.card);
    const n = taken.get(key) ?? options.seenToday?.(key) ?? 0;
    if (n >= perSource) continue;
    taken.set(key, n + 1);
    chosen.push(f.card);
  }
  return interleave(reviews.map(r => r.card), chosen);
}

const termLast = (card: CardRef) => (card.kind === 'term' ? 1 : 0);

/**
 * `fresh` spread evenly through `due`, the first fresh card first: with 10 due and 5 new cards,
 * N D D N D D N D D N D D N D D … Either list alone comes back as it is.
 */
export function interleave<T>(due: readonly T[], fresh: readonly T[]): T[] {
  if (!fresh.length) return [...due];
  if (!due.length) return [...fresh];
  const out: T[] = [];
  const every = due.length / fresh.length;
  let d = 0;
  for (let f = 0; f < fresh.length; f++) {
    out.push(fresh[f]);
    const until = Math.round((f + 1) * every);
    while (d < until && d < due.length) out.push(due[d++]);
  }
  while (d < due.length) out.push(due[d++]);
  return out;
}
