import assert from 'node:assert/strict';
import type { SeatMapSeat, SessionListItem } from '../../../electron/server/contract';
import type { TestCore } from '../../helpers/core-server';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** The n-th of 1000 valid resident ID numbers (GB 11643 checksum), for buyers made up by tests. */
export function residentId(n: number): string {
  const body = `11010519800101${String(n % 1000).padStart(3, '0')}`;
  const sum = body.split('').reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0), 0);
  return body + ('10X98765432'[sum % 11] ?? '0');
}

/** An open seated session (real-name holders made up when it asks for them), and a function that sells its next free seat for cash. */
export async function seatSeller(core: TestCore, clerk: string): Promise<{ sellNext: () => Promise<{ status: number; json: unknown }> }> {
  const now = Date.now();
  const sessions = (await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, clerk)).json as SessionListItem[];
  const session = sessions.find((s) => s.hasSeat && s.salesState === 'open');
  assert.ok(session, 'the demo has an open seated session');
  const opened = await core.call('shifts.open', { floatFen: 50_000 }, clerk);
  assert.ok(opened.status === 200 || (opened.json as { code: string }).code === 'SHIFT_ALREADY_OPEN', JSON.stringify(opened.json));
  const map = (await core.call('sessions.seatMap', { sessionId: session.id }, clerk)).json as { seats: SeatMapSeat[] };
  const free = map.seats.filter((s) => s.state === 'available');
  let next = 0;
  return {
    sellNext: () => {
      const seat = free[next++];
      assert.ok(seat, 'a free seat is left');
      const person = { name: '张三', idType: 'resident_id', idNumber: residentId(next) };
      const holder = session.realNameMode === 'per_ticket' ? { holder: person } : {};
      const buyer = session.realNameMode === 'per_order' ? { buyer: person } : {};
      return core.call('sales.sell', { sessionId: session.id, seats: [{ ticketId: seat.ticketId, ...holder }], payment: { method: 'cash', receivedFen: 10_000_000 }, ...buyer }, clerk);
    },
  };
}
