// A box-office window in its own process, sharing one database file with others (see the concurrency tests).
import { openDatabase } from '../../../db/open';
import { createPersonalDataCipher } from '../../../electron/boxoffice/personal-data/cipher';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import type { DomainContext } from '../../../electron/boxoffice/context';
import type { ChildTask } from '../helpers/processes';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';
import { checkInInput } from '../../../electron/boxoffice/gate/schemas';

const task = JSON.parse(process.env.BO_TASK ?? '{}') as ChildTask & {
  sessionId: string;
  ticketIds: string[];
  attempts: number;
  holder?: { name: string; idType: 'resident_id'; idNumber: string };
  /** id-race: one holder per attempt, the same list in every process. */
  holders?: { name: string; idType: 'resident_id'; idNumber: string }[];
  role?: 'clerk' | 'manager';
  /** promo-race: the code each process sells its one seat with. */
  promoCode?: string;
};
const { db } = openDatabase(task.file);
const userId = `usr_${task.username}`;
const ctx: DomainContext = {
  db,
  cipher: createPersonalDataCipher(Buffer.from(task.keyHex, 'hex')),
  clock: () => task.clock,
  actor: { userId, username: task.username, role: task.role ?? 'clerk', address: null },
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

/** Waits until every process of the race is at this step too (the parent says go), so they really race. */
function together(step: number): Promise<void> {
  return new Promise((resolve) => {
    const go = (message: { go?: number }) => {
      if (message.go !== step) return;
      process.off('message', go);
      resolve();
    };
    process.on('message', go);
    process.send?.({ ready: step });
  });
}

await together(0);

if (task.task === 'sell-race') {
  const outcomes: Record<string, number> = {};
  const sold: string[] = [];
  for (let i = 0; i < task.attempts; i++) {
    const seats = [pick(task.ticketIds), pick(task.ticketIds)].filter((s, j, all): s is string => s !== undefined && all.indexOf(s) === j);
    const result = attempt(() => sell(ctx, parseInput(sellInput, { sessionId: task.sessionId, seats: seats.map((ticketId) => ({ ticketId })), payment: { method: 'card' } })));
    const key = typeof result === 'string' ? result : 'SOLD';
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    if (typeof result !== 'string') sold.push(...result.lines.map((l) => l.ticketId));
  }
  print({ outcomes, sold });
} else if (task.task === 'limit-race') {
  const outcomes: Record<string, number> = {};
  for (let i = 0; i < task.attempts; i++) {
    const ticketId = task.ticketIds[i] ?? '';
    const result = attempt(() => sell(ctx, parseInput(sellInput, { sessionId: task.sessionId, seats: [{ ticketId, holder: task.holder }], payment: { method: 'card' } })));
    const key = typeof result === 'string' ? result : 'SOLD';
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  print({ outcomes });
} else if (task.task === 'id-race') {
  // Every process sells its own seats to the same holders in the same order, each ID in step with the others,
  // so each ID is a fresh race (otherwise the first process to win stays ahead and wins them all).
  const outcomes: string[] = [];
  for (const [i, holder] of (task.holders ?? []).entries()) {
    await together(i + 1);
    const ticketId = task.ticketIds[i] ?? '';
    const result = attempt(() => sell(ctx, parseInput(sellInput, { sessionId: task.sessionId, seats: [{ ticketId, holder }], payment: { method: 'card' } })));
    outcomes.push(typeof result === 'string' ? result : 'SOLD');
  }
  print({ outcomes });
} else if (task.task === 'promo-race') {
  // One sale per process, all at the same instant, each with the same promo code and its own seat.
  const result = attempt(() => sell(ctx, parseInput(sellInput, { sessionId: task.sessionId, seats: [{ ticketId: task.ticketIds[0] ?? '' }], promoCode: task.promoCode, payment: { method: 'card' } })));
  print({ outcome: typeof result === 'string' ? result : 'SOLD', totalFen: typeof result === 'string' ? null : result.totalFen });
} else if (task.task === 'held-race') {
  // A manager issuing complimentary tickets one by one, while others do the same, against one 15% cap.
  const outcomes: Record<string, number> = {};
  for (const ticketId of task.ticketIds) {
    const result = attempt(() => sell(ctx, parseInput(sellInput, { sessionId: task.sessionId, seats: [{ ticketId }], ticketType: 'complimentary', payment: { method: 'none' } })));
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
      const result = attempt(() => sell(ctx, parseInput(sellInput, { sessionId: task.sessionId, seats: seats.map((ticketId) => ({ ticketId })), payment: { method: 'card' } })));
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
        const result = attempt(() => refund(ctx, parseInput(refundInput, { orderId: order.orderId, reason: '压力测试退票' })));
        if (typeof result !== 'string') print({ refund: result.refundId });
      } else {
        const result = checkIn(gateCtx, parseInput(checkInInput, { gateName: '压力门', sessionIds: [task.sessionId], code: order.codes[0] ?? '' }));
        if (result.checkIn) print({ checkIn: result.checkIn.id });
      }
    }
  }
}
db.close();
// The channel to the parent would keep this process alive.
if (process.connected) process.disconnect();
