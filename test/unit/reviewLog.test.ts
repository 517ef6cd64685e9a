// The review log (core/revision/reviewLog.ts) and its appender (services/fileAppend.ts): events
// in, the same state out as the review session computes; damaged lines skipped and the rest
// kept; a union of two machines' logs; and appends of two processes at once, and of one killed
// while writing, losing nothing but the event in flight.
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Card } from '../../src/core/revision/cards/card';
import { FoldedLog, foldLog, isMigrated, migrationEvents, parseLog, ReviewEvent, serializeEvent } from '../../src/core/revision/reviewLog';
import { emptyState } from '../../src/core/revision/reviewState';
import { ReviewQueue } from '../../src/core/revision/reviewSession';
import { Grade, newCardState, review } from '../../src/core/revision/scheduler';
import { nodeAppender } from '../../src/services/fileAppend';

const T0 = Date.UTC(2025, 0, 1, 9);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const card = (id: string): Card => ({ id, kind: 'term', front: id, back: id });
const rating = (id: string, c: string, grade: Grade, minutes: number): ReviewEvent => ({ v: 1, id, at: at(minutes).toISOString(), kind: 'review', card: c, grade });
const WORKER = path.join(__dirname, 'reviewLogWorker.js');

describe('review log: events and state', () => {
  it('folds ratings through FSRS, in time order, as the review session does', () => {
    let counter = 0;
    const q = new ReviewQueue(['a', 'b', 'c'].map(card), emptyState(), () => `e${counter++}`);
    const events: ReviewEvent[] = [];
    for (const [grade, minutes] of [[3, 0], [1, 1], [4, 2], [2, 3]] as [Grade, number][]) {
      q.rate(grade, at(minutes));
      events.push(q.lastEvent!);
    }
    q.undo(at(4));
    events.push(q.lastEvent!);
    assert.deepEqual(foldLog(events), q.state);
    // The log as a file says the same.
    assert.deepEqual(foldLog(parseLog(events.map(serializeEvent).join('')).events), q.state);
    assert.deepEqual(events.map(e => e.kind), ['review', 'review', 'review', 'review', 'undo']);
  });

  it('counts new cards per local day and keeps the latest day', () => {
    const s = foldLog([rating('1', 'a', 3, 0), rating('2', 'b', 3, 1), rating('3', 'a', 3, 2)]);
    assert.equal(s.newSeen.count, 2);
    assert.deepEqual(s.cards.a, review(review(newCardState(at(0)), 3, at(0)), 3, at(2)));
  });

  it('merges two machines by union: events once by id, replayed in time order, in any line order', () => {
    const common = [rating('c1', 'a', 3, 0)];
    const laptop = [...common, rating('l1', 'a', 2, 10), rating('l2', 'b', 4, 30)];
    const desktop = [...common, rating('d1', 'a', 4, 20)];
    // git's union merge keeps both sides' lines (the common one may appear twice).
    const merged = foldLog([...laptop, ...desktop]);
    const reversed = foldLog([...desktop, ...laptop].reverse());
    assert.deepEqual(merged, reversed);
    assert.deepEqual(merged.cards.a, review(review(review(newCardState(at(0)), 3, at(0)), 2, at(10)), 4, at(20)));
    assert.ok(merged.cards.b);
  });

  it('keeps its state when more events come: a new last rating on its own, anything else by a replay', () => {
    const log = new FoldedLog();
    log.add([rating('1', 'a', 3, 0)]);
    const handedOut = log.state;
    const copy = structuredClone(handedOut);
    log.add([rating('2', 'a', 4, 5)]);
    assert.deepEqual(handedOut, copy, 'a state handed out never changes');
    log.add([rating('0', 'a', 1, -5)]); // an older line (a merge): replayed in order
    assert.deepEqual(log.state, foldLog([rating('0', 'a', 1, -5), rating('1', 'a', 3, 0), rating('2', 'a', 4, 5)]));
    log.add([{ v: 1, id: 'u', at: at(6).toISOString(), kind: 'undo', target: '2' }]);
    assert.deepEqual(log.state, foldLog([rating('0', 'a', 1, -5), rating('1', 'a', 3, 0)]));
  });

  it('skips lines that are not events, says where, and reads the rest', () => {
    const good = serializeEvent(rating('1', 'a', 3, 0));
    const text = [good.trim(), '{ broken', '{"v":1,"id":"x","at":"never","kind":"review","card":"a","grade":3}', '{"v":2,"id":"y"}',
      '{"v":1,"id":"z","at":"2025-01-01T00:00:00Z","kind":"review","card":"a","grade":7}', '', serializeEvent(rating('2', 'b', 3, 1)).trim(), '{"v":1,"id":"cut'].join('\n');
    const { events, problems } = parseLog(text);
    assert.deepEqual(events.map(e => e.id), ['1', '2']);
    assert.deepEqual(problems.map(p => p.line), [1, 2, 3, 4, 7]);
    assert.match(problems[2].message, /newer version/);
    assert.match(problems[4].message, /unfinished last line/);
  });

  it('recovers the event after a line a cut-off write left unfinished', () => {
    const cut = serializeEvent(rating('1', 'a', 3, 0)).slice(0, 25);
    const { events, problems } = parseLog(cut + serializeEvent(rating('2', 'a', 3, 1)) + serializeEvent(rating('3', 'b', 3, 2)));
    assert.deepEqual(events.map(e => e.id), ['2', '3']);
    assert.equal(problems.length, 1);
  });

  it('carries an old state file over once, with fixed ids', () => {
    const old = { ...emptyState(), cards: { a: review(newCardState(at(0)), 3, at(0)) }, newSeen: { date: '2025-01-01', count: 4 } };
    const events = migrationEvents(old);
    assert.ok(isMigrated(events));
    const twice = foldLog([...events, ...migrationEvents(old)]);
    assert.deepEqual(twice, old);
    // A later rating goes on from the carried-over state.
    const after = foldLog([...events, rating('n', 'a', 4, 60 * 24)]);
    assert.deepEqual(after.cards.a, review(old.cards.a, 4, at(60 * 24)));
  });
});

describe('review log: appends on disk', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-log-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (file: string, count: string, prefix: string) => fork(WORKER, [file, count, prefix], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = (child: ReturnType<typeof fork>) => new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));

  it('two processes appending 1,000 events each at once: 2,000 events in the log', async () => {
    const file = path.join(dir, '.upsc', 'reviews.jsonl');
    const codes = await Promise.all([exited(run(file, '1000', 'one')), exited(run(file, '1000', 'two'))]);
    assert.deepEqual(codes, [0, 0]);
    const { events, problems } = parseLog(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(problems, []);
    assert.equal(events.length, 2000);
    assert.equal(new Set(events.map(e => e.id)).size, 2000);
    for (const prefix of ['one', 'two']) {
      const mine = events.filter(e => e.id.startsWith(prefix + '-')).map(e => Number(e.id.split('-')[1]));
      assert.deepEqual(mine, [...mine].sort((a, b) => a - b), `${prefix}'s events in its order`);
    }
  });

  it('a process killed while appending loses at most the event in flight', async () => {
    const file = path.join(dir, 'reviews.jsonl');
    const child = run(file, 'forever', 'k');
    await new Promise<void>(resolve => child.on('message', () => resolve()));
    await new Promise(r => setTimeout(r, 300));
    child.kill('SIGKILL');
    await exited(child);
    const text = fs.readFileSync(file, 'utf8');
    const { events, problems } = parseLog(text);
    const lines = text.split('\n').filter(Boolean).length;
    assert.ok(events.length > 0);
    assert.ok(problems.length <= 1, problems.map(p => p.message).join('; '));
    assert.ok(events.length >= lines - 1);
    // Its ids are 0..n-1 with none missing: every event before the one in flight is there.
    assert.deepEqual(events.map(e => e.id), events.map((_, i) => `k-${i}`));
    // Appending goes on after it, whole, even after a line cut off in the middle.
    fs.appendFileSync(file, serializeEvent(rating('half', 'a', 3, 0)).slice(0, 20));
    await nodeAppender()!(file, serializeEvent(rating('after', 'a', 3, 9999)));
    const again = parseLog(fs.readFileSync(file, 'utf8'));
    assert.equal(again.events[again.events.length - 1].id, 'after');
    assert.equal(again.events.length, events.length + 1);
  });
});
