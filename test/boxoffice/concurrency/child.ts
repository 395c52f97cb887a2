// A box-office window in its own process, sharing one database file with others (see the concurrency tests).
import { openDatabase } from '../../../db/open';
import { createPersonalDataCipher } from '../../../electron/boxoffice/personal-data/cipher';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import type { DomainContext } from '../../../electron/boxoffice/context';
import type { ChildTask } from '../helpers/processes';

const task = JSON.parse(process.env.BO_TASK ?? '{}') as ChildTask & {
  sessionId: string;
  ticketIds: string[];
  attempts: number;
  holder?: { name: string; idType: 'resident_id'; idNumber: string };
};
const { db } = openDatabase(task.file);
const userId = `usr_${task.username}`;
const ctx: DomainContext = {
  db,
  cipher: createPersonalDataCipher(Buffer.from(task.keyHex, 'hex')),
  clock: () => task.clock,
  actor: { userId, username: task.username, role: 'clerk', address: null },
};
const gateCtx: DomainContext = { ...ctx, actor: { userId: 'usr_gate', username: 'gate', role: 'gate', address: null } };
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];

function attempt<T>(work: () => T): T | string {
  try {
    return work();
  } catch (error) {
    if (error instanceof BoxOfficeError) return error.code;
    throw error;
  }
}

// Start together, so the processes really race.
while (Date.now() < task.startAt) await new Promise((resolve) => setTimeout(resolve, 2));

if (task.task === 'sell-race') {
  const outcomes: Record<string, number> = {};
  const sold: string[] = [];
  for (let i = 0; i < task.attempts; i++) {
    const seats = [pick(task.ticketIds), pick(task.ticketIds)].filter((s, j, all): s is string => s !== undefined && all.indexOf(s) === j);
    const result = attempt(() => sell(ctx, { sessionId: task.sessionId, seats: seats.map((ticketId) => ({ ticketId })), payment: { method: 'card' } }));
    const key = typeof result === 'string' ? result : 'SOLD';
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    if (typeof result !== 'string') sold.push(...result.lines.map((l) => l.ticketId));
  }
  print({ outcomes, sold });
} else if (task.task === 'limit-race') {
  const outcomes: Record<string, number> = {};
  for (let i = 0; i < task.attempts; i++) {
    const ticketId = task.ticketIds[i] ?? '';
    const result = attempt(() => sell(ctx, { sessionId: task.sessionId, seats: [{ ticketId, holder: task.holder }], payment: { method: 'card' } }));
    const key = typeof result === 'string' ? result : 'SOLD';
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  print({ outcomes });
} else {
  // burst: sell, refund and check in as fast as possible until killed; each line is printed after its commit.
  // Orders leave the refundable list once refunded or used, so the burst never runs out of seats to sell.
  const mine: { orderId: string; codes: string[] }[] = [];
  for (;;) {
    const roll = Math.random();
    if (roll < 0.55 || mine.length === 0) {
      const count = 1 + Math.floor(Math.random() * 4);
      const seats = Array.from({ length: count }, () => pick(task.ticketIds)).filter((s, j, all): s is string => s !== undefined && all.indexOf(s) === j);
      const result = attempt(() => sell(ctx, { sessionId: task.sessionId, seats: seats.map((ticketId) => ({ ticketId })), payment: { method: 'card' } }));
      if (typeof result !== 'string') {
        mine.push({ orderId: result.id, codes: result.lines.map((l) => l.ticketCode) });
        print({ order: result.id });
      }
    } else {
      const index = Math.floor(Math.random() * mine.length);
      const order = mine[index];
      if (!order) continue;
      mine.splice(index, 1);
      if (roll < 0.85) {
        const result = attempt(() => refund(ctx, { orderId: order.orderId, reason: '压力测试退票' }));
        if (typeof result !== 'string') print({ refund: result.refundId });
      } else {
        const result = checkIn(gateCtx, { gateName: '压力门', sessionIds: [task.sessionId], code: order.codes[0] ?? '' });
        if (result.checkIn) print({ checkIn: result.checkIn.id });
      }
    }
  }
}
db.close();
