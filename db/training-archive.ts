// "Discard training": the sandbox's transactions leave the live books for training_archive, one JSON row
// per business row, and stay exportable. Runs inside the switch's transaction.
import type { Db } from './open';
import { allRows, run } from './statements';

// Children before parents, so every delete satisfies the foreign keys of what is left.
const TRAINING_TABLES = [
  'eticket_recorded_sms', 'eticket_deliveries', 'gate_exits', 'check_ins', 'rejected_scans', 'void_ticket_codes', 'ticket_prints', 'refund_lines', 'refunds',
  'order_line_pricing', 'order_pricing', 'order_lines', 'orders', 'shifts', 'persons',
] as const;
export type TrainingTable = (typeof TRAINING_TABLES)[number];

/** Copies every row of a table into the archive as JSON: columns read from the table itself, so later columns come along. */
function archiveTable(db: Db, switchId: string, table: TrainingTable): number {
  const columns = allRows<{ name: string; type: string; pk: number }>(db, 'SELECT name, type, pk FROM pragma_table_info(?)', table);
  const key = columns.find((c) => c.pk === 1)?.name;
  if (key === undefined) throw new Error(`${table} has no primary key`);
  // BLOBs (encrypted personal data) as hex: JSON has no bytes, and the archive must never hold them decrypted.
  const fields = columns.map((c) => `'${c.name}', ${c.type === 'BLOB' ? `hex("${c.name}")` : `"${c.name}"`}`).join(', ');
  return run(db, `INSERT INTO training_archive (switch_id, table_name, record_id, row) SELECT ?, '${table}', CAST("${key}" AS TEXT), json_object(${fields}) FROM "${table}"`, switchId)
    .changes;
}

/** Moves the transactions to the archive, puts every sold seat back on sale and lets every hold go. Returns counts per table. */
export function archiveTraining(db: Db, switchId: string, now: number): { archived: Record<TrainingTable, number>; seatsBackOnSale: number } {
  const archived = {} as Record<TrainingTable, number>;
  for (const table of TRAINING_TABLES) archived[table] = archiveTable(db, switchId, table);
  run(db, 'DELETE FROM seat_holds');
  for (const table of TRAINING_TABLES) run(db, `DELETE FROM "${table}"`);
  // the training sales' promo code uses go with them
  run(db, 'UPDATE promo_codes SET used_count = 0 WHERE used_count > 0');
  // the tier counters follow by 0020's triggers
  const seatsBackOnSale = run(db, "UPDATE tickets SET status = 'available', updated_at = ? WHERE status = 'sold'", now).changes;
  return { archived, seatsBackOnSale };
}

export interface TrainingArchiveRow {
  switchId: string;
  table: string;
  recordId: string;
  row: Record<string, unknown>;
}

/** The archive (of one switch, or all), for export. */
export function listTrainingArchive(db: Db, switchId?: string): TrainingArchiveRow[] {
  return allRows<{ switchId: string; table: string; recordId: string; row: string }>(
    db,
    `SELECT switch_id AS switchId, table_name AS "table", record_id AS recordId, row FROM training_archive
     WHERE @id IS NULL OR switch_id = @id ORDER BY switch_id, table_name, record_id`,
    { id: switchId ?? null },
  ).map((r) => ({ ...r, row: JSON.parse(r.row) as Record<string, unknown> }));
}
