import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../../db/open';
import { testWorld, type TestWorld } from './context';

/** A box office on a real database file in a temporary folder, for several processes to share. */
export function fileWorld(): { dir: string; file: string; keyHex: string; world: TestWorld; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bo-domain-'));
  const file = join(dir, 'box.db');
  const key = randomBytes(32);
  const { db } = openDatabase(file);
  const world = testWorld(db, key);
  return {
    dir,
    file,
    keyHex: key.toString('hex'),
    world,
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const CHILD = fileURLToPath(new URL('../concurrency/child.ts', import.meta.url));

export interface ChildTask {
  task: 'sell-race' | 'limit-race' | 'id-race' | 'held-race' | 'promo-race' | 'burst';
  file: string;
  keyHex: string;
  username: string;
  clock: number;
  startAt: number;
  [key: string]: unknown;
}

/** Starts a child process running one task (test/boxoffice/concurrency/child.ts); its stdout is JSON lines. */
export function startChild(task: ChildTask): { child: ChildProcess; lines: () => string[]; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, BO_TASK: JSON.stringify(task) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(`child ${task.username} exited ${code}: ${err}`);
      resolve(code);
    }),
  );
  return { child, lines: () => out.split('\n').filter((line) => line !== ''), done };
}
