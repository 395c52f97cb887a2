import type { z } from 'zod';
import { getHall } from '../../../db/catalog';
import { allRows, getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import type { QualityZone, setQualityZonesInput } from './zone-schemas';

export interface SeatZone {
  seatId: string;
  zone: QualityZone;
}

/** The zoned seats of a hall (seats missing here have no zone). */
export function hallQualityZones(ctx: DomainContext, hallId: string): SeatZone[] {
  if (!getHall(ctx.db, hallId)) throw notFound('hall', hallId);
  return allRows<SeatZone>(ctx.db, 'SELECT z.seat_id AS seatId, z.zone FROM seat_quality_zones z JOIN seats s ON s.id = z.seat_id WHERE s.hall_id = ? ORDER BY z.seat_id', hallId);
}

/**
 * Paints seats of a hall into a quality zone (or out of every zone). It ranks best available in every session of
 * the hall from now on, sold or not: the ranking orders the free seats, it never changes a ticket. Manager only.
 */
export function setQualityZones(ctx: DomainContext, input: z.output<typeof setQualityZonesInput>): { updated: number; zoned: number } {
  const { hallId, seatIds, zone } = input;
  return inTransaction(ctx, () => {
    const hall = getHall(ctx.db, hallId);
    if (!hall) throw notFound('hall', hallId);
    const ids = JSON.stringify(seatIds);
    const known = allRows<{ id: string }>(ctx.db, 'SELECT id FROM seats WHERE hall_id = ? AND id IN (SELECT value FROM json_each(?))', hallId, ids);
    if (known.length !== new Set(seatIds).size) {
      const found = new Set(known.map((row) => row.id));
      const missing = seatIds.find((id) => !found.has(id)) ?? '';
      throw new BoxOfficeError('NOT_FOUND', `No seat with id ${missing} exists in ${hall.name}.`, { what: 'seat of this hall', id: missing });
    }
    const updated =
      zone === null
        ? run(ctx.db, 'DELETE FROM seat_quality_zones WHERE seat_id IN (SELECT value FROM json_each(?))', ids).changes
        : run(ctx.db, 'INSERT INTO seat_quality_zones (seat_id, zone) SELECT value, ? FROM json_each(?) WHERE true ON CONFLICT (seat_id) DO UPDATE SET zone = excluded.zone', zone, ids).changes;
    const zoned = getRow<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM seat_quality_zones z JOIN seats s ON s.id = z.seat_id WHERE s.hall_id = ?', hallId)?.n ?? 0;
    audit(ctx, 'hall.quality_zones', hallId, { seats: seatIds.length, zone });
    return { updated, zoned };
  });
}
