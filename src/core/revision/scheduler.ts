// Spaced repetition with FSRS (ts-fsrs, default parameters, no fuzz): what the next review of a
// card is after a grade, which cards are due, and how many per editorial / term category.
// Card states are plain JSON (ISO dates) so they can be persisted as they are (reviewState.ts).
import { createEmptyCard, fsrs, generatorParameters, State } from 'ts-fsrs';
import type { Card as FsrsCard } from 'ts-fsrs';
import type { Card } from './cards/card';

// ts-fsrs 5 adds helper methods to Date.prototype when it loads. The extension host is shared
// with every other extension, so take them off again; ts-fsrs does not call them itself.
for (const name of ['scheduler', 'diff', 'format', 'dueFormat']) {
  if (Object.prototype.hasOwnProperty.call(Date.prototype, name)) delete (Date.prototype as unknown as Record<string, unknown>)[name];
}

/** 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs's Rating values). */
export type Grade = 1 | 2 | 3 | 4;

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** ts-fsrs's Card with dates as ISO strings and camelCase names. */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview?: string;
  /** Index of the current (re)learning step. */
  learningSteps?: number;
}

/** Default FSRS parameters (learning steps 1m/10m, relearning 10m, retention 0.9); fuzz off so a
 *  grade always gives the same interval. */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** The same with ts-fsrs's `maximum_interval` capped (the exam deadline), one per cap. */
const capped = new Map<number, ReturnType<typeof fsrs>>();
function schedulerFor(maximumInterval: number | undefined): ReturnType<typeof fsrs> {
  if (maximumInterval === undefined) return scheduler;
  let s = capped.get(maximumInterval);
  if (!s) {
    s = fsrs(generatorParameters({ enable_fuzz: false, maximum_interval: maximumInterval }));
    if (capped.size > 400) capped.clear(); // a cap a day for a year and more: never a leak
    capped.set(maximumInterval, s);
  }
  return s;
}

/** What a rating is scheduled with besides the grade. */
export interface ScheduleOptions {
  /** The longest interval in days (an exam date: every card is seen again before it). */
  readonly maximumInterval?: number;
}

function toDate(iso: string | undefined, fallback: Date): Date {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isFinite(t) ? new Date(t) : fallback;
}

function toFsrs(s: CardState, now: Date): FsrsCard {
  return {
    due: toDate(s.due, now),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps ?? 0,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    last_review: s.lastReview === undefined ? undefined : toDate(s.lastReview, now),
  };
}

function fromFsrs(c: FsrsCard): CardState {
  const s: CardState = {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    learningSteps: c.learning_steps,
  };
  if (c.last_review) s.lastReview = c.last_review.toISOString();
  return s;
}

export function newCardState(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

/** The state after grading the card at `now`. */
export function review(state: CardState, grade: Grade, now: Date, options: ScheduleOptions = {}): CardState {
  return fromFsrs(schedulerFor(options.maximumInterval).next(toFsrs(state, now), now, grade).card);
}

/** What each grade would lead to, for the buttons ("Good · 10m"). */
export function preview(state: CardState | undefined, now: Date, options: ScheduleOptions = {}): Record<Grade, CardState> {
  const s = state ?? newCardState(now);
  return { 1: review(s, 1, now, options), 2: review(s, 2, now, options), 3: review(s, 3, now, options), 4: review(s, 4, now, options) };
}

/** A never-reviewed card: no state, or a state still New with no reviews. */
export function isNew(state: CardState | undefined): boolean {
  return !state || (state.state === State.New && state.reps === 0);
}

/** New cards (no state) are due; so is a state whose due date is unreadable. */
export function isDue(state: CardState | undefined, now: Date): boolean {
  if (!state) return true;
  const due = Date.parse(state.due);
  return !Number.isFinite(due) || due <= now.getTime();
}

function stateOf(states: Readonly<Record<string, CardState>>, id: string): CardState | undefined {
  return Object.prototype.hasOwnProperty.call(states, id) ? states[id] : undefined;
}

/**
 * The cards to review now: cards already reviewed whose due time has come, oldest due first
 * (generation order breaks ties), then new cards in generation order, at most
 * `newPerDay - newSeenToday` of them.
 */
export function dueCards(
  cards: readonly Card[], states: Readonly<Record<string, CardState>>, now: Date, newPerDay: number, newSeenToday: number,
): Card[] {
  const reviews: { card: Card; due: number; order: number }[] = [];
  const fresh: Card[] = [];
  let newLeft = Math.max(0, newPerDay - newSeenToday);
  cards.forEach((card, order) => {
    const s = stateOf(states, card.id);
    if (isNew(s)) {
      if (newLeft > 0) {
        fresh.push(card);
        newLeft--;
      }
    } else if (isDue(s, now)) {
      const due = Date.parse(s!.due);
      reviews.push({ card, due: Number.isFinite(due) ? due : -Infinity, order });
    }
  });
  reviews.sort((a, b) => a.due - b.due || a.order - b.order);
  return [...reviews.map(r => r.card), ...fresh];
}

export interface DueCounts {
  /** Keyed by editorial URI (point and cloze cards). */
  byEditorial: Record<string, number>;
  /** Keyed by glossary category (term cards; 'other' when a term has none). */
  byCategory: Record<string, number>;
  /** Every due card, note cards included; new cards within the day's limit. */
  total: number;
}

/** Counts of `dueCards` (same arguments; without a limit every new card counts). */
export function dueCounts(
  cards: readonly Card[], states: Readonly<Record<string, CardState>>, now: Date, newPerDay = Infinity, newSeenToday = 0,
): DueCounts {
  const byEditorial: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const due = dueCards(cards, states, now, newPerDay, newSeenToday);
  for (const card of due) {
    if (card.kind === 'term') {
      const key = card.category ?? 'other';
      byCategory[key] = (byCategory[key] ?? 0) + 1;
    } else if ((card.kind === 'point' || card.kind === 'cloze' || card.kind === 'faq') && card.source) {
      byEditorial[card.source.uri] = (byEditorial[card.source.uri] ?? 0) + 1;
    }
  }
  return { byEditorial, byCategory, total: due.length };
}
