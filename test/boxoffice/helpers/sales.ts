import { seatMap } from '../../../electron/boxoffice/catalog/queries';
import { gb11643CheckChar } from '../../../electron/boxoffice/personal-data/id-document';
import type { DomainContext } from '../../../electron/boxoffice/context';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sessionIdInput } from '../../../electron/boxoffice/catalog/schemas';

/** A seat's ticket id by area, row and number. */
export function seatFinder(ctx: DomainContext, sessionId: string): (row: string, seat: string, area?: string) => string {
  const { seats } = seatMap(ctx, parseInput(sessionIdInput, { sessionId }));
  return (row, seat, area = 'A区') => {
    const found = seats.find((s) => s.area === area && s.row === row && s.seat === seat);
    if (!found) throw new Error(`no seat ${area} ${row} ${seat}`);
    return found.ticketId;
  };
}

/** A valid resident ID number (GB 11643) for a birth date and sequence. */
export function residentId(birth = '19900307', sequence = '123'): string {
  const first17 = `110101${birth}${sequence}`;
  return first17 + gb11643CheckChar(first17);
}

export const person = (name: string, id = residentId()) => ({ name, idType: 'resident_id' as const, idNumber: id });

export const refusal = (code: string, check?: (details: Record<string, unknown>) => boolean) => (error: unknown) =>
  error instanceof BoxOfficeError && error.code === code && (check === undefined || check(error.details ?? {}));
