import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreNow } from '../../../renderer/src/gate/core-clock';

test('the corrected clock is a whole number of milliseconds (the core refuses fractions)', () => {
  for (const clockOffset of [0.5, -1234.25, 98765.4321]) assert.ok(Number.isInteger(coreNow({ clockOffset })), String(clockOffset));
});
