import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations } from '../../db/migrate';
import { SANDBOX_MIGRATIONS_DIR, openSandboxDb } from '../../electron/sandbox/store';
import { tableNames } from '../helpers/memory-db';

test('sandbox migrations are numbered in steps of 10', () => {
  const versions = loadMigrations(SANDBOX_MIGRATIONS_DIR).map((m) => m.version);
  assert.ok(versions.length > 0);
  versions.forEach((version, i) => assert.equal(version, (i + 1) * 10));
});

test('0010 creates the sandbox tables; the reference data is seeded once', () => {
  const db = openSandboxDb(':memory:');
  try {
    for (const table of ['tokens', 'venues', 'halls', 'performance_types', 'performances', 'sessions', 'price_tiers', 'tickets', 'orders', 'order_lines', 'refunds', 'checkings', 'received']) {
      assert.ok(tableNames(db).includes(table), table);
    }
    assert.ok((db.prepare('SELECT count(*) AS n FROM venues').get() as { n: number }).n >= 15);
  } finally {
    db.close();
  }
});

test('a file reopens without seeding twice, and opens read-only for inspection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-sandbox-store-'));
  try {
    const file = join(dir, 'sandbox.db');
    const count = (path: string, readonly = false): number => {
      const db = openSandboxDb(path, { readonly });
      try {
        return (db.prepare('SELECT count(*) AS n FROM halls').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const first = count(file);
    assert.equal(count(file), first);
    assert.equal(count(file, true), first);
    assert.throws(() => openSandboxDb(join(dir, 'missing.db'), { readonly: true }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
