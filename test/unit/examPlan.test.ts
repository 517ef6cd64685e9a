import * as assert from 'node:assert/strict';
import type { Card, CardRef } from '../../src/core/revision/cards/card';
import { answersWrittenOn, dailyPlan, daysUntil, deadlineInterval, nextExam } from '../../src/core/revision/examPlan';
import { foldLog, parseLog, serializeEvent, type ReviewEvent } from '../../src/core/revision/reviewLog';
import { reviewStats } from '../../src/core/revision/reviewStats';
import { newCardState, review } from '../../src/core/revision/scheduler';
import { ReviewQueue } from '../../src/core/revision/reviewSession';
import { emptyState } from '../../src/core/revision/reviewState';
import { cardsOfSources, scopeSources, tagsOf } from '../../src/core/revision/scopes';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';

// Local noon, so the day is the same in every time zone the tests run in.
const NOW = new Date(2026, 11, 7, 12, 0, 0);
const DAY = 86_400_000;
const point = (id: string, uri: string, line = 0): Card => ({ id, kind: 'point', front: id, back: id, source: { uri, line } });

describe('exam planner', () => {
  it('counts calendar days to an exam and finds the next one', () => {
    assert.equal(daysUntil('2026-12-07', NOW), 0);
    assert.equal(daysUntil('2026-12-31', NOW), 24);
    assert.equal(daysUntil('2027-05-23', NOW), 167);
    assert.ok(Number.isNaN(daysUntil('2027-02-30', NOW)), 'no 30 February');
    assert.ok(Number.isNaN(daysUntil('23/05/2027', NOW)));
    const exams = [{ name: 'Prelims', date: '2026-05-24' }, { name: 'Mains', date: '2027-01-15' }];
    assert.deepEqual(nextExam(exams, NOW), { name: 'Mains', date: '2027-01-15', daysLeft: 39 });
    assert.equal(nextExam([{ name: 'Prelims', date: '2026-05-24' }], NOW), undefined, 'past exams are not next');
  });

  it('caps intervals so a card comes back before the exam, and schedules it with ts-fsrs that way', () => {
    const exams = [{ name: 'Prelims', date: '2026-12-20' }];
    assert.equal(deadlineInterval(exams, NOW), 10);
    assert.equal(deadlineInterval([{ name: 'Prelims', date: '2026-12-08' }], NOW), 1, 'at least a day');
    assert.equal(deadlineInterval([], NOW), undefined);
    // A card known well: Easy would send it months away; with the exam in 13 days, every grade
    // brings it back by the day before.
    let s = newCardState(new Date(NOW.getTime() - 400 * DAY));
    s = review(s, 3, new Date(NOW.getTime() - 400 * DAY));
    while (Date.parse(s.due) < NOW.getTime() - DAY) s = review(s, 3, new Date(Date.parse(s.due)));
    const free = review(s, 4, NOW);
    assert.ok(free.scheduledDays > 30, `free interval ${free.scheduledDays}`);
    for (const grade of [1, 2, 3, 4] as const) {
      const capped = review(s, grade, NOW, { maximumInterval: deadlineInterval(exams, NOW) });
      assert.ok(capped.scheduledDays <= 12, `grade ${grade}: interval ${capped.scheduledDays}`);
      assert.ok(Date.parse(capped.due) < new Date(2026, 11, 20).getTime(), `grade ${grade}: due before the exam`);
    }
  });

  it('logs the cap with the rating, so every replay of the log schedules it the same', () => {
    const card = point('c1', 'e.md');
    const queue = new ReviewQueue([card], emptyState(), () => 'ev1', { maximumInterval: 5 });
    const state = queue.rate(4, NOW)!;
    const event = queue.lastEvent!;
    assert.equal((event as { maxIvl?: number }).maxIvl, 5);
    const line = serializeEvent(event);
    assert.match(line, /"grade":4,"maxIvl":5\}\n$/);
    const replayed = foldLog(parseLog(line).events);
    assert.deepEqual(replayed.cards.c1, state.cards.c1);
    assert.equal(parseLog(line.replace('"maxIvl":5', '"maxIvl":0')).problems.length, 1, 'a bad cap is a problem, not a silent default');
  });

  it('plans the day: due cards, new cards by their reading, the answer left, editorials not revised', () => {
    const cards = [point('old-p', 'old.md'), point('new-1', 'today.md'), point('new-2', 'today.md'), point('never', 'never.md'),
      { id: 't1', kind: 'term', front: 'Quad', back: '', termId: 'quad' } as Card];
    const learned = (at: Date) => ({ ...review(newCardState(at), 3, at), lastReview: at.toISOString() });
    const states = { 'old-p': { ...learned(new Date(NOW.getTime() - 40 * DAY)), due: new Date(NOW.getTime() - DAY).toISOString() } };
    const plan = dailyPlan({
      now: NOW, queue: [cards[1], cards[0], cards[2], cards[4]], cards, states,
      editorials: [{ uri: 'old.md', title: 'Old' }, { uri: 'today.md', title: 'Today' }, { uri: 'never.md', title: 'Never' }],
      noteTitle: () => undefined, exams: [{ name: 'Prelims', date: '2027-05-23' }],
      answersWrittenToday: answersWrittenOn(['2026-12-07-grain-storage-answer.md', '2026-12-06-x-answer.md', 'notes.md'], NOW),
      answersPerDay: 2, staleDays: 30,
    });
    assert.equal(plan.due, 1);
    assert.deepEqual(plan.fresh, [{ source: 'today.md', title: 'Today', count: 2 }]);
    assert.equal(plan.freshTerms, 1);
    assert.equal(plan.answers, 1);
    assert.deepEqual(plan.stale.map(s => s.title), ['Today', 'Never', 'Old'], 'never reviewed first, then the longest ago');
    assert.equal(plan.exam?.daysLeft, 167);
  });
});

describe('review statistics', () => {
  const ev = (id: string, card: string, grade: 1 | 2 | 3 | 4, daysAgo: number): ReviewEvent =>
    ({ v: 1, id, at: new Date(NOW.getTime() - daysAgo * DAY).toISOString(), kind: 'review', card, grade });

  it('counts reviews per day, the streak, retention of cards seen before, and the coming load', () => {
    const events: ReviewEvent[] = [
      ev('a', 'c1', 3, 5), ev('b', 'c1', 1, 2), ev('c', 'c1', 3, 1), ev('d', 'c2', 3, 1), ev('e', 'c2', 4, 0),
      ev('f', 'c3', 3, 0), { v: 1, id: 'u', at: NOW.toISOString(), kind: 'undo', target: 'f' },
    ];
    const states = { c1: { ...review(newCardState(NOW), 3, NOW), state: 2, reps: 3, due: new Date(NOW.getTime() + 2 * DAY).toISOString() } };
    const stats = reviewStats(events, states, NOW);
    assert.equal(stats.perDay.length, 84);
    assert.deepEqual(stats.perDay.slice(-6).map(d => d.count), [1, 0, 0, 1, 2, 1], 'the undone rating does not count');
    assert.equal(stats.streak, 3);
    // Seen before: b (Again), c (Good), e (Easy): 2 of 3 recalled.
    assert.equal(stats.retention, 2 / 3);
    assert.equal(stats.reviewsLast30, 5);
    assert.equal(stats.forecast.length, 30);
    assert.equal(stats.forecast[2].count, 1);
    assert.equal(stats.forecast.reduce((n, f) => n + f.count, 0), 1);
  });

  it('has no retention without repeated reviews and a streak of 0 after a gap', () => {
    const stats = reviewStats([ev('a', 'c1', 3, 3)], {}, NOW);
    assert.equal(stats.retention, undefined);
    assert.equal(stats.streak, 0);
  });
});

describe('review scopes', () => {
  const e = (uri: string, tags: string): { uri: string; editorial: ReturnType<typeof parseEditorial> } =>
    ({ uri, editorial: parseEditorial(`# T ${uri}\n\n**Tags:** ${tags}\n\n## Conclusion\n\nDone.\n`) });
  const editorials = [e('a.md', 'GS Paper 2, Polity'), e('b.md', 'GS Paper 3, Economy'), e('c.md', 'GS Paper 2, polity')];

  it('covers one editorial, a tag (any case) or a GS paper, with the terms they mention', () => {
    assert.deepEqual([...scopeSources({ kind: 'tag', tag: 'Polity' }, editorials)!], ['a.md', 'c.md']);
    assert.deepEqual([...scopeSources({ kind: 'paper', paper: 'GS3' }, editorials)!], ['b.md']);
    assert.equal(scopeSources({ kind: 'all' }, editorials), undefined);
    const cards = [point('pa', 'a.md'), point('pb', 'b.md'), { id: 'tq', kind: 'term', front: '', back: '', termId: 'q' } as Card, { id: 'tr', kind: 'term', front: '', back: '', termId: 'r' } as Card];
    const termSources = (c: CardRef) => (c.termId === 'q' ? ['a.md'] : ['b.md']);
    assert.deepEqual(cardsOfSources(cards, new Set(['a.md']), termSources).map(c => c.id), ['pa', 'tq']);
    assert.equal(tagsOf(editorials)[0].count, 2, 'tags counted across editorials, any case');
  });
});
