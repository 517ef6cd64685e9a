// The review session's queue, ratings and undo, without VS Code. Times are made with the
// local-time Date constructor, so the local-day tests hold in any time zone.
import * as assert from 'node:assert/strict';
import type { Card } from '../../src/core/revision/cards/card';
import { emptyState, ReviewState } from '../../src/core/revision/reviewState';
import { ReviewQueue } from '../../src/core/revision/reviewSession';
import { Grade, newCardState, review } from '../../src/core/revision/scheduler';

const NOW = new Date(2024, 2, 1, 9, 0);
const MINUTE = 60_000;
const later = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const card = (id: string): Card => ({ id, kind: 'term', front: id, back: id });
const cards = (...ids: string[]) => ids.map(card);
const reviewed = review(newCardState(NOW), 4, NOW);

function stateWith(extra: Partial<ReviewState> = {}): ReviewState {
  return { ...emptyState(), cards: { old: reviewed }, newSeen: { date: '2024-03-01', count: 3 }, ...extra };
}

const remaining = (q: ReviewQueue) => q.queued.map(c => c.id);

describe('review session: queue and rating', () => {
  it('starts at the first due card with nothing done and nothing to take back', () => {
    const state = stateWith();
    const q = new ReviewQueue(cards('a', 'b', 'c'), state);
    assert.equal(q.current?.id, 'a');
    assert.equal(q.done, 0);
    assert.equal(q.total, 3);
    assert.equal(q.canUndo, false);
    assert.equal(q.state, state);
  });

  it('rates a new card with FSRS, counts it among today\'s new cards and moves on', () => {
    const state = stateWith();
    const before = structuredClone(state);
    const q = new ReviewQueue(cards('a', 'b'), state);
    const saved = q.rate(3, NOW);
    assert.ok(saved);
    assert.deepEqual(saved.cards.a, review(newCardState(NOW), 3, NOW));
    assert.deepEqual(saved.cards.old, reviewed);
    assert.deepEqual(saved.newSeen, { date: '2024-03-01', count: 4 });
    assert.equal(q.state, saved);
    assert.equal(q.current?.id, 'b');
    assert.equal(q.done, 1);
    assert.equal(q.total, 2);
    assert.equal(q.canUndo, true);
    assert.deepEqual(state, before, 'the state it was given is not changed in place');
  });

  it('rates a card reviewed before from its state, without counting it as new', () => {
    const q = new ReviewQueue(cards('old'), stateWith());
    const when = later(60 * 24 * 8);
    const saved = q.rate(2, when)!;
    assert.deepEqual(saved.cards.old, review(reviewed, 2, when));
    assert.deepEqual(saved.newSeen, { date: '2024-03-01', count: 3 });
  });

  it('puts a card rated Again back at the end of the queue, not done yet', () => {
    const q = new ReviewQueue(cards('a', 'b', 'c'), stateWith());
    q.rate(1, NOW);
    assert.equal(q.current?.id, 'b');
    assert.equal(q.done, 0);
    assert.equal(q.total, 3);
    assert.deepEqual(remaining(q), ['b', 'c', 'a']);
    q.rate(3, NOW);
    q.rate(3, NOW);
    assert.equal(q.current?.id, 'a', 'back after the others');
    // Its second rating is from the state the first gave it; it is not new any more.
    const saved = q.rate(3, later(1))!;
    assert.deepEqual(saved.cards.a, review(review(newCardState(NOW), 1, NOW), 3, later(1)));
    assert.deepEqual(saved.newSeen, { date: '2024-03-01', count: 6 });
    assert.equal(q.current, undefined);
    assert.equal(q.done, 3);
    assert.equal(q.total, 3);
  });

  it('rates nothing once the session is finished', () => {
    const q = new ReviewQueue([], stateWith());
    assert.equal(q.current, undefined);
    assert.equal(q.rate(3, NOW), undefined);
    assert.equal(q.total, 0);
    assert.equal(q.canUndo, false);
  });

  it('counts new cards per local day: the count starts again after local midnight', () => {
    const q = new ReviewQueue(cards('a', 'b', 'c'), stateWith());
    assert.deepEqual(q.rate(3, new Date(2024, 2, 1, 23, 59, 59))!.newSeen, { date: '2024-03-01', count: 4 });
    assert.deepEqual(q.rate(3, new Date(2024, 2, 2, 0, 0, 1))!.newSeen, { date: '2024-03-02', count: 1 });
    assert.deepEqual(q.rate(3, new Date(2024, 2, 2, 0, 5))!.newSeen, { date: '2024-03-02', count: 2 });
  });

  it('goes on from a state read again from the store', () => {
    const q = new ReviewQueue(cards('a', 'b'), stateWith());
    q.rate(3, NOW);
    const reread = stateWith({ cards: { other: reviewed }, newSeen: { date: '2024-03-01', count: 7 } });
    q.continueFrom(reread);
    const saved = q.rate(3, NOW)!;
    assert.deepEqual(Object.keys(saved.cards).sort(), ['b', 'other']);
    assert.deepEqual(saved.newSeen, { date: '2024-03-01', count: 8 });
  });
});

describe('review session: undo', () => {
  it('has nothing to take back before the first rating', () => {
    const state = stateWith();
    const q = new ReviewQueue(cards('a', 'b'), state);
    assert.equal(q.undo(), undefined);
    assert.equal(q.state, state);
    assert.equal(q.current?.id, 'a');
    assert.equal(q.done, 0);
    assert.deepEqual(remaining(q), ['a', 'b']);
  });

  it('takes back a Good rating: the card is current again, never reviewed, not counted as new', () => {
    const state = stateWith();
    const q = new ReviewQueue(cards('a', 'b', 'c'), state);
    q.rate(3, NOW);
    const saved = q.undo();
    assert.deepEqual(saved, state);
    assert.ok(!('a' in saved!.cards));
    assert.equal(q.current?.id, 'a');
    assert.equal(q.done, 0);
    assert.equal(q.total, 3);
    assert.equal(q.canUndo, false);
    assert.equal(q.undo(), undefined, 'one rating, one undo');
    assert.deepEqual(remaining(q), ['a', 'b', 'c']);
  });

  it('takes back an Again rating: the card leaves the end of the queue and is current again', () => {
    const state = stateWith();
    const q = new ReviewQueue(cards('a', 'b', 'c'), state);
    q.rate(3, NOW);
    q.rate(1, NOW);
    assert.deepEqual(remaining(q), ['c', 'b']);
    const saved = q.undo()!;
    assert.equal(q.current?.id, 'b');
    assert.equal(q.done, 1);
    assert.equal(q.total, 3);
    assert.deepEqual(remaining(q), ['b', 'c']);
    assert.ok(!('b' in saved.cards));
    assert.deepEqual(saved.cards.a, review(newCardState(NOW), 3, NOW));
    assert.deepEqual(saved.newSeen, { date: '2024-03-01', count: 4 });
  });

  it('restores the exact state of a card reviewed before', () => {
    const state = stateWith();
    const q = new ReviewQueue(cards('old'), state);
    q.rate(1, later(60 * 24 * 8));
    assert.deepEqual(q.undo(), state);
    assert.deepEqual(q.state.cards.old, reviewed);
  });

  it('takes back every rating, last first, to where the session started', () => {
    const state = stateWith();
    const before = structuredClone(state);
    const q = new ReviewQueue(cards('a', 'old', 'b', 'c'), state);
    const grades: Grade[] = [1, 3, 1, 4, 2, 1];
    grades.forEach((g, i) => q.rate(g, later(i)));
    assert.deepEqual(remaining(q), ['b']);
    assert.equal(q.done, 3);
    for (let i = 0; i < grades.length; i++) assert.ok(q.undo());
    assert.equal(q.undo(), undefined);
    assert.deepEqual(q.state, before);
    assert.equal(q.done, 0);
    assert.deepEqual(remaining(q), ['a', 'old', 'b', 'c']);
  });

  it('takes back the last rating of a finished session', () => {
    const q = new ReviewQueue(cards('a'), stateWith());
    q.rate(4, NOW);
    assert.deepEqual(remaining(q), []);
    q.undo();
    assert.equal(q.current?.id, 'a');
    assert.equal(q.done, 0);
    assert.equal(q.total, 1);
  });

  it('gives back the count of the day a new card was first seen, across local midnight', () => {
    const state = stateWith();
    const q = new ReviewQueue(cards('a', 'b'), state);
    q.rate(3, new Date(2024, 2, 1, 23, 59, 59));
    q.rate(3, new Date(2024, 2, 2, 0, 0, 1));
    assert.deepEqual(q.state.newSeen, { date: '2024-03-02', count: 1 });
    assert.deepEqual(q.undo()!.newSeen, { date: '2024-03-01', count: 4 });
    assert.deepEqual(q.undo()!.newSeen, { date: '2024-03-01', count: 3 });
  });
});
