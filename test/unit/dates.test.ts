// Dates are made with the local-time Date constructor (year, month, day, hours…), so these hold in
// any time zone; run them with TZ=Asia/Kolkata or TZ=America/Los_Angeles to see it.
import * as assert from 'node:assert/strict';
import { localDateKey } from '../../src/core/shared/dates';

describe('localDateKey', () => {
  it('gives the local calendar day on either side of local midnight', () => {
    assert.equal(localDateKey(new Date(2024, 2, 1, 23, 59, 59, 999)), '2024-03-01');
    assert.equal(localDateKey(new Date(2024, 2, 2, 0, 0, 0, 0)), '2024-03-02');
    assert.equal(localDateKey(new Date(2024, 11, 31, 23, 30)), '2024-12-31');
    assert.equal(localDateKey(new Date(2025, 0, 1, 0, 30)), '2025-01-01');
  });

  it('pads month and day to two digits', () => {
    assert.equal(localDateKey(new Date(2024, 0, 5, 12)), '2024-01-05');
  });

  it('agrees with the local calendar (Intl) around UTC midnight, where the UTC day may differ', () => {
    // en-CA writes dates as YYYY-MM-DD; no timeZone option means the machine's zone.
    const local = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const iso of ['2024-03-01T18:29:00Z', '2024-03-01T18:31:00Z', '2024-03-01T23:59:00Z', '2024-03-02T00:01:00Z', '2024-03-02T07:59:00Z', '2024-03-02T08:01:00Z']) {
      const date = new Date(iso);
      assert.equal(localDateKey(date), local.format(date), iso);
    }
  });
});
