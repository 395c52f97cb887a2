// `npm run bench sale-costs`: what each part of the domain's sale of 4 seats costs, beside a raw single-row
// transaction, measured in one run on the benchmark venue (test/bench/sold-venue.ts: 100,000 tickets, the last
// session's 10,000 seats for sale). Each part is priced by taking the later ones away: the sale's own steps one after
// the other, each sale its own transaction as at the window (taking the seats; + the order row; + its lines; + the
// order event; + the tier's and tickets' states; + the audit row; then `sell` itself, which adds the catalog reads,
// the rules, the pricing, the payment's checks and the answer), then what each trigger of a sale's rows costs: the
// sale without it (dropped for a moment, created again) beside the sale measured just before, the median of the
// differences over the passes (an index dropped and created again comes back packed full, and the splits of the next
// inserts would be counted against it: an index's price is read from its frames below instead). CPU time of the whole process (the background checkpointer's thread
// included), the best of several passes: on a shared machine wall time measures the others. Also the pages a sale
// dirties, each one 4 KiB WAL frame at commit and copied again by the checkpoint, by b-tree; and what reading the
// order back would cost (`orderView`, how the sale answered before it answered from what it wrote).
// BO_BENCH_SESSIONS=N builds N sessions of 10,000 tickets instead of 10; BO_BENCH_PASSES (default 3; the last session's 10,000 seats allow 4).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { startBackgroundCheckpointer } from '../../db/checkpointer';
import { getHall, getPerformance, getSession, getVenue } from '../../db/catalog';
import { insertOrderLines } from '../../db/sales';
import { newId } from '../../db/ids';
import { inTransaction, audit } from '../../electron/boxoffice/service';
import { sell, channelName } from '../../electron/boxoffice/sales/sell';
import { orderTicketCodes } from '../../electron/boxoffice/sales/ticket-codes';
import { takeSeats } from '../../electron/boxoffice/sales/take-tickets';
import { insertPaidOrder } from '../../electron/boxoffice/sales/payment';
import { appendOrderRecord } from '../../electron/boxoffice/sales/order-event';
import { reportInventory, reportTickets } from '../../electron/boxoffice/outbox/states';
import { orderView } from '../../electron/boxoffice/sales/orders';
import { parseInput } from '../../electron/boxoffice/parse-input';
import { sellInput } from '../../electron/boxoffice/sales/schemas';
import type { Figures } from './run';
import { rawSingleRowTransactionCpuMicros } from './sqlite-baseline';
import { soldVenue } from './sold-venue';
import { framesByTree, printFrames } from './wal-frames';
import { cpuMicros, withLoadAverage } from './cpu-time';

const SESSIONS = Number(process.env.BO_BENCH_SESSIONS ?? 10);
const PASSES = Number(process.env.BO_BENCH_PASSES ?? 3);
const PER_ROUND = 40; // sales per measurement, of 4 seats each
const SEATS = 4;

/** What one variant does per sale (inside a transaction of its own; `sell` opens its own). */
interface Variant {
  name: string;
  key: string;
  per: (seats: string[]) => void;
  /** Outside any transaction: `sell` opens its own. */
  ownTransaction?: boolean;
}

/** A trigger of a sale's rows, priced by a sale without it. */
interface Trigger {
  name: string;
  why: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The benchmark (see test/bench/run.ts). */
export default async function saleCostsBench(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-sale-costs-'));
  const { db } = openDatabase(join(dir, 'bench.db'));
  try {
    const { clerk, sessions, ticketsBySession } = soldVenue(db, SESSIONS);
    const free = ticketsBySession.at(-1) ?? [];
    let next = 0;
    const seats = () => {
      if (next + SEATS > free.length) throw new Error('out of seats: lower BO_BENCH_PASSES');
      return free.slice(next, (next += SEATS));
    };
    const session = getSession(db, sessions.at(-1) ?? '');
    const performance = session && getPerformance(db, session.performanceId);
    const hall = session && getHall(db, session.hallId);
    const venue = hall && getVenue(db, hall.venueId);
    if (!session || !performance || !venue) throw new Error('the bench venue has no session to sell');
    const shiftId = (db.prepare('SELECT id FROM shifts WHERE user_id = ? AND closed_at IS NULL').get(clerk.actor.userId) as { id: string }).id;
    const now = clerk.clock();

    // The sale's steps in its order (sales/sell.ts), cut after `upTo` of them.
    const steps = ['take', 'order', 'lines', 'event', 'states', 'audit'] as const;
    const saleUpTo = (upTo: (typeof steps)[number]) => (ids: string[]) => {
      const last = steps.indexOf(upTo);
      const taken = takeSeats(clerk, session, ids.map((ticketId) => ({ ticketId })), { holdId: undefined, allowReserved: false });
      if (last < 1) return;
      const total = taken.reduce((sum, t) => sum + t.priceFen, 0);
      const order = insertPaidOrder(clerk, {
        sessionId: session.id, performanceId: performance.id, ticketType: 'regular', ticketMode: 'paper', authMode: performance.realNameMode, ticketCount: taken.length,
        totalFen: total, payment: { method: 'card', reference: '' }, channelName: channelName(venue.name), buyerId: null, shiftId, at: now,
      });
      if (last < 2) return;
      const codes = orderTicketCodes(taken.length);
      const lines = taken.map((t, i) => ({
        id: newId('tko_'), orderId: order.id, ticketId: t.ticketId, sessionId: session.id, performanceId: performance.id, priceTierId: t.priceTierId, priceFen: t.priceFen,
        amountFen: t.priceFen, ticketCode: codes[i] ?? '', ticketMode: 'paper' as const, holderId: null, idHmac: null, printCount: 1, createdAt: now,
      }));
      insertOrderLines(db, lines);
      if (last < 3) return;
      const tierIds = appendOrderRecord(
        clerk,
        { id: order.id, at: now, channelName: order.channelName, totalFen: total, ticketType: 'regular', ticketMode: 'paper', authMode: performance.realNameMode, performanceId: performance.id, sessionId: session.id },
        lines,
      );
      if (last < 4) return;
      reportInventory(clerk, tierIds);
      reportTickets(clerk, lines.map((l) => l.ticketId));
      if (last < 5) return;
      audit(clerk, 'order.sell', order.id, { sessionId: session.id, tickets: lines.length, totalFen: total, ticketType: 'regular', paymentMethod: 'card' });
    };
    const sellFour = (ids: string[]) => {
      sell(clerk, parseInput(sellInput, { sessionId: session.id, seats: ids.map((ticketId) => ({ ticketId })), payment: { method: 'card' } }));
    };
    const all: Variant[] = [
      { name: 'take the seats (read, mark sold, free holds)', key: 'take', per: saleUpTo('take') },
      { name: '+ the order row (number of the day)', key: 'order', per: saleUpTo('order') },
      { name: '+ its 4 lines', key: 'lines', per: saleUpTo('lines') },
      { name: '+ the order event and its refs (outbox)', key: 'event', per: saleUpTo('event') },
      { name: '+ the tier and 4 ticket states (outbox)', key: 'states', per: saleUpTo('states') },
      { name: '+ the audit row', key: 'audit', per: saleUpTo('audit') },
      { name: 'sell (+ reads, rules, pricing, payment, answer)', key: 'sell', per: sellFour, ownTransaction: true },
    ];
    const triggers: Trigger[] = [
      { name: 'seat_state_ticket_changed', why: "the seat search's change log, 0240" },
      { name: 'gate_changes_line_sold', why: "the gates' offline feed, 0100" },
      { name: 'tickets_count_status', why: "the tiers' counts, 0250" },
      { name: 'order_lines_one_per_id', why: 'one ticket per ID of a large performance, 0060' },
    ];

    // Pages first (the checkpointer not yet running, so the WAL holds exactly these commits).
    db.pragma('wal_autocheckpoint = 0');
    const frames = framesByTree(db, join(dir, 'bench.db-wal'), 100, () => sellFour(seats()));
    db.pragma('wal_autocheckpoint = 1000');

    const checkpointer = startBackgroundCheckpointer(db);
    const measureOne = (variant: Variant) => {
      const batches = Array.from({ length: PER_ROUND }, seats);
      let at = 0;
      return cpuMicros(PER_ROUND, () => {
        const ids = batches[at++] ?? [];
        if (variant.ownTransaction) variant.per(ids);
        else inTransaction(clerk, () => variant.per(ids));
      });
    };
    const sellVariant = all.at(-1) ?? all[0];
    if (!sellVariant) throw new Error('no variant');
    const best = new Map<string, number>();
    const savings = new Map<string, number[]>();
    let raw = Infinity;
    const sqlOf = (name: string) => (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string } | undefined)?.sql;
    for (let pass = 0; pass < PASSES; pass++) {
      raw = Math.min(raw, rawSingleRowTransactionCpuMicros());
      for (const variant of all) best.set(variant.key, Math.min(best.get(variant.key) ?? Infinity, measureOne(variant)));
      for (const trigger of triggers) {
        const restore = sqlOf(trigger.name);
        if (!restore) throw new Error(`no trigger ${trigger.name}`);
        const withIt = measureOne(sellVariant);
        db.exec(`DROP TRIGGER ${trigger.name}`);
        const withoutIt = measureOne(sellVariant);
        db.exec(restore);
        savings.set(trigger.name, [...(savings.get(trigger.name) ?? []), withIt - withoutIt]);
      }
    }
    // The order read back, as the sale answered before (read only: the orders sold above).
    const sold = (db.prepare('SELECT id FROM orders WHERE session_id = ? ORDER BY rowid DESC LIMIT 200').all(session.id) as { id: string }[]).map((r) => r.id);
    let readBack = Infinity;
    for (let pass = 0; pass < PASSES; pass++) {
      let at = 0;
      readBack = Math.min(readBack, cpuMicros(sold.length, () => orderView(clerk, sold[at++] ?? '')));
    }
    await checkpointer.stop();

    console.log(`raw better-sqlite3 single-row transaction: ${raw.toFixed(1)} µs CPU (best of ${PASSES} passes)`);
    console.log(`${'CPU µs per sale of 4 seats, 1 per commit'.padEnd(72)} ${'µs'.padStart(7)} ${'step'.padStart(7)}`);
    const figures: Figures = { rawMicros: Number(raw.toFixed(2)) };
    let before = 0;
    for (const variant of all) {
      const us = best.get(variant.key);
      if (us === undefined) continue;
      console.log(`${variant.name.padEnd(72)} ${us.toFixed(0).padStart(7)} ${(us >= before ? '+' : '') + (us - before).toFixed(0).padStart(6)}`);
      before = us;
      figures[`${variant.key}Micros`] = Number(us.toFixed(1));
    }
    for (const trigger of triggers) {
      const saved = median(savings.get(trigger.name) ?? []);
      console.log(`${`trigger ${trigger.name} (${trigger.why})`.padEnd(72)} ${saved.toFixed(0).padStart(7)}`);
      figures[`trigger_${trigger.name}Micros`] = Number(saved.toFixed(1));
    }
    console.log(`${'reading a sold order back (orderView; not part of a sale any more)'.padEnd(72)} ${readBack.toFixed(0).padStart(7)}`);
    figures.orderViewMicros = Number(readBack.toFixed(1));
    figures.walFrames = printFrames('WAL frames per sale (raw: 1)', frames);
    return withLoadAverage(figures);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
