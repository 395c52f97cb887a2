import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newId, randomToken } from '../../db/ids';

test('ids are 26 characters plus prefix, unique and ordered even within one millisecond', () => {
  const ids = Array.from({ length: 5000 }, () => newId('ord_', 1_700_000_000_000));
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...ids].sort(), ids);
  for (const id of ids.slice(0, 10)) assert.match(id, /^ord_[0-9A-HJKMNP-TV-Z]{26}$/);
});

test('ids made later sort after earlier ones', () => {
  const a = newId('', 1_700_000_000_000);
  const b = newId('', 1_700_000_000_001);
  assert.ok(a < b);
});

test('random tokens have the asked entropy and never repeat', () => {
  const tokens = new Set(Array.from({ length: 1000 }, () => randomToken(10)));
  assert.equal(tokens.size, 1000);
  for (const token of tokens) assert.equal(token.length, 16);
});
