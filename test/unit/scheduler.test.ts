import * as assert from 'node:assert/strict';
import { createEmptyCard, default_w, fsrs, Rating, State } from 'ts-fsrs';
import type { Card as FsrsCard } from 'ts-fsrs';
import type { Card } from '../../src/core/revision/cards/card';
import { CardState, dueCards, dueCounts, Grade, GRADES, isDue, isNew, newCardState, preview, review } from '../../src/core/revision/scheduler';

const NOW = new Date('2024-03-01T09:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);

/** ts-fsrs used directly, as its README shows, with fuzz off. */
const reference = fsrs({ enable_fuzz: false });

function sameAsFsrs(ours: CardState, theirs: FsrsCard): void {
  assert.equal(ours.due, theirs.due.toISOString());
  assert.equal(ours.stability, theirs.stability);
  assert.equal(ours.difficulty, theirs.difficulty);
  assert.equal(ours.scheduledDays, theirs.scheduled_days);
  assert.equal(ours.elapsedDays, theirs.elapsed_days);
  assert.equal(ours.reps, theirs.reps);
  assert.equal(ours.lapses, theirs.lapses);
  assert.equal(ours.state, theirs.state);
  assert.equal(ours.learningSteps, theirs.learning_steps);
  assert.equal(ours.lastReview, theirs.last_review?.toISOString());
}

describe('scheduler: FSRS through ts-fsrs', () => {
  it('starts a card as ts-fsrs\'s empty card: new, due now', () => {
    const s = newCardState(NOW);
    sameAsFsrs(s, createEmptyCard(NOW));
    assert.equal(s.state, State.New);
    assert.equal(s.due, NOW.toISOString());
    assert.ok(!('lastReview' in s));
  });

  for (const grade of GRADES) {
    it(`rates a new card ${Rating[grade]} exactly as ts-fsrs does`, () => {
      sameAsFsrs(review(newCardState(NOW), grade, NOW), reference.next(createEmptyCard(NOW), NOW, grade).card);
    });
  }

  it('gives the documented default intervals for a new card (learning steps 1m, 10m; Easy graduates)', () => {
    const [again, hard, good, easy] = GRADES.map(g => review(newCardState(NOW), g, NOW));
    assert.equal(again.due, at(1 * MINUTE).toISOString());
    assert.equal(hard.due, at(6 * MINUTE).toISOString()); // between the 1m and 10m steps
    assert.equal(good.due, at(10 * MINUTE).toISOString());
    assert.equal(easy.due, at(8 * DAY).toISOString());
    // Initial stability is w[grade - 1] of the default parameters.
    assert.deepEqual([again, hard, good, easy].map(s => s.stability), default_w.slice(0, 4));
    assert.deepEqual([again, hard, good].map(s => s.state), [State.Learning, State.Learning, State.Learning]);
    assert.equal(easy.state, State.Review);
    assert.equal(easy.scheduledDays, 8);
  });

  it('matches ts-fsrs over a sequence of reviews, through JSON, and is deterministic', () => {
    const grades: Grade[] = [3, 3, 3, 3, 1, 3, 2, 4, 3];
    const ours: CardState[] = [];
    let s = newCardState(NOW);
    let c = createEmptyCard(NOW);
    for (const g of grades) {
      const when = new Date(Date.parse(s.due)); // reviewed exactly when due
      s = JSON.parse(JSON.stringify(review(s, g, when))) as CardState; // as if saved and loaded
      c = reference.next(c, when, g).card;
      sameAsFsrs(s, c);
      ours.push(s);
    }
    // Run again: the same states.
    let again = newCardState(NOW);
    grades.forEach((g, i) => {
      again = review(again, g, new Date(Date.parse(again.due)));
      assert.deepEqual(again, ours[i]);
    });
    // The shape of the run: Good twice graduates, intervals grow, Again lapses into relearning.
    assert.equal(ours[1].state, State.Review);
    assert.ok(ours[3].scheduledDays > ours[2].scheduledDays && ours[2].scheduledDays > ours[1].scheduledDays);
    assert.equal(ours[4].state, State.Relearning);
    assert.equal(ours[4].lapses, 1);
    assert.equal(Date.parse(ours[4].due) - Date.parse(ours[3].due), 10 * MINUTE); // relearning step 10m
  });

  it('does not change the state it is given', () => {
    const s = review(newCardState(NOW), 3, NOW);
    const copy = structuredClone(s);
    review(s, 1, at(10 * MINUTE));
    assert.deepEqual(s, copy);
  });

  it('previews all four grades as review() would give them', () => {
    const s = review(newCardState(NOW), 3, NOW);
    const p = preview(s, at(10 * MINUTE));
    for (const g of GRADES) assert.deepEqual(p[g], review(s, g, at(10 * MINUTE)));
    assert.deepEqual(preview(undefined, NOW)[4], review(newCardState(NOW), 4, NOW));
  });
});

describe('scheduler: what is due', () => {
  const card = (id: string, extra: Partial<Card> = {}): Card => ({ id, kind: 'term', front: id, back: id, ...extra });
  const dueAt = (ms: number): CardState => ({ ...review(newCardState(NOW), 4, NOW), due: at(ms).toISOString() });

  it('counts new cards (no state) as due, and reviewed ones from their due time', () => {
    assert.equal(isDue(undefined, NOW), true);
    assert.equal(isDue(dueAt(-1), NOW), true);
    assert.equal(isDue(dueAt(0), NOW), true);
    assert.equal(isDue(dueAt(1), NOW), false);
    assert.equal(isDue({ ...dueAt(DAY), due: 'not a date' }, NOW), true);
    assert.equal(isNew(undefined), true);
    assert.equal(isNew(newCardState(NOW)), true);
    assert.equal(isNew(dueAt(0)), false);
  });

  it('lists due reviews oldest first, then new cards in generation order up to the day\'s limit', () => {
    const cards = ['n1', 'r-late', 'n2', 'future', 'r-early', 'n3', 'r-tie', 'n4'].map(id => card(id));
    const states: Record<string, CardState> = {
      'r-late': dueAt(-1 * DAY),
      'r-early': dueAt(-3 * DAY),
      'r-tie': dueAt(-1 * DAY),
      future: dueAt(2 * DAY),
      n2: newCardState(NOW), // seen in the list but never reviewed: still new
    };
    const ids = (newPerDay: number, seen: number) => dueCards(cards, states, NOW, newPerDay, seen).map(c => c.id);
    assert.deepEqual(ids(20, 0), ['r-early', 'r-late', 'r-tie', 'n1', 'n2', 'n3', 'n4']);
    assert.deepEqual(ids(3, 0), ['r-early', 'r-late', 'r-tie', 'n1', 'n2', 'n3']);
    assert.deepEqual(ids(3, 2), ['r-early', 'r-late', 'r-tie', 'n1']);
    assert.deepEqual(ids(3, 5), ['r-early', 'r-late', 'r-tie']);
    assert.deepEqual(ids(0, 0), ['r-early', 'r-late', 'r-tie']);
    // A week later the card due in two days is due too, after the ones that were due before it.
    assert.deepEqual(dueCards(cards, states, at(7 * DAY), 0, 0).map(c => c.id), ['r-early', 'r-late', 'r-tie', 'future']);
  });

  it('reads states only by own keys (a card id like "constructor" is new)', () => {
    assert.deepEqual(dueCards([card('constructor'), card('toString')], {}, NOW, 10, 0).map(c => c.id), ['constructor', 'toString']);
  });

  it('counts due cards by editorial and by term category, within the new-card limit', () => {
    const cards: Card[] = [
      card('t1', { kind: 'term', category: 'space' }),
      card('t2', { kind: 'term', category: 'space' }),
      card('t3', { kind: 'term' }),
      card('p1', { kind: 'point', source: { uri: 'file:///a.md', line: 1 }, editorialTitle: 'A' }),
      card('c1', { kind: 'cloze', source: { uri: 'file:///a.md', line: 2 }, editorialTitle: 'A' }),
      card('p2', { kind: 'point', source: { uri: 'file:///b.md', line: 1 }, editorialTitle: 'B' }),
      card('n1', { kind: 'note', source: { uri: 'file:///notes.md', line: 0 } }),
    ];
    const states = { t2: dueAt(DAY), p2: dueAt(-DAY) };
    assert.deepEqual(dueCounts(cards, states, NOW), {
      byEditorial: { 'file:///a.md': 2, 'file:///b.md': 1 },
      byCategory: { space: 1, other: 1 },
      total: 6,
    });
    // With two new cards left today: the review (p2), then t1 and t3.
    assert.deepEqual(dueCounts(cards, states, NOW, 5, 3), { byEditorial: { 'file:///b.md': 1 }, byCategory: { space: 1, other: 1 }, total: 3 });
  });
});

describe('scheduler module hygiene', () => {
  it('leaves Date.prototype as it found it after loading ts-fsrs', () => {
    for (const name of ['scheduler', 'diff', 'format', 'dueFormat']) {
      assert.equal(Object.prototype.hasOwnProperty.call(Date.prototype, name), false, name);
    }
  });
});
