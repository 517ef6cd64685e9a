import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { emptyState, parseState, readCardState, REVIEW_STATE_VERSION, ReviewState, serializeState } from '../../src/core/revision/reviewState';
import { newCardState, review } from '../../src/core/revision/scheduler';

const NOW = new Date('2024-03-01T09:00:00.000Z');
const good = review(newCardState(NOW), 3, NOW);
const easy = review(newCardState(NOW), 4, NOW);

function sampleState(): ReviewState {
  return { version: 1, cards: { 'p-b': easy, 't-a': good, 'n-c': newCardState(NOW) }, newSeen: { date: '2024-03-01', count: 2 } };
}

const withCards = (cards: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, newSeen: { date: '2024-03-01', count: 1 }, cards, ...extra });

describe('review state: serialising', () => {
  it('starts empty, at the current version', () => {
    assert.deepEqual(emptyState(), { version: REVIEW_STATE_VERSION, cards: {}, newSeen: { date: '', count: 0 } });
    assert.equal(REVIEW_STATE_VERSION, 1);
    assert.deepEqual(parseState(serializeState(emptyState())), { state: emptyState() });
  });

  it('round-trips a state exactly', () => {
    const s = sampleState();
    const { state, problem } = parseState(serializeState(s));
    assert.equal(problem, undefined);
    assert.deepEqual(state, s);
  });

  it('writes stable JSON: sorted ids, one card per line, same text for the same state', () => {
    const text = serializeState(sampleState());
    const lines = text.split('\n');
    assert.equal(lines[1], '  "version": 1,');
    const cardLines = lines.filter(l => /^ {4}"/.test(l));
    assert.deepEqual(cardLines.map(l => JSON.parse(`{${l.replace(/,$/, '')}}`) as object).map(o => Object.keys(o)[0]), ['n-c', 'p-b', 't-a']);
    const reordered: ReviewState = { ...sampleState(), cards: Object.fromEntries(Object.entries(sampleState().cards).reverse()) };
    assert.equal(serializeState(reordered), text);
    assert.ok(text.endsWith('}\n'));
  });
});

describe('review state: damaged files', () => {
  const empty = emptyState();

  it('resets on unreadable JSON, saying why', () => {
    for (const text of ['', '{', '{"version": 1, "cards": {', 'null null', '\u0000\u0001', '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> x']) {
      const { state, problem } = parseState(text);
      assert.deepEqual(state, empty, JSON.stringify(text));
      assert.match(problem ?? '', /not valid JSON/);
    }
  });

  it('resets when the document is not an object', () => {
    for (const text of ['null', '[]', '42', '"cards"', 'true']) {
      assert.deepEqual(parseState(text), { state: empty, problem: 'not a JSON object' });
    }
  });

  it('refuses versions it does not know, newer ones with a clear message', () => {
    const newer = parseState(JSON.stringify({ version: 2, cards: { a: good } }));
    assert.deepEqual(newer.state, empty);
    assert.match(newer.problem!, /newer version/);
    for (const version of [0, -1, 1.5, '1', null, [1]]) {
      const r = parseState(JSON.stringify({ version, cards: { a: good } }));
      assert.deepEqual(r.state, empty, JSON.stringify(version));
      assert.match(r.problem!, /unknown version/);
    }
  });

  it('reads a file without a version as version 1, and says so', () => {
    const r = parseState(JSON.stringify({ cards: { a: good } }));
    assert.deepEqual(r.state.cards, { a: good });
    assert.match(r.problem!, /no "version"/);
  });

  it('drops bad card entries one by one and keeps the rest', () => {
    const r = parseState(withCards({
      ok: good,
      alsoOk: { ...easy, lastReview: undefined, learningSteps: undefined },
      noDue: { ...good, due: undefined },
      badDue: { ...good, due: 'yesterday-ish' },
      negative: { ...good, stability: -1 },
      nan: { ...good, difficulty: 'NaN' },
      fraction: { ...good, reps: 1.5 },
      badState: { ...good, state: 7 },
      badLast: { ...good, lastReview: 12 },
      arr: [good],
      str: 'good',
      nul: null,
    }));
    assert.deepEqual(Object.keys(r.state.cards).sort(), ['alsoOk', 'ok']);
    assert.deepEqual(r.state.cards.ok, good);
    assert.ok(!('lastReview' in r.state.cards.alsoOk));
    assert.deepEqual(r.state.newSeen, { date: '2024-03-01', count: 1 });
    assert.match(r.problem!, /dropped 10 invalid card entries: "noDue" \(bad "due"\), "badDue" \(bad "due"\), "negative" \(bad "stability"\), "nan" \(bad "difficulty"\), "fraction" \(bad "reps"\), … 5 more/);
  });

  it('accepts null for the optional fields (other writers) and drops them', () => {
    const r = parseState(withCards({ a: { ...good, lastReview: null, learningSteps: null } }));
    assert.equal(r.problem, undefined);
    assert.ok(!('lastReview' in r.state.cards.a) && !('learningSteps' in r.state.cards.a));
  });

  it('resets a bad "cards" or "newSeen" on its own', () => {
    const badCards = parseState(JSON.stringify({ version: 1, cards: [good], newSeen: { date: '2024-03-01', count: 4 } }));
    assert.deepEqual(badCards.state, { ...empty, newSeen: { date: '2024-03-01', count: 4 } });
    assert.match(badCards.problem!, /"cards" is not an object/);
    for (const newSeen of [null, 3, { date: '1 March', count: 1 }, { date: '2024-03-01', count: -1 }, { date: '2024-03-01' }]) {
      const r = parseState(withCards({ a: good }, { newSeen }));
      assert.deepEqual(r.state.cards, { a: good });
      assert.deepEqual(r.state.newSeen, empty.newSeen);
      assert.match(r.problem!, /bad "newSeen"/, JSON.stringify(newSeen));
    }
  });

  it('does not let a "__proto__" entry touch the prototype', () => {
    const r = parseState('{"version":1,"cards":{"__proto__":{"due":"2024-01-01T00:00:00Z","stability":1,"difficulty":1,"elapsedDays":0,"scheduledDays":0,"reps":1,"lapses":0,"state":2},"a":' + JSON.stringify(good) + '}}');
    assert.deepEqual(Object.keys(r.state.cards), ['a']);
    assert.equal(Object.getPrototypeOf(r.state.cards), Object.prototype);
    assert.match(r.problem!, /bad id/);
  });

  it('reads a file with a byte-order mark', () => {
    assert.deepEqual(parseState('\uFEFF' + serializeState(sampleState())).state, sampleState());
  });

  it('explains what is wrong with a card state', () => {
    assert.deepEqual(readCardState(good), good);
    assert.equal(readCardState({ ...good, lapses: -2 }), 'bad "lapses"');
    assert.equal(readCardState('x'), 'not an object');
  });

  it('never throws, on any text or any JSON value', () => {
    fc.assert(fc.property(fc.string(), text => {
      const r = parseState(text);
      assert.equal(r.state.version, 1);
    }), { seed: 7, numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), value => {
      const r = parseState(JSON.stringify({ version: 1, cards: value, newSeen: value }));
      assert.equal(typeof r.state.cards, 'object');
      for (const s of Object.values(r.state.cards)) assert.equal(typeof s.due, 'string');
    }), { seed: 7, numRuns: 300 });
  });
});
