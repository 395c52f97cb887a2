import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryFromKeyTimes } from '../../../../renderer/src/gate/scan/entry-timing';

const keys = (count: number, gap: number, start = 1000) => Array.from({ length: count }, (_, i) => start + i * gap);

test('a scanner types fast: device (authType 2)', () => {
  assert.equal(entryFromKeyTimes(keys(16, 4)), 'device');
  assert.equal(entryFromKeyTimes(keys(18, 25)), 'device');
});

test('a person types slowly: manual (authType 1)', () => {
  assert.equal(entryFromKeyTimes(keys(16, 120)), 'manual');
  assert.equal(entryFromKeyTimes(keys(16, 60)), 'manual');
});

test('one pause of a busy tablet does not make a scan manual', () => {
  const times = keys(16, 5);
  for (let i = 8; i < times.length; i++) times[i] = (times[i] ?? 0) + 400;
  assert.equal(entryFromKeyTimes(times), 'device');
});

test('pasted or too short to tell: manual', () => {
  assert.equal(entryFromKeyTimes([]), 'manual');
  assert.equal(entryFromKeyTimes(keys(3, 2)), 'manual');
});
