import type { Db } from './open';

// What must be told only once a write has committed (a seat taken or let go, pushed to every open map): a window
// must never be shown a sale that then rolls back. better-sqlite3 has no commit hook, so whoever opens a
// transaction that others' work runs inside (the write group) opens a frame here and runs the frame's work after
// its own COMMIT, or drops it on rollback.

type Work = () => void;
const frames = new WeakMap<Db, Work[][]>();

/**
 * Runs `work` once the connection's current transaction has committed: at once outside a transaction; inside one,
 * when the frame it runs in has committed (collectAfterCommit), and never if it rolls back. Inside a transaction
 * opened without a frame there is no commit to wait for here: that is refused, so no event can leak early.
 */
export function afterCommit(db: Db, work: Work): void {
  if (!db.inTransaction) {
    work();
    return;
  }
  const frame = frames.get(db)?.at(-1);
  if (!frame) throw new Error('afterCommit inside a transaction opened without collectAfterCommit: its commit cannot be awaited');
  frame.push(work);
}

/**
 * Runs `run` (inside a transaction or savepoint the caller opened) with a frame of its own: gives back its value and
 * the work it left for after the commit, for the caller to run once the transaction commits. If `run` throws, its
 * work is dropped with it.
 */
export function collectAfterCommit<T>(db: Db, run: () => T): { value: T; pending: Work[] } {
  let stack = frames.get(db);
  if (!stack) frames.set(db, (stack = []));
  const pending: Work[] = [];
  stack.push(pending);
  try {
    return { value: run(), pending };
  } finally {
    stack.pop();
  }
}

/** Runs the work of committed frames, in order; one that throws is reported and does not stop the others. */
export function runCommitted(pending: readonly Work[], report: (error: unknown) => void): void {
  for (const work of pending) {
    try {
      work();
    } catch (error) {
      report(error);
    }
  }
}
