import * as assert from 'node:assert/strict';
import type { Card, CardRef } from '../../src/core/revision/cards/card';
import fc from 'fast-check';
import { interleave, newSeenBySource, readingQueue, ReadingQueueOptions, sourceCandidates, sourceKey, withinReach } from '../../src/core/revision/readingQueue';
import type { ReviewEvent } from '../../src/core/revision/reviewLog';
import { CardState, review, newCardState } from '../../src/core/revision/scheduler';

const NOW = new Date('2026-12-07T09:00:00.000Z');
const DAY = 86_400_000;

const point = (id: string, uri: string): Card => ({ id, kind: 'point', front: id, back: id, source: { uri, line: 0 } });
const term = (id: string, termId: string): Card => ({ id, kind: 'term', front: id, back: id, termId, source: { uri: 'glossary.json', line: 0 } });

/** A card learned a month ago, due `dueInDays` from NOW (negative: overdue). */
function learned(dueInDays: number): CardState {
  const s = review(newCardState(new Date(NOW.getTime() - 30 * DAY)), 3, new Date(NOW.getTime() - 30 * DAY));
  return { ...s, state: 2, reps: 3, due: new Date(NOW.getTime() + dueInDays * DAY).toISOString() };
}

const options = (o: Partial<ReadingQueueOptions> = {}): ReadingQueueOptions => ({
  now: NOW, newAllowed: 20, readAt: () => undefined, termSources: () => [], ...o,
});

describe('readingQueue: a review follows what was read', () => {
  it('introduces today\'s editorial first, then older reading, then what was never read', () => {
    const cards = [point('old-1', 'old.md'), point('never-1', 'never.md'), point('today-1', 'today.md'), point('today-2', 'today.md'), point('old-2', 'old.md')];
    const readAt = (uri: string) => ({ 'today.md': NOW.getTime() - 60_000, 'old.md': NOW.getTime() - 40 * DAY } as Record<string, number>)[uri];
    assert.deepEqual(readingQueue(cards, {}, options({ readAt })).map(c => c.id), ['today-1', 'today-2', 'old-1', 'old-2', 'never-1']);
  });

  it('keeps glossary cards out unless the student\'s material mentions the term, then with that reading', () => {
    const cards = [term('t-quad', 'quad'), term('t-unmentioned', 'nothing'), point('p-today', 'today.md'), point('p-old', 'old.md'), term('t-nisar', 'nisar')];
    const readAt = (uri: string) => ({ 'today.md': NOW.getTime(), 'old.md': NOW.getTime() - 10 * DAY, 'note.md': NOW.getTime() - 2 * DAY } as Record<string, number>)[uri];
    const termSources = (c: CardRef) => ({ quad: ['old.md', 'today.md'], nisar: ['note.md'] } as Record<string, string[]>)[c.termId!] ?? [];
    const ids = readingQueue(cards, {}, options({ readAt, termSources })).map(c => c.id);
    // Today's editorial, then its term (Quad is in it too), then the note's term, then the old editorial.
    assert.deepEqual(ids, ['p-today', 't-quad', 't-nisar', 'p-old']);
    assert.ok(readingQueue(cards, {}, options({ readAt, termSources, allTerms: true })).some(c => c.id === 't-unmentioned'), 'every term when asked for');
  });

  it('puts every due card in, oldest due first, and spreads the day\'s new cards among them', () => {
    const cards = [point('due-late', 'a.md'), point('due-early', 'a.md'), point('not-due', 'a.md'), point('new-1', 'b.md'), point('new-2', 'b.md'), point('new-3', 'b.md')];
    const states = { 'due-late': learned(-1), 'due-early': learned(-5), 'not-due': learned(3) };
    const ids = readingQueue(cards, states, options({ newAllowed: 2 })).map(c => c.id);
    assert.deepEqual(ids, ['new-1', 'due-early', 'new-2', 'due-late']);
    assert.deepEqual(readingQueue(cards, states, options({ newAllowed: 0 })).map(c => c.id), ['due-early', 'due-late'], 'no new cards left today');
  });

  it('takes a card with a reviewed state as learned even when its source is read again', () => {
    const cards = [point('seen', 'today.md'), point('unseen', 'today.md')];
    const ids = readingQueue(cards, { seen: learned(5) }, options({ readAt: () => NOW.getTime() })).map(c => c.id);
    assert.deepEqual(ids, ['unseen']);
  });
});

describe('sourceCandidates: a few cards per source, the same queue', () => {
  it('gives the queue of all cards when each source is cut to its reviewed cards and first new ones', () => {
    const sources = ['a.md', 'b.md', 'c.md', 'note.md'];
    const spec = fc.record({
      cards: fc.array(fc.record({ source: fc.integer({ min: 0, max: 3 }), state: fc.constantFrom('new', 'due', 'later'), term: fc.boolean() }), { maxLength: 60 }),
      newAllowed: fc.integer({ min: -2, max: 12 }),
      perSource: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      seen: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }),
      read: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(fc.property(spec, ({ cards: specs, newAllowed, perSource, seen, read }) => {
      const cards = specs.map((c, i) => (c.term ? term(`t${i}`, `q${i % 3}`) : point(`p${i}`, sources[c.source])));
      const states: Record<string, CardState> = {};
      specs.forEach((c, i) => { if (c.state !== 'new') states[cards[i].id] = learned(c.state === 'due' ? -i - 1 : i + 1); });
      const o = options({
        newAllowed, newPerSource: perSource,
        seenToday: k => seen[k === 'glossary' ? 4 : sources.indexOf(k)] ?? 0,
        readAt: uri => { const d = read[sources.indexOf(uri)]; return d === undefined ? undefined : NOW.getTime() - d * DAY; },
        termSources: c => [sources[Number(c.termId!.slice(1))]],
      });
      const limit = Math.max(0, Math.min(newAllowed, perSource ?? Infinity));
      // Candidates per source, the sources kept in the order their first card had (as the library lists editorials).
      const bySource = new Map<string, Card[]>();
      for (const c of cards) if (c.kind !== 'term') bySource.set(c.source!.uri, [...(bySource.get(c.source!.uri) ?? []), c]);
      const cut = new Set([...bySource.values()].flatMap(cs => sourceCandidates(cs, new Map(Object.entries(states)), limit)).map(c => c.id));
      const candidates = cards.filter(c => c.kind === 'term' || cut.has(c.id));
      assert.deepEqual(readingQueue(candidates, states, o).map(c => c.id), readingQueue(cards, states, o).map(c => c.id));
    }), { seed: 20261208, numRuns: 3000 });
  });
});

describe('withinReach: the new cards of the most recent reading only, the same queue', () => {
  it('gives the queue of all cards when sources read too early for the allowance keep only their reviewed cards', () => {
    const spec = fc.record({
      sources: fc.array(fc.record({
        // Few reading times, so that ties (and sources never read) are common.
        read: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        seen: fc.integer({ min: 0, max: 4 }),
        cards: fc.array(fc.constantFrom('new', 'due', 'later'), { maxLength: 8 }),
      }), { maxLength: 6 }),
      terms: fc.array(fc.record({ source: fc.integer({ min: 0, max: 6 }), state: fc.constantFrom('new', 'due') }), { maxLength: 6 }),
      notes: fc.array(fc.record({ read: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), state: fc.constantFrom('new', 'due') }), { maxLength: 4 }),
      newAllowed: fc.oneof(fc.integer({ min: -2, max: 14 }), fc.constant(Number.NaN)),
      perSource: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      precut: fc.boolean(),
    });
    fc.assert(fc.property(spec, ({ sources, terms, notes, newAllowed, perSource, precut }) => {
      const states: Record<string, CardState> = {};
      let n = 0;
      const stated = (c: Card, state: string) => {
        if (state !== 'new') states[c.id] = learned(state === 'due' ? -(++n) : ++n);
        return c;
      };
      const uri = (k: number) => `ed-${k}.md`;
      const termCards = terms.map((t, i) => stated(term(`t${i}`, `q${t.source}`), t.state));
      const sourceCards = sources.map((s, k) => s.cards.map((state, i) => stated(point(`p${k}-${i}`, uri(k)), state)));
      const noteCards = notes.map((t, i) => stated(point(`n${i}`, `note-${i}.md`), t.state));
      const times = new Map<string, number | undefined>();
      sources.forEach((s, k) => times.set(uri(k), s.read === undefined ? undefined : NOW.getTime() - s.read * DAY));
      notes.forEach((t, i) => times.set(`note-${i}.md`, t.read === undefined ? undefined : NOW.getTime() - t.read * DAY));
      const seen = new Map(sources.map((s, k) => [uri(k), s.seen]));
      const o = options({
        newAllowed, newPerSource: perSource,
        seenToday: key => seen.get(key) ?? 0,
        readAt: u => times.get(u),
        termSources: c => (Number(c.termId!.slice(1)) < sources.length ? [uri(Number(c.termId!.slice(1)))] : []),
      });
      const known = new Map(Object.entries(states));
      const limit = Math.max(0, Math.min(newAllowed, perSource ?? Infinity));
      const reach = withinReach(sourceCards.map((cards, k) => ({
        key: uri(k), readAt: times.get(uri(k)), // (Settings are whole numbers: sourceCandidates never sees a NaN allowance.)
        cards: precut && !Number.isNaN(newAllowed) ? sourceCandidates(cards, known, limit) : cards,
      })), known, o);
      const all = [...termCards, ...sourceCards.flat(), ...noteCards];
      assert.deepEqual(readingQueue([...termCards, ...reach, ...noteCards], states, o).map(c => c.id), readingQueue(all, states, o).map(c => c.id));
      // Every reviewed card stays: the cut only ever leaves new cards out.
      for (const c of sourceCards.flat()) if (states[c.id]) assert.ok(reach.includes(c), c.id);
    }), { seed: 20261209, numRuns: 4000 });
  });

  it('leaves out the new cards of older reading once newer reading fills the allowance', () => {
    const today = Array.from({ length: 4 }, (_, i) => point(`today-${i}`, 'today.md'));
    const old = [point('old-new', 'old.md'), point('old-due', 'old.md')];
    const states = { 'old-due': learned(-1) };
    const o = { newAllowed: 3, newPerSource: 5 };
    const day = NOW.getTime();
    const sources = [{ key: 'old.md', readAt: day - 9 * DAY, cards: old }, { key: 'today.md', readAt: day, cards: today }];
    assert.deepEqual(withinReach(sources, new Map(Object.entries(states)), o).map(c => c.id), ['old-due', ...today.map(c => c.id)]);
    // Today's source already brought in 3 of its 5: it can fill 2 of the 3, so the old one stays whole.
    assert.deepEqual(withinReach(sources, new Map(Object.entries(states)), { ...o, seenToday: k => (k === 'today.md' ? 3 : 0) }).length, 6);
    // Nothing allowed: reviewed cards only.
    assert.deepEqual(withinReach(sources, new Map(Object.entries(states)), { ...o, newAllowed: 0 }).map(c => c.id), ['old-due']);
  });
});

describe('readingQueue: the daily limit per source', () => {
  it('lets no one source use up the day, counting what each brought in today already', () => {
    const cards = [...Array.from({ length: 6 }, (_, i) => point(`today-${i}`, 'today.md')), point('old-1', 'old.md'), point('old-2', 'old.md'), term('t1', 'quad'), term('t2', 'nisar')];
    const readAt = (uri: string) => ({ 'today.md': NOW.getTime(), 'old.md': NOW.getTime() - DAY } as Record<string, number>)[uri];
    const termSources = () => ['today.md'];
    const ids = readingQueue(cards, {}, options({ readAt, termSources, newAllowed: 20, newPerSource: 3, seenToday: k => (k === 'today.md' ? 1 : 0) })).map(c => c.id);
    assert.deepEqual(ids, ['today-0', 'today-1', 't1', 't2', 'old-1', 'old-2'], 'today.md had one already: two more; the glossary and old.md their own');
    assert.equal(sourceKey(cards[8]), 'glossary');
  });

  it('counts a card as brought in today when its first rating, not taken back, is today', () => {
    const ev = (id: string, card: string, daysAgo: number): ReviewEvent => ({ v: 1, id, at: new Date(NOW.getTime() - daysAgo * DAY).toISOString(), kind: 'review', card, grade: 3 });
    const events: ReviewEvent[] = [ev('a', 'c1', 3), ev('b', 'c1', 0), ev('c', 'c2', 0), ev('d', 'c3', 0), { v: 1, id: 'u', at: NOW.toISOString(), kind: 'undo', target: 'd' }, ev('e', 'c4', 0)];
    const seen = newSeenBySource(events, id => ({ c1: 'a.md', c2: 'a.md', c3: 'b.md', c4: 'glossary' } as Record<string, string>)[id], NOW);
    assert.deepEqual([...seen].sort(), [['a.md', 1], ['glossary', 1]]);
  });
});

describe('interleave', () => {
  it('spreads the new cards evenly and keeps both orders', () => {
    assert.deepEqual(interleave(['d1', 'd2', 'd3', 'd4'], ['n1', 'n2']), ['n1', 'd1', 'd2', 'n2', 'd3', 'd4']);
    assert.deepEqual(interleave(['d1'], ['n1', 'n2', 'n3']), ['n1', 'n2', 'd1', 'n3']);
    assert.deepEqual(interleave([], ['n1']), ['n1']);
    assert.deepEqual(interleave(['d1'], []), ['d1']);
  });

  it('loses and repeats nothing, for any lengths', () => {
    for (let d = 0; d < 30; d++) {
      for (let n = 0; n < 30; n++) {
        const due = Array.from({ length: d }, (_, i) => `d${i}`);
        const fresh = Array.from({ length: n }, (_, i) => `n${i}`);
        const out = interleave(due, fresh);
        assert.equal(out.length, d + n);
        assert.deepEqual(out.filter(x => x.startsWith('d')), due);
        assert.deepEqual(out.filter(x => x.startsWith('n')), fresh);
      }
    }
  });
});
