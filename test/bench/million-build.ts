// The million-ticket venue database of `npm run bench million`, built once through the domain's own services and
// cached between runs: 10 sessions of a 100,000-seat stadium, every seat sold (orders of 50 by card, over 20 days of
// clerk shifts, each day's shift closed with its Z report but the last), a tenth of them admitted at the gates today,
// every report the setup queued delivered; and one more session of the same stadium on sale, for the sales measured.
// Nothing is written around the domain: the setup is the domain's import, generation, sale and check-in, only
// grouped in big transactions (each service's own transaction nests inside as a savepoint), which changes what is
// committed when but not what is written.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { createUser } from '../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../electron/server/auth/actor';
import { loadOrCreateKeyFile } from '../../electron/boxoffice/personal-data/key-file';
import { createPersonalDataCipher } from '../../electron/boxoffice/personal-data/cipher';
import type { DomainContext } from '../../electron/boxoffice/context';
import { createHall, createVenue, importSeatLayout } from '../../electron/boxoffice/catalog/venues';
import { createPerformance } from '../../electron/boxoffice/catalog/performances';
import { createSession } from '../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../electron/boxoffice/catalog/tickets';
import { gridAreas, gridSeatLayoutCsv } from '../../electron/boxoffice/catalog/grid-layout';
import { sell } from '../../electron/boxoffice/sales/sell';
import { MAX_TICKETS_PER_SALE } from '../../electron/boxoffice/sales/schemas';
import { checkInBatch } from '../../electron/boxoffice/gate/check-in';
import { closeShift, openShift } from '../../electron/boxoffice/shifts/shifts';
import { parseInput } from '../../electron/boxoffice/parse-input';
import { createHallInput, createPerformanceInput, createSessionInput, createVenueInput, generateTicketsInput, importSeatLayoutInput } from '../../electron/boxoffice/catalog/schemas';
import { closeShiftInput, openShiftInput } from '../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../electron/boxoffice/sales/schemas';
import { reportsDelivered } from './seat-map-hall';

/** The shape of the venue; BO_BENCH_MILLION_SESSIONS and BO_BENCH_MILLION_AREAS (of 2,500 seats) scale it down for a quick look. */
export const SHAPE = {
  soldSessions: Number(process.env.BO_BENCH_MILLION_SESSIONS ?? 10),
  areas: Number(process.env.BO_BENCH_MILLION_AREAS ?? 40),
  salesDays: 20,
  admittedEvery: 10,
};
export const PINS = { manager: '111111', clerk: '2222', gate: '3333' } as const;
const DAY = 86_400_000;
const ORDERS_PER_TRANSACTION = 200;
const SCANS_PER_BATCH = 200;

/** What the measurement needs to know about the built database (kept beside it as JSON). */
export interface MillionVenue {
  /** When it was built: the sessions start half an hour after, so the measurement runs its clock from here. */
  builtAt: number;
  buildSeconds: number;
  performanceId: string;
  soldSessionIds: string[];
  /** The session on sale, every seat available, its tickets in seat order. */
  onSaleSessionId: string;
  tickets: number;
  sold: number;
  admitted: number;
  /** The start of the last sales day (its shift left open: the clerk's X report). */
  lastSalesDay: number;
  openShiftId: string;
}

/** The cache's name: the schema (every migration's name and text), the builder's own text and the shape. */
function cacheKey(): string {
  const migrations = new URL('../../db/migrations/', import.meta.url);
  const hash = createHash('sha256');
  for (const name of readdirSync(migrations).sort()) hash.update(name).update(readFileSync(new URL(name, migrations)));
  hash.update(readFileSync(new URL(import.meta.url))).update(JSON.stringify(SHAPE));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A copy of the cached database in `dir` as `boxoffice.db` (with its key file), building the cache first when the
 * schema or the builder changed. The measurement writes to its copy; the cache stays as built.
 */
export async function millionVenue(dir: string): Promise<{ file: string; venue: MillionVenue; cached: boolean }> {
  const cacheDir = join(tmpdir(), `bo-bench-million-${cacheKey()}`);
  const cached = join(cacheDir, 'boxoffice.db');
  const meta = join(cacheDir, 'venue.json');
  const wasCached = existsSync(meta);
  if (!wasCached) {
    // Built beside, moved in place when complete: an interrupted build is never taken for a cache.
    const building = `${cacheDir}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    const venue = await build(join(building, 'boxoffice.db'));
    writeFileSync(join(building, 'venue.json'), JSON.stringify(venue));
    rmSync(cacheDir, { recursive: true, force: true });
    renameSync(building, cacheDir);
  }
  const file = join(dir, 'boxoffice.db');
  copyFileSync(cached, file);
  copyFileSync(`${cached}.key`, `${file}.key`);
  return { file, venue: JSON.parse(readFileSync(meta, 'utf8')) as MillionVenue, cached: wasCached };
}

async function build(file: string): Promise<MillionVenue> {
  const started = process.hrtime.bigint();
  const builtAt = Date.now();
  const { db } = openDatabase(file);
  try {
    const users = {
      manager: await createUser(db, { username: 'manager', displayName: '王经理', role: 'manager', secret: PINS.manager }, SYSTEM_ACTOR),
      clerk: await createUser(db, { username: 'clerk', displayName: '李售票', role: 'clerk', secret: PINS.clerk }, SYSTEM_ACTOR),
      gate: await createUser(db, { username: 'gate', displayName: '张检票', role: 'gate', secret: PINS.gate }, SYSTEM_ACTOR),
    };
    const cipher = createPersonalDataCipher(loadOrCreateKeyFile(`${file}.key`).key);
    // The setup's clock: the sales days lie before the build, the admissions happen at it.
    let now = builtAt - SHAPE.salesDays * DAY;
    const as = (role: keyof typeof users): DomainContext => ({ db, cipher, clock: () => now, actor: { userId: users[role].id, username: role, role, address: null } });
    const manager = as('manager');
    const clerk = as('clerk');
    const gate = as('gate');

    const venue = createVenue(manager, parseInput(createVenueInput, { name: '体育中心', address: '体育路 1 号', provinceId: 440000, cityId: 440100, districtId: 440106 }));
    const hall = createHall(manager, parseInput(createHallInput, { venueId: venue.id, name: '主场馆', hasSeat: true }));
    importSeatLayout(manager, parseInput(importSeatLayoutInput, { hallId: hall.id, csv: gridSeatLayoutCsv(gridAreas(SHAPE.areas, 8)) }));
    const performance = createPerformance(manager, parseInput(createPerformanceInput, { name: '巡回演唱会', approval: '粤文演〔2025〕1号', typeId: 1002, realNameMode: 'none' }));
    const sessionIds = Array.from({ length: SHAPE.soldSessions + 1 }, (_, s) => {
      // Entry is open at the build: every session starts within the hour after it.
      const startsAt = builtAt + 30 * 60_000 + s * 60_000;
      const session = createSession(manager, parseInput(createSessionInput, {
        performanceId: performance.id, hallId: hall.id, name: `第${s + 1}场`, startsAt, endsAt: startsAt + 4 * 3_600_000, salesOpenAt: now - DAY,
        tiers: [{ name: '内场', priceFen: 128_000 }, { name: '看台', priceFen: 48_000 }],
      }));
      const [floor, stand] = session.tiers;
      generateTickets(manager, parseInput(generateTicketsInput, { sessionId: session.id, seatRules: [{ priceTierId: stand?.id ?? '' }, { priceTierId: floor?.id ?? '', area: 'A区' }] }));
      return session.id;
    });
    const soldSessionIds = sessionIds.slice(0, SHAPE.soldSessions);
    const onSaleSessionId = sessionIds.at(-1) ?? '';
    console.log(`build: ${sessionIds.length} sessions generated in ${seconds(started)} s`);

    // Every seat of the sold sessions, in orders of 50, spread evenly over the sales days, one shift a day.
    const orders = soldSessionIds.flatMap((sessionId) => {
      const tickets = ticketsOf(db, sessionId);
      return Array.from({ length: Math.ceil(tickets.length / MAX_TICKETS_PER_SALE) }, (_, i) => ({ sessionId, ticketIds: tickets.slice(i * MAX_TICKETS_PER_SALE, (i + 1) * MAX_TICKETS_PER_SALE) }));
    });
    const perDay = Math.ceil(orders.length / SHAPE.salesDays);
    const codes: string[] = [];
    let openShiftId = '';
    let lastSalesDay = 0;
    for (let day = 0; day < SHAPE.salesDays; day++) {
      const dayStart = builtAt - (SHAPE.salesDays - day) * DAY;
      const todays = orders.slice(day * perDay, (day + 1) * perDay);
      // Open at nine, one sale every few seconds until the day's are sold.
      now = dayStart + 9 * 3_600_000;
      lastSalesDay = dayStart;
      const shift = openShift(clerk, parseInput(openShiftInput, { floatFen: 0 }));
      const step = Math.floor((10 * 3_600_000) / Math.max(1, todays.length));
      for (let at = 0; at < todays.length; at += ORDERS_PER_TRANSACTION) {
        db.transaction(() => {
          for (const order of todays.slice(at, at + ORDERS_PER_TRANSACTION)) {
            now += step;
            const sold = sell(clerk, parseInput(sellInput, { sessionId: order.sessionId, seats: order.ticketIds.map((ticketId) => ({ ticketId })), payment: { method: 'card' } }));
            for (const line of sold.lines) codes.push(line.ticketCode);
          }
        })();
      }
      if (day < SHAPE.salesDays - 1) {
        now += 60_000;
        closeShift(clerk, parseInput(closeShiftInput, { shiftId: shift.id, countedCashFen: 0 }));
      } else openShiftId = shift.id;
      if (day % 5 === 4) console.log(`build: day ${day + 1} of ${SHAPE.salesDays} sold, ${codes.length.toLocaleString('en-US')} tickets, ${seconds(started)} s`);
    }

    // A tenth admitted at the gates, in the half hour before the first session starts.
    now = builtAt;
    const admitted = codes.filter((_, i) => i % SHAPE.admittedEvery === 0);
    for (let at = 0; at < admitted.length; at += SCANS_PER_BATCH) {
      now += 10;
      for (const result of checkInBatch(gate, { scans: admitted.slice(at, at + SCANS_PER_BATCH).map((code) => ({ gateName: `${1 + (at % 8)}号口`, sessionIds: soldSessionIds, entry: 'device', code })) })) {
        if (!result.admitted) throw new Error(`the setup's admission was refused: ${result.verdict}`);
      }
    }
    const tickets = (db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // The weeks before sent every report: the evening starts with an empty outbox queue.
    reportsDelivered(file);
    const buildSeconds = Number(seconds(started));
    console.log(`build: ${tickets.toLocaleString('en-US')} tickets, ${codes.length.toLocaleString('en-US')} sold, ${admitted.length.toLocaleString('en-US')} admitted, in ${buildSeconds} s`);
    return { builtAt, buildSeconds, performanceId: performance.id, soldSessionIds, onSaleSessionId, tickets, sold: codes.length, admitted: admitted.length, lastSalesDay, openShiftId };
  } finally {
    if (db.open) db.close();
  }
}

/** A session's ticket ids in seat order. */
export function ticketsOf(db: Db, sessionId: string): string[] {
  return (db.prepare('SELECT id FROM tickets WHERE session_id = ? ORDER BY rowid').all(sessionId) as { id: string }[]).map((t) => t.id);
}

const seconds = (since: bigint) => (Number(process.hrtime.bigint() - since) / 1e9).toFixed(1);
