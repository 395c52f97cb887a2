import { statement } from '../../db/statements';
import type { SandboxDb } from './store';

export type ReceivedResult = 'accepted' | 'duplicate' | 'rejected' | 'fault';

/** One request as the inspection view counts it. */
export interface ReceivedEntry {
  at: number;
  interface: string;
  result: ReceivedResult;
  httpStatus: number;
  code?: string | null;
  msg?: string | null;
  fault?: string | null;
  items?: number;
  duplicateItems?: number;
}

/** Records one request; call inside the handler's transaction when there is one. */
export function recordReceived(db: SandboxDb, entry: ReceivedEntry): void {
  statement(
    db,
    `INSERT INTO received (at, interface, result, http_status, code, msg, fault, items, duplicate_items)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.at,
    entry.interface,
    entry.result,
    entry.httpStatus,
    entry.code ?? null,
    entry.msg ?? null,
    entry.fault ?? null,
    entry.items ?? 0,
    entry.duplicateItems ?? 0,
  );
}
