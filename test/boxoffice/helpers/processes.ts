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
  [key: string]: unknown;
}

export interface RunningChild {
  child: ChildProcess;
  /** Its stdout so far, a JSON line each. */
  lines: () => string[];
  /** Resolves once it has printed `count` lines (or has exited). */
  printed: (count: number) => Promise<void>;
  done: Promise<number | null>;
}

/**
 * Starts one process per task (test/boxoffice/concurrency/child.ts), racing in step: each waits at its start (and
 * at any later step it names) until all the others still running are there too, then all go at once.
 */
export function startChildren(tasks: ChildTask[]): RunningChild[] {
  const running = tasks.map(spawnChild);
  const ready = new Map<number, Set<ChildProcess>>();
  const release = (step: number) => {
    const at = ready.get(step);
    const live = running.filter((r) => r.child.exitCode === null && r.child.signalCode === null && r.child.connected);
    if (!at || live.some((r) => !at.has(r.child))) return;
    ready.delete(step);
    for (const r of live) r.child.send({ go: step });
  };
  for (const r of running) {
    r.child.on('message', (message: { ready?: number }) => {
      if (typeof message.ready !== 'number') return;
      ready.set(message.ready, (ready.get(message.ready) ?? new Set()).add(r.child));
      release(message.ready);
    });
    // One that ended no longer holds the others back.
    r.child.on('exit', () => {
      for (const step of [...ready.keys()]) release(step);
    });
  }
  return running;
}

/** One process running one task, alone (its steps go at once). */
export const startChild = (task: ChildTask): RunningChild => startChildren([task])[0] as RunningChild;

function spawnChild(task: ChildTask): RunningChild {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, BO_TASK: JSON.stringify(task) }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const { stdout, stderr } = child;
  if (!stdout || !stderr) throw new Error('the child has no output pipes');
  let out = '';
  let err = '';
  const lines = () => out.split('\n').filter((line) => line !== '');
  const waiting = new Set<{ count: number; resolve: () => void }>();
  const wake = (all: boolean) => {
    for (const waiter of waiting) {
      if (!all && lines().length < waiter.count) continue;
      waiting.delete(waiter);
      waiter.resolve();
    }
  };
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    wake(false);
  });
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(`child ${task.username} exited ${code}: ${err}`);
      wake(true);
      resolve(code);
    }),
  );
  const printed = (count: number) => (lines().length >= count || child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => waiting.add({ count, resolve })));
  return { child, lines, printed, done };
}
