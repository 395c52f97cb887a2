import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatYuan, fromChinaLocalInput, parseYuan, toChinaLocalInput } from '../../renderer/src/format';

test('yuan typed by a person becomes integer fen, never a float', () => {
  assert.equal(parseYuan('280'), 28_000);
  assert.equal(parseYuan('280.5'), 28_050);
  assert.equal(parseYuan('0.07'), 7);
  assert.equal(parseYuan('¥1,280.00'), 128_000);
  assert.equal(parseYuan('1.005'), null, 'no fractions of a fen');
  assert.equal(parseYuan('-5'), null);
  assert.equal(parseYuan('abc'), null);
  assert.equal(formatYuan(128_050), '¥1,280.50');
});

test('datetime-local values are China time whatever the machine zone', () => {
  const ms = fromChinaLocalInput('2026-12-01T19:30');
  assert.equal(ms, Date.UTC(2026, 11, 1, 11, 30));
  assert.equal(toChinaLocalInput(ms), '2026-12-01T19:30');
  assert.equal(fromChinaLocalInput(''), null);
});
