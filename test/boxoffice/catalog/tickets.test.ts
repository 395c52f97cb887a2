import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { count, outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow, unseatedShow } from '../helpers/fixtures';
import { generateTickets, setTicketStatus } from '../../../electron/boxoffice/catalog/tickets';
import { createSession } from '../../../electron/boxoffice/catalog/sessions';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createSessionInput, generateTicketsInput, setTicketStatusInput } from '../../../electron/boxoffice/catalog/schemas';

const refusal = (code: string) => (error: unknown) => error instanceof BoxOfficeError && error.code === code;

test('a seated session gets one ticket per seat matched by a rule, blocked seats blocked, all reported', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  assert.deepEqual(
    show.session.tiers.map((t) => [t.name, t.total, t.available, t.blocked]),
    [['VIP', 50, 50, 0], ['普通', 50, 49, 1]],
  );
  const stock = outboxRows(world.db, 'inventory').map((r) => r.payload as OutboxPayload<'inventory'>);
  assert.deepEqual(stock.map((s) => [s.priceName, s.ticketPrice, s.availableInventory, s.unavailableInventory]), [['VIP', 88000, 50, 0], ['普通', 18000, 49, 1]]);
  const tickets = outboxRows(world.db, 'ticket').map((r) => r.payload as OutboxPayload<'ticket'>);
  assert.equal(tickets.length, 100);
  assert.deepEqual(tickets[0] && { ...tickets[0], ticketId: 'x' }, { performanceId: show.performanceId, sessionId: show.session.id, priceId: show.tier.VIP, ticketId: 'x', availableSale: 'for_sale', floorName: '1层', areaName: 'A区', rowName: '1排', seatNo: '1' });
  assert.equal(tickets.filter((t) => t.availableSale === 'not_for_sale').length, 1);
  assert.throws(() => generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: show.session.id, seatRules: [{ priceTierId: show.tier.VIP ?? '' }] })), refusal('TICKETS_EXIST'));
});

test('seat rules: later rules win, unmatched seats are not offered, a seated session needs rules', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  const s = createSession(world.manager, parseInput(createSessionInput, { performanceId: show.performanceId, hallId: theatre.seatedHallId, name: '二场', startsAt: show.session.startsAt + 86_400_000, endsAt: show.session.endsAt + 86_400_000, salesOpenAt: world.clock.now, tiers: [{ name: '前排', priceFen: 50000 }, { name: '后排', priceFen: 20000 }] }));
  const front = s.tiers[0]?.id ?? '';
  const back = s.tiers[1]?.id ?? '';
  assert.throws(() => generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: s.id })), refusal('VALIDATION'));
  assert.throws(() => generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: s.id, seatRules: [{ priceTierId: 'tier_x' }] })), refusal('NOT_FOUND'));
  assert.throws(() => generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: s.id, seatRules: [{ priceTierId: front, area: 'Z区' }] })), refusal('RULE_MATCHES_NOTHING'), 'no seat matched');
  // "1-8排" typed as a row name matches nothing: refused in words, never "ready to sell" with an empty tier.
  assert.throws(
    () => generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: s.id, seatRules: [{ priceTierId: back }, { priceTierId: front, rows: ['1-8排'] }] })),
    (e: unknown) => refusal('RULE_MATCHES_NOTHING')(e) && (e as BoxOfficeError).details?.rule === 2 && /Seat rule 2 matches no seat .*1-8排/.test((e as Error).message),
  );
  assert.throws(
    () => generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: s.id, seatRules: [{ priceTierId: back }] })),
    (e: unknown) => refusal('TIER_WITHOUT_SEATS')(e) && (e as BoxOfficeError).details?.tier === '前排' && /Price tier 前排 would get no seat/.test((e as Error).message),
    'a tier of the session with no seat',
  );
  const generated = generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: s.id, seatRules: [{ priceTierId: back, area: 'A区' }, { priceTierId: front, area: 'A区', rows: ['1排', '2排'] }] }));
  assert.equal(generated.unassignedSeats, 50);
  assert.deepEqual(generated.tiers.map((t) => t.total), [20, 30]);
});

test('an unseated session gets a pool per tier', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = unseatedShow(world, theatre);
  assert.deepEqual(show.session.tiers.map((t) => [t.name, t.total, t.available]), [['站票', 200, 200], ['学生', 50, 50]]);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM tickets WHERE session_id = ? AND seat_id IS NULL', show.session.id), 250);
  const tickets = outboxRows(world.db, 'ticket').map((r) => r.payload as OutboxPayload<'ticket'>);
  assert.deepEqual([tickets[0]?.floorName, tickets[0]?.seatNo], ['', '']);
});

test('box-office holds and blocks move stock between tiers counts and are reported', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  const ids = (world.db.prepare('SELECT id FROM tickets WHERE price_tier_id = ? ORDER BY rowid LIMIT 4').all(show.tier.VIP) as { id: string }[]).map((r) => r.id);
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId: show.session.id, ticketIds: ids.slice(0, 2), status: 'reserved', note: '媒体' }));
  let view = setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId: show.session.id, ticketIds: ids.slice(2), status: 'blocked', note: '摄像机位' }));
  assert.deepEqual(view.tiers.map((t) => [t.available, t.reserved, t.blocked]), [[46, 2, 2], [49, 0, 1]]);
  const stock = outboxRows(world.db, 'inventory', 'pending').map((r) => r.payload as OutboxPayload<'inventory'>);
  assert.deepEqual(stock.map((s) => [s.availableInventory, s.unavailableInventory]), [[46, 4], [49, 1]], 'coalesced into the pending rows');
  view = setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId: show.session.id, ticketIds: ids, status: 'available' }));
  assert.deepEqual(view.tiers.map((t) => t.available), [50, 49]);
  assert.throws(() => setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId: show.session.id, ticketIds: ['tkt_nope'], status: 'blocked' })), refusal('NOT_FOUND'));
});
