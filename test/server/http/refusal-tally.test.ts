import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryAudit } from '../../../db/audit';
import { MAX_KEYS_PER_MINUTE, RefusalTally } from '../../../electron/server/http/refusal-tally';
import { memoryDb } from '../../helpers/memory-db';

test('the first refusal of a minute is written at once, the rest as one count when the minute ends', () => {
  const db = memoryDb();
  let now = 60_000 * 1000;
  const tally = new RefusalTally(db, () => now);
  for (let i = 0; i < 50; i++) tally.record({ action: 'api.refused', address: '10.0.0.9', reason: 'no_session', target: 'users.list' });
  assert.equal(queryAudit(db, { action: 'api.refused' }).length, 1, 'one row while the minute runs');
  now += 60_000;
  tally.record({ action: 'api.refused', address: '10.0.0.9', reason: 'no_session' });
  const rows = queryAudit(db, { action: 'api.refused' });
  assert.equal(rows.length, 3);
  assert.equal(rows[1]?.detail.repeated, 49);
});

test('past the distinct sources a minute may have, refusals are counted together under "*"', () => {
  const db = memoryDb();
  const tally = new RefusalTally(db, () => 0);
  for (let i = 0; i < MAX_KEYS_PER_MINUTE + 500; i++) tally.record({ action: 'http.refused', address: `fd00::${i.toString(16)}`, reason: 'FORBIDDEN_HOST' });
  tally.flush();
  const rows = queryAudit(db, { action: 'http.refused', limit: 1000 });
  assert.equal(rows.length, MAX_KEYS_PER_MINUTE + 2);
  assert.ok(rows.some((row) => row.address === '*' && row.detail.repeated === 499));
});
