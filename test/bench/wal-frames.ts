// The pages a write dirties, as WAL frames by b-tree: each is one 4 KiB frame written at commit and copied again by
// the checkpoint, so the frame count is most of what a commit costs (the cost benchmarks print it).
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/open';

/**
 * The WAL frames of `count` calls of `once` (each its own commit), by the b-tree each page belongs to, per call.
 * Checkpoints the WAL first and needs `wal_autocheckpoint = 0` meanwhile, so the WAL holds exactly these commits.
 */
export function framesByTree(db: Db, walPath: string, count: number, once: () => void): Map<string, number> {
  db.pragma('wal_checkpoint(TRUNCATE)');
  for (let i = 0; i < count; i++) once();
  const wal = readFileSync(walPath);
  const owner = new Map((db.prepare('SELECT name, pageno FROM dbstat').all() as { name: string; pageno: number }[]).map((r) => [r.pageno, r.name]));
  const frames = new Map<string, number>();
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  for (let at = 32; at + 24 <= wal.length; at += pageSize + 24) {
    const tree = owner.get(wal.readUInt32BE(at)) ?? 'freelist';
    frames.set(tree, (frames.get(tree) ?? 0) + 1 / count);
  }
  return frames;
}

/** Prints the frames per call, largest first; gives their total. */
export function printFrames(label: string, by: Map<string, number>): number {
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  console.log(`${label}: ${total.toFixed(2)} — ${[...by].sort((a, b) => b[1] - a[1]).map(([tree, n]) => `${tree} ${n.toFixed(2)}`).join(', ')}`);
  return Number(total.toFixed(2));
}
