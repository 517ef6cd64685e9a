// A review session as a pure state machine: the queue of due cards, how many are done, and the
// review state each rating changes. The webview, the status bar and the saving are in
// src/features/revision/reviewPanel.ts.
//
// Every rating can be taken back, last first, exactly: the card's schedule, the day's new-card
// count, its place in the queue and the done count are as they were before it. A student who
// pressed the wrong key expects that.
import type { Card } from './cards/card';
import type { ReviewState } from './reviewState';
import { newEventId, REVIEW_LOG_VERSION, type ReviewEvent } from './reviewLog';
import { CardState, Grade, newCardState, review, type ScheduleOptions } from './scheduler';
import { localDateKey } from '../shared/dates';

/** What one rating changed, to take it back. */
interface Rating {
  readonly card: Card;
  readonly grade: Grade;
  /** The card's state before; undefined for a card never reviewed. */
  readonly previous: CardState | undefined;
  readonly newSeen: ReviewState['newSeen'];
  /** The id of the event the rating was logged as, for the "undo" event that takes it back. */
  readonly eventId: string;
}

export class ReviewQueue {
  private readonly queue: Card[];
  private doneCount = 0;
  private reviewState: ReviewState;
  private readonly ratings: Rating[] = [];
  private event: ReviewEvent | undefined;

  /** `due` in review order (scheduler's `dueCards`); `state` as loaded, never changed in place. */
  /** `schedule`: what every rating is scheduled with (the exam deadline's longest interval). */
  constructor(due: readonly Card[], state: ReviewState, private readonly newId: () => string = newEventId, private readonly schedule: ScheduleOptions = {}) {
    this.queue = [...due];
    this.reviewState = state;
  }

  /** The event the last rate() or undo() made, for the review log (reviewLog.ts). */
  get lastEvent(): ReviewEvent | undefined {
    return this.event;
  }

  /** The card to review now; undefined once the session is finished. */
  get current(): Card | undefined {
    return this.queue[0];
  }

  /** The cards still to review, the current one first. */
  get queued(): readonly Card[] {
    return this.queue;
  }

  /** Cards rated Hard, Good or Easy. A card rated Again comes back later and is not done yet. */
  get done(): number {
    return this.doneCount;
  }

  /** Cards in the session: done, and still to review. */
  get total(): number {
    return this.doneCount + this.queue.length;
  }

  /** The review state after the ratings so far. */
  get state(): ReviewState {
    return this.reviewState;
  }

  get canUndo(): boolean {
    return this.ratings.length > 0;
  }

  /**
   * Rates the current card at `now` (FSRS) and moves on: "Again" (1) puts the card back at the
   * end of the queue, any other grade counts it as done. A card without a state is new: it counts
   * towards the new cards seen on `now`'s local day. Returns the state to save; undefined when
   * there is no card to rate.
   */
  rate(grade: Grade, now: Date): ReviewState | undefined {
    const card = this.queue.shift();
    if (!card) return undefined;
    const state = this.reviewState;
    const previous = state.cards[card.id];
    let newSeen = state.newSeen;
    if (!previous) {
      const day = localDateKey(now);
      newSeen = newSeen.date === day ? { date: day, count: newSeen.count + 1 } : { date: day, count: 1 };
    }
    const eventId = this.newId();
    const maxIvl = this.schedule.maximumInterval;
    this.event = maxIvl === undefined
      ? { v: REVIEW_LOG_VERSION, id: eventId, at: now.toISOString(), kind: 'review', card: card.id, grade }
      : { v: REVIEW_LOG_VERSION, id: eventId, at: now.toISOString(), kind: 'review', card: card.id, grade, maxIvl };
    this.ratings.push({ card, grade, previous, newSeen: state.newSeen, eventId });
    if (grade === 1) this.queue.push(card); else this.doneCount++;
    this.reviewState = { ...state, cards: { ...state.cards, [card.id]: review(previous ?? newCardState(now), grade, now, this.schedule) }, newSeen };
    return this.reviewState;
  }

  /**
   * Takes back the last rating not taken back yet: the card is current again, with the state and
   * the new-card count it had before. Returns the state to save; undefined when there is nothing
   * to take back.
   */
  undo(now = new Date()): ReviewState | undefined {
    const last = this.ratings.pop();
    if (!last) return undefined;
    this.event = { v: REVIEW_LOG_VERSION, id: this.newId(), at: now.toISOString(), kind: 'undo', target: last.eventId };
    // Later ratings are taken back first, so a card rated Again is still the last in the queue.
    if (last.grade === 1) this.queue.pop(); else this.doneCount--;
    this.queue.unshift(last.card);
    const cards = { ...this.reviewState.cards };
    if (last.previous) cards[last.card.id] = last.previous;
    else delete cards[last.card.id];
    this.reviewState = { ...this.reviewState, cards, newSeen: last.newSeen };
    return this.reviewState;
  }

  /**
   * Goes on from a state read again from the store (its file may have moved with a setting):
   * later ratings, and taking back earlier ones, change that state.
   */
  continueFrom(state: ReviewState): void {
    this.reviewState = state;
  }
}
