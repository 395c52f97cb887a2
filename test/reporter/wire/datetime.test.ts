import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromWireDateTime, parseWireDateTime, toWireDateTime } from '../../../electron/reporter/wire/datetime';

test('formats UTC milliseconds as China time (UTC+8), across a day and a year boundary', () => {
  assert.equal(toWireDateTime(Date.UTC(2026, 0, 1, 0, 0, 0)), '2026-01-01 08:00:00');
  assert.equal(toWireDateTime(Date.UTC(2026, 11, 31, 16, 0, 0)), '2027-01-01 00:00:00');
  assert.equal(toWireDateTime(Date.UTC(2028, 1, 28, 20, 30, 5, 999)), '2028-02-29 04:30:05');
});

test('does not depend on the machine time zone', () => {
  const saved = process.env.TZ;
  try {
    const ms = Date.UTC(2026, 10, 28, 12, 0, 0);
    process.env.TZ = 'America/New_York';
    const inNewYork = toWireDateTime(ms);
    process.env.TZ = 'Asia/Kolkata';
    assert.equal(toWireDateTime(ms), inNewYork);
    assert.equal(fromWireDateTime('2026-11-28 20:00:00'), ms);
    assert.equal(inNewYork, '2026-11-28 20:00:00');
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('parses back to the same instant (to the second)', () => {
  for (const ms of [0, 1_700_000_000_000, Date.UTC(2030, 5, 15, 23, 59, 59)]) {
    assert.equal(fromWireDateTime(toWireDateTime(ms)), ms);
  }
  assert.equal(fromWireDateTime(toWireDateTime(1_700_000_000_123)), 1_700_000_000_000);
});

test('refuses anything but a real yyyy-MM-dd HH:mm:ss', () => {
  for (const bad of ['2026-02-30 10:00:00', '2026-13-01 10:00:00', '2026-1-01 10:00:00', '2026-01-01T10:00:00', '2026-01-01 24:00:00', '2026-01-01 10:00', '2026-01-01 10:00:00Z', ' 2026-01-01 10:00:00']) {
    assert.equal(parseWireDateTime(bad), null, bad);
  }
  assert.throws(() => fromWireDateTime('tomorrow'), /yyyy-MM-dd HH:mm:ss/);
  assert.throws(() => toWireDateTime(Number.NaN), RangeError);
});
