import { test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open';
import { restoreDatabase } from '../../../db/restore';
import assert from 'node:assert/strict';
import { DAY, HOUR, MINUTE, testWorld, type TestWorld } from '../helpers/context';
import { bestAvailable } from '../../../electron/boxoffice/holds/best-available';
import { releaseHold } from '../../../electron/boxoffice/holds/holds';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { bestAvailableInput } from '../../../electron/boxoffice/holds/schemas';
import { createHall, createVenue, importSeatLayout } from '../../../electron/boxoffice/catalog/venues';
import { createPerformance } from '../../../electron/boxoffice/catalog/performances';
import { createSession } from '../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../electron/boxoffice/catalog/tickets';
import { setQualityZones } from '../../../electron/boxoffice/catalog/quality-zones';
import { createHallInput, createPerformanceInput, createSessionInput, createVenueInput, generateTicketsInput, importSeatLayoutInput } from '../../../electron/boxoffice/catalog/schemas';
import { setQualityZonesInput } from '../../../electron/boxoffice/catalog/zone-schemas';
import { referenceBestAvailable } from './reference-best-available';
import { mulberry32 as random } from '../../../electron/seeded-random';

// Best available searches seats kept in memory and caught up from the seat-state log (migration 0240). Whatever
// writes the seats (sales, holds, blocks, tier moves, expiring holds, zones and wheelchair places repainted, writes
// rolled back, a search inside a caller's transaction), it must give exactly the answer of the straightforward
// search over SQLite (reference-best-available.ts): on random halls and random evenings, call after call.

/** Rows of seats with aisles, uneven spacing and curved rows, on one or two floors listed in either order. */
function randomLayout(rand: () => number): string {
  const lines: string[] = [];
  const floors = rand() < 0.5 ? ['1层'] : rand() < 0.5 ? ['1层', '2层'] : ['2层', '1层'];
  for (const floor of floors) {
    const areas = 1 + Math.floor(rand() * 3);
    for (let a = 0; a < areas; a++) {
      const rows = 1 + Math.floor(rand() * 6);
      const x0 = a * 20 + Math.floor(rand() * 3);
      for (let r = 1; r <= rows; r++) {
        const seats = 3 + Math.floor(rand() * 12);
        const curve = rand() < 0.3 ? 0.1 : 0;
        let x = x0 + (rand() < 0.5 ? 0.5 : 0);
        for (let s = 1; s <= seats; s++) {
          x += rand() < 0.1 ? 3 : rand() < 0.2 ? 1.1 : 1;
          const flag = rand() < 0.06 ? 'accessible' : rand() < 0.03 ? 'blocked' : '';
          const y = (floor === '2层' ? 30 : 0) + r * 1.5 + curve * Math.abs(s - seats / 2);
          lines.push([floor, `${String.fromCharCode(65 + a)}区`, `${r}排`, String(s), x.toFixed(2), y.toFixed(2), flag].join(','));
        }
      }
    }
  }
  return ['floor,area,row,seat,x,y,flags', ...lines].join('\n');
}

interface Evening {
  sessionId: string;
  hallId: string;
  tierIds: string[];
  ticketIds: string[];
  seatIds: string[];
}

function randomEvening(world: TestWorld, rand: () => number): Evening {
  const venue = createVenue(world.manager, parseInput(createVenueInput, { name: '体育中心', address: '体育路 1 号', provinceId: 440000, cityId: 440100, districtId: 440106 }));
  const hall = createHall(world.manager, parseInput(createHallInput, { venueId: venue.id, name: '主场馆', hasSeat: true }));
  importSeatLayout(world.manager, parseInput(importSeatLayoutInput, { hallId: hall.id, csv: randomLayout(rand) }));
  const performance = createPerformance(world.manager, parseInput(createPerformanceInput, { name: '巡回演唱会', approval: '粤文演〔2025〕1号', typeId: 1002 }));
  const startsAt = world.clock.now + 2 * DAY;
  const session = createSession(world.manager, parseInput(createSessionInput, {
    performanceId: performance.id,
    hallId: hall.id,
    name: '首场',
    startsAt,
    endsAt: startsAt + 3 * HOUR,
    salesOpenAt: world.clock.now,
    tiers: [{ name: '内场', priceFen: 128_000 }, { name: '看台', priceFen: 48_000 }, { name: '后排', priceFen: 28_000 }],
  }));
  const tierIds = session.tiers.map((tier) => tier.id);
  const open = world.db.prepare('SELECT id FROM seats WHERE hall_id = ? AND blocked = 0 ORDER BY random()').pluck().all(hall.id) as string[];
  generateTickets(world.manager, parseInput(generateTicketsInput, {
    sessionId: session.id,
    seatRules: [{ priceTierId: tierIds[0] ?? '' }, { priceTierId: tierIds[1] ?? '', seatIds: open.filter((_, i) => i % 3 === 1) }, { priceTierId: tierIds[2] ?? '', seatIds: open.filter((_, i) => i % 3 === 2) }],
  }));
  const ticketIds = (world.db.prepare('SELECT id FROM tickets WHERE session_id = ? ORDER BY id').pluck().all(session.id) as string[]);
  const seatIds = (world.db.prepare('SELECT id FROM seats WHERE hall_id = ? ORDER BY id').pluck().all(hall.id) as string[]);
  return { sessionId: session.id, hallId: hall.id, tierIds, ticketIds, seatIds };
}

/** One write of the kind any part of the box office (or another program) makes, straight to the database. */
function randomWrite(world: TestWorld, evening: Evening, rand: () => number): void {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const ticket = pick(evening.ticketIds);
  const now = world.clock.now;
  const kind = rand();
  if (kind < 0.3) world.db.prepare('UPDATE tickets SET status = ? WHERE id = ?').run(pick(['available', 'available', 'sold', 'reserved', 'blocked']), ticket);
  else if (kind < 0.5) {
    world.db
      .prepare('INSERT OR REPLACE INTO seat_holds (ticket_id, hold_id, session_id, user_id, expires_at, created_at) VALUES (?, ?, ?, NULL, ?, ?)')
      .run(ticket, `hld_w${Math.floor(rand() * 5)}`, evening.sessionId, now + Math.floor((rand() * 10 - 2) * MINUTE), now);
  } else if (kind < 0.6) world.db.prepare('DELETE FROM seat_holds WHERE ticket_id = ?').run(ticket);
  else if (kind < 0.7) world.db.prepare('UPDATE tickets SET price_tier_id = ? WHERE id = ?').run(pick(evening.tierIds), ticket);
  else if (kind < 0.8) world.clock.now += Math.floor(rand() * 3 * MINUTE);
  else if (kind < 0.87) {
    const seatIds = evening.seatIds.filter(() => rand() < 0.2);
    if (seatIds.length > 0) setQualityZones(world.manager, parseInput(setQualityZonesInput, { hallId: evening.hallId, seatIds, zone: pick(['A', 'B', 'C', null]) }));
  } else if (kind < 0.92) world.db.prepare('UPDATE seats SET accessible = 1 - accessible WHERE id = ?').run(pick(evening.seatIds));
  else world.db.prepare("UPDATE tickets SET status = 'available' WHERE session_id = ? AND status <> 'available' AND id IN (SELECT id FROM tickets WHERE session_id = ? ORDER BY random() LIMIT 5)").run(evening.sessionId, evening.sessionId);
}

/** Asks both searches the same question on the database as it is; the fast one also holds what it found. */
function compare(world: TestWorld, evening: Evening, rand: () => number, where: string): string | null {
  const count = 1 + Math.floor(rand() * 5);
  const accessible = rand() < 0.15 ? 1 : 0;
  const priceTierId = rand() < 0.4 ? undefined : evening.tierIds[Math.floor(rand() * evening.tierIds.length)];
  const query = { sessionId: evening.sessionId, count, accessible, ...(priceTierId ? { priceTierId } : {}) };
  const expected = referenceBestAvailable(world.db, { ...query, now: world.clock.now });
  const clerk = world.as(rand() < 0.5 ? 'clerk' : 'clerk2', 'clerk');
  try {
    const found = bestAvailable(clerk, parseInput(bestAvailableInput, query));
    assert.deepEqual(found.seats.map((seat) => seat.ticketId), expected.ticketIds, `${where}: ${JSON.stringify(query)}`);
    return found.hold.holdId;
  } catch (error) {
    if (!(error instanceof BoxOfficeError) || error.code !== 'NO_ADJACENT_SEATS') throw error;
    assert.equal(expected.ticketIds, null, `${where}: refused, but the reference found seats for ${JSON.stringify(query)}`);
    assert.equal(error.details?.free, expected.free, `${where}: free seats`);
    return null;
  }
}

const ROLLED_BACK = new Error('rolled back');

for (const seed of [1, 2, 3, 4, 5, 6]) {
  test(`random hall ${seed}: the in-memory search answers exactly as the straightforward one, write after write`, () => {
    const world = testWorld();
    const rand = random(seed);
    const evening = randomEvening(world, rand);
    const holds: string[] = [];
    for (let step = 0; step < 120; step++) {
      const writes = Math.floor(rand() * 4);
      for (let w = 0; w < writes; w++) randomWrite(world, evening, rand);
      if (rand() < 0.12) {
        // Inside a caller's transaction that then rolls back: the search sees its writes, the memory keeps none.
        assert.throws(() => world.db.transaction(() => {
          for (let w = 0; w < 3; w++) randomWrite(world, evening, rand);
          compare(world, evening, rand, `seed ${seed} step ${step} (inside a transaction)`);
          throw ROLLED_BACK;
        })(), (error) => error === ROLLED_BACK);
        continue;
      }
      const hold = compare(world, evening, rand, `seed ${seed} step ${step}`);
      if (hold) holds.push(hold);
      if (holds.length > 0 && rand() < 0.4) releaseHold(world.manager, { holdId: holds.splice(Math.floor(rand() * holds.length), 1)[0] ?? '' });
    }
  });
}

test('tickets removed, made again under new ids, unseated and moved to other seats are followed: an old ticket is never offered', () => {
  const world = testWorld();
  const rand = random(99);
  const evening = randomEvening(world, rand);
  compare(world, evening, rand, 'before');
  // Another hall's session in between: each session's seats are kept on their own.
  const other = randomEvening(world, rand);
  compare(world, other, rand, 'other hall');
  world.db.prepare('DELETE FROM seat_holds WHERE session_id = ?').run(evening.sessionId);
  world.db.prepare('DELETE FROM tickets WHERE session_id = ?').run(evening.sessionId);
  assert.throws(() => bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: evening.sessionId, count: 1 })), (e: unknown) => e instanceof BoxOfficeError && e.code === 'NO_ADJACENT_SEATS');
  world.db
    .prepare("INSERT INTO tickets (id, session_id, price_tier_id, seat_id, status, updated_at) SELECT 'tkt_again_' || id, ?, ?, id, 'available', 0 FROM seats WHERE hall_id = ? AND rowid % 2 = 0")
    .run(evening.sessionId, evening.tierIds[2], evening.hallId);
  evening.ticketIds = world.db.prepare('SELECT id FROM tickets WHERE session_id = ? ORDER BY id').pluck().all(evening.sessionId) as string[];
  for (let i = 0; i < 5; i++) compare(world, evening, rand, `made again ${i}`);
  // Tickets taken off their seats, then put on seats that had none.
  const moved = evening.ticketIds.slice(0, 6);
  for (const id of moved) world.db.prepare('UPDATE tickets SET seat_id = NULL WHERE id = ?').run(id);
  compare(world, evening, rand, 'unseated');
  const empty = world.db.prepare('SELECT id FROM seats WHERE hall_id = ? AND id NOT IN (SELECT seat_id FROM tickets WHERE session_id = ? AND seat_id IS NOT NULL) ORDER BY id').pluck().all(evening.hallId, evening.sessionId) as string[];
  moved.forEach((id, i) => world.db.prepare('UPDATE tickets SET seat_id = ? WHERE id = ?').run(empty[i] ?? null, id));
  for (let i = 0; i < 10; i++) {
    randomWrite(world, evening, rand);
    compare(world, evening, rand, `moved ${i}`);
  }
  for (let i = 0; i < 5; i++) compare(world, other, rand, `other hall again ${i}`);
  // Changes the memory never saw, pruned from the log before it looked: it reads the session again.
  world.db.prepare("UPDATE tickets SET status = 'sold' WHERE session_id = ? AND rowid % 3 = 0").run(evening.sessionId);
  world.db.exec('UPDATE seat_search_marks SET pruned_through = (SELECT max(seq) FROM seat_state_changes); DELETE FROM seat_state_changes');
  for (let i = 0; i < 5; i++) compare(world, evening, rand, `after pruning ${i}`);
});

test('a backup restored under the open connection (the log and the layout turned back) is read again, not trusted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-seat-search-'));
  const { db } = openDatabase(join(dir, 'boxoffice.db'));
  try {
    const world = testWorld(db);
    const rand = random(7);
    const evening = randomEvening(world, rand);
    compare(world, evening, rand, 'before the backup');
    await db.backup(join(dir, 'backup.db'));
    // After the backup: seats held and sold, and the memory takes them in.
    for (let i = 0; i < 8; i++) compare(world, evening, rand, `after the backup ${i}`);
    db.prepare("UPDATE tickets SET status = 'sold' WHERE session_id = ? AND rowid % 4 = 0").run(evening.sessionId);
    compare(world, evening, rand, 'sold after the backup');
    await restoreDatabase(join(dir, 'backup.db'), join(dir, 'boxoffice.db'));
    // The seats sold after the backup are free again, though the log says nothing of it; new holds number it anew.
    for (let i = 0; i < 5; i++) compare(world, evening, rand, `after the restore ${i}`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
