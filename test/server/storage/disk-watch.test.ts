import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storageTrouble } from '../../../db/storage-errors';
import { CRITICAL_FREE_BYTES, DiskWatch, LOW_FREE_BYTES, storageLevel } from '../../../electron/server/storage/disk-watch';
import type { StorageStatus } from '../../../electron/server/contract';
import { memoryDb } from '../../helpers/memory-db';

const MB = 1024 ** 2;

test('the banner turns amber under 1 GB free, red under 200 MB, and full when a write failed for lack of space', () => {
  assert.equal(storageLevel(LOW_FREE_BYTES, false), 'ok');
  assert.equal(storageLevel(LOW_FREE_BYTES - 1, false), 'low');
  assert.equal(storageLevel(CRITICAL_FREE_BYTES - 1, false), 'critical');
  assert.equal(storageLevel(5 * 1024 * MB, true), 'full');
  assert.equal(storageLevel(null, false), 'ok');
});

test('SQLite and Node errors are told apart: busy, full, or a real bug', () => {
  const coded = (code: string) => Object.assign(new Error(code), { code });
  assert.equal(storageTrouble(coded('SQLITE_BUSY')), 'busy');
  assert.equal(storageTrouble(coded('SQLITE_BUSY_SNAPSHOT')), 'busy');
  assert.equal(storageTrouble(coded('SQLITE_LOCKED')), 'busy');
  assert.equal(storageTrouble(coded('SQLITE_FULL')), 'full');
  assert.equal(storageTrouble(coded('ENOSPC')), 'full');
  assert.equal(storageTrouble(coded('SQLITE_CONSTRAINT_UNIQUE')), null);
  assert.equal(storageTrouble(new TypeError('x')), null);
});

test('a full disk is pushed at once and cleared by the next check that finds space again', () => {
  let free = 2 * MB;
  const pushed: StorageStatus[] = [];
  const watch = new DiskWatch({ db: memoryDb(), dir: '/', clock: () => 1_000, freeBytes: () => free, onChange: (status) => pushed.push(status) });
  assert.equal(watch.check().level, 'critical');
  watch.noted('full');
  assert.equal(watch.status.level, 'full');
  assert.equal(pushed.at(-1)?.level, 'full');
  assert.equal(watch.check().level, 'full', 'still full while no space was freed');
  free = 500 * MB;
  assert.equal(watch.check().level, 'low');
  assert.equal(pushed.at(-1)?.fullSince, null);
});

test('an unhandled error is kept for the manager to see', () => {
  const watch = new DiskWatch({ db: memoryDb(), dir: '/', clock: () => 1_000, freeBytes: () => 10 * 1024 * MB });
  watch.unhandled({ at: 5, kind: 'unhandledRejection', message: 'boom' });
  assert.deepEqual(watch.status.lastUnhandled, { at: 5, kind: 'unhandledRejection', message: 'boom' });
});
