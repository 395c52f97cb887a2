import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openDatabase } from '../../../db/open';
import { testWorld, type TestWorld } from './context';

/** A test world on a real SQLite file (WAL, as the core opens it), removed when the test file ends. */
export function fileWorld(prefix: string): TestWorld {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const { db } = openDatabase(join(dir, 'boxoffice.db'));
  after(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return testWorld(db);
}
