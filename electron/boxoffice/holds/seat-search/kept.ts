import type { Db } from '../../../../db/open';
import { getRow } from '../../../../db/statements';
import type { HallBlocks } from './hall-blocks';
import type { SessionSeats } from './session-seats';

/** What best available keeps per connection: halls and sessions by id (most recently used last). */
export interface Kept {
  dataVersion: number;
  halls: Map<string, HallBlocks>;
  sessions: Map<string, SessionSeats>;
}

const kept = new WeakMap<Db, Kept>();

/**
 * The memory of this connection, forgotten whenever another connection has committed (SQLite's data_version): a
 * restored backup turns the log and the layout epoch back, which no reading of the log could tell. Another
 * program's ordinary writes are logged like the core's own; forgetting on them only costs one fresh read.
 */
export function keptFor(db: Db): Kept {
  const dataVersion = getRow<{ data_version: number }>(db, 'PRAGMA data_version')?.data_version ?? 0;
  let memory = kept.get(db);
  if (memory?.dataVersion !== dataVersion) kept.set(db, (memory = { dataVersion, halls: new Map<string, HallBlocks>(), sessions: new Map<string, SessionSeats>() }));
  return memory;
}

/** Keeps `value` under `key` as the most recently used, dropping the least recently used past `limit`. */
export function keep<T>(map: Map<string, T>, key: string, value: T, limit: number): void {
  map.delete(key);
  map.set(key, value);
  for (const old of map.keys()) if (map.size > limit) map.delete(old);
}
