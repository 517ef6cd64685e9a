import * as assert from 'node:assert/strict';
import { TimeSlicer } from '../../src/core/shared/slices';

const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end) { /* spin */ } };

describe('TimeSlicer', () => {
  it('runs jobs first come, first served and returns their results', async () => {
    const slicer = new TimeSlicer(5);
    const order: number[] = [];
    const results = await Promise.all([1, 2, 3, 4, 5].map(n => slicer.run(() => { order.push(n); busy(2); return n * 10; })));
    assert.deepEqual(order, [1, 2, 3, 4, 5]);
    assert.deepEqual(results, [10, 20, 30, 40, 50]);
  });

  it('spreads a burst of jobs over several event-loop turns, one long job per turn', async () => {
    const slicer = new TimeSlicer(5);
    // A timer queued before the burst runs between turns: the burst does not hold the loop.
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const started: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => slicer.run(() => { started.push(turns); busy(8); })));
    clearInterval(ticker);
    // Every job is longer than the budget, so each ran in a turn of its own.
    assert.equal(new Set(started).size, 6, `turns seen by the jobs: ${started.join(',')}`);
  });

  it('keeps running within a turn while the budget lasts', async () => {
    const slicer = new TimeSlicer(50);
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const started: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => slicer.run(() => { started.push(turns); })));
    clearInterval(ticker);
    assert.equal(new Set(started).size, 1);
  });

  it('runs jobs that jobs queue, after those already waiting', async () => {
    const slicer = new TimeSlicer(50);
    const done: string[] = [];
    let inner: Promise<void> | undefined;
    await Promise.all([
      slicer.run(() => { done.push('a'); inner = slicer.run(() => { done.push('inner'); }); }),
      slicer.run(() => { done.push('b'); }),
    ]);
    await inner;
    await new Promise(r => setTimeout(r, 5)); // no stray turn left behind to trip over
    assert.deepEqual(done, ['a', 'b', 'inner']);
    assert.equal(await slicer.run(() => 'still running'), 'still running');
  });

  it('rejects with the error of a failing job and goes on with the next', async () => {
    const slicer = new TimeSlicer(5);
    const failing = slicer.run(() => { busy(6); throw new Error('boom'); });
    const next = slicer.run(() => 'ok');
    await assert.rejects(failing, /boom/);
    assert.equal(await next, 'ok');
  });
});
