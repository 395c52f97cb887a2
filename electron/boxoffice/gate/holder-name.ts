// How the gate's verdict names the holder: masked (张*丰, the default) or in full (a manager's choice, audited).
// The full name helps a visual check against the card; it is personal data on every gate screen and in every gate
// device's cache, so it stays off unless a manager turns it on.
import { writeSetting } from '../../../db/settings';
import { getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import type { Db } from '../../../db/open';
import { maskName } from '../personal-data/mask';
import { audit, inTransaction } from '../service';
import { gateHolderNameInput, type GateHolderNameSetting } from './schemas';

const KEY = 'gate.holderName';


export function readGateHolderName(db: Db): GateHolderNameSetting {
  // A cached statement rather than readSetting's prepare: this runs on every scan's verdict.
  const row = getRow<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?', KEY);
  const parsed = gateHolderNameInput.safeParse(row ? JSON.parse(row.value) : undefined);
  return parsed.success ? parsed.data : { fullName: false };
}

/** How the gate shows holders' names under the current setting (read once: a cache page names thousands). */
export const gateHolderName = (db: Db): ((name: string) => string) => (readGateHolderName(db).fullName ? (name) => name : maskName);

/**
 * Sets how gates name holders, with its audit entry. Devices re-read the tickets of sessions still admitting (one
 * change each), so their caches follow the new setting too.
 */
export function setGateHolderName(ctx: DomainContext, input: GateHolderNameSetting): GateHolderNameSetting {
  return inTransaction(ctx, () => {
    const before = readGateHolderName(ctx.db);
    if (before.fullName === input.fullName) return before;
    writeSetting(ctx.db, KEY, input, ctx.clock());
    run(
      ctx.db,
      `INSERT INTO gate_changes (session_id, order_line_id)
       SELECT l.session_id, l.id FROM order_lines l JOIN sessions s ON s.id = l.session_id WHERE s.entry_closes_at > ?`,
      ctx.clock(),
    );
    audit(ctx, 'gate.holder_name', null, { fullName: input.fullName, before: before.fullName });
    return input;
  });
}
