import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { queryAudit } from '../../../db/audit';
import { startTestCore } from '../../helpers/core-server';

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

test('a flood of 2,000 refused requests with 7 KB paths and a 7 KB Origin grows the database by less than 2 MB', async () => {
  const core = await startTestCore();
  try {
    const files = [core.dbFile, `${core.dbFile}-wal`];
    core.core.refusals.flush();
    const before = files.reduce((sum, file) => sum + sizeOf(file), 0);
    const long = 'x'.repeat(7 * 1024);
    const send = (i: number) =>
      i % 2 === 0
        ? fetch(`${core.url}/api/${long}${i}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: `http://${long}.example` }, body: '{}' })
        : fetch(`${core.url}/api/users.list?${long}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    for (let start = 0; start < 2_000; start += 100) {
      const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => send(start + i).then((r) => r.status)));
      assert.ok(answers.every((status) => status === 403 || status === 401), `refused: ${answers.join(',')}`);
    }
    core.core.refusals.flush();
    const grown = files.reduce((sum, file) => sum + sizeOf(file), 0) - before;
    assert.ok(grown < 2 * 1024 * 1024, `the database grew by ${grown} bytes`);
    const rows = queryAudit(core.core.db, { outcome: 'refused', limit: 1000 });
    assert.ok(rows.length <= 8, `refusals were counted, not stored one by one (${rows.length} rows)`);
    const counted = rows.reduce((sum, row) => sum + (typeof row.detail.repeated === 'number' ? row.detail.repeated : 1), 0);
    assert.equal(counted, 2_000, `every refusal is in the counts: ${JSON.stringify(rows.map((r) => [r.action, r.detail.reason, r.detail.repeated]))}`);
    for (const row of rows) {
      for (const value of [row.target, row.address, row.username, ...Object.values(row.detail).map(String)]) assert.ok((value ?? '').length <= 256, 'every field is clipped to 256 characters');
    }
  } finally {
    await core.close();
  }
});
