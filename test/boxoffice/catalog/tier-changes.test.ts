import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { outboxRows } from '../helpers/outbox';
import { refusal, seatFinder } from '../helpers/sales';
import { changePriceTier, moveTicketsToTier } from '../../../electron/boxoffice/catalog/tier-changes';
import { cancelSession, createSession } from '../../../electron/boxoffice/catalog/sessions';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { holdSeats } from '../../../electron/boxoffice/holds/holds';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { changePriceTierInput, moveTicketsToTierInput } from '../../../electron/boxoffice/catalog/zone-schemas';
import { cancelSessionInput, createSessionInput } from '../../../electron/boxoffice/catalog/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { holdSeatsInput } from '../../../electron/boxoffice/holds/schemas';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { queryAudit } from '../../../db/audit';
import { seatMap } from '../../../electron/boxoffice/catalog/queries';
import { sessionIdInput } from '../../../electron/boxoffice/catalog/schemas';

const inventoryOf = (world: ReturnType<typeof testWorld>, tierId: string) =>
  outboxRows(world.db, 'inventory')
    .map((r) => r.payload as OutboxPayload<'inventory'>)
    .filter((p) => p.priceId === tierId)
    .at(-1);

test('before its first sale a clerk may correct a tier; after it only a manager, reported as inventory and audited', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const vip = show.tier.VIP ?? '';
  const change = (ctx: typeof world.clerk, input: { name?: string; priceFen?: number }) => changePriceTier(ctx, parseInput(changePriceTierInput, { priceTierId: vip, ...input }));

  const corrected = change(world.clerk, { priceFen: 68000 });
  assert.equal(corrected.tiers.find((t) => t.id === vip)?.priceFen, 68000);
  assert.deepEqual([inventoryOf(world, vip)?.ticketPrice, inventoryOf(world, vip)?.priceName], [68000, 'VIP']);

  const seat = seatFinder(world.clerk, show.session.id);
  openShift(world.clerk, { floatFen: 0 });
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '5') }], payment: { method: 'card' } }));
  assert.equal(order.totalFen, 68000);

  assert.throws(() => change(world.clerk, { priceFen: 58000 }), (e: unknown) => refusal('TIER_SOLD')(e) && /only a manager/.test((e as Error).message));
  assert.equal(inventoryOf(world, vip)?.ticketPrice, 68000, 'a refusal changes nothing');

  const raised = change(world.manager, { priceFen: 78000, name: 'VIP 前排' });
  assert.deepEqual(raised.tiers.map((t) => [t.name, t.priceFen]), [['VIP 前排', 78000], ['普通', 18000]]);
  assert.deepEqual([inventoryOf(world, vip)?.ticketPrice, inventoryOf(world, vip)?.priceName, inventoryOf(world, vip)?.availableInventory], [78000, 'VIP 前排', 49]);
  const entry = queryAudit(world.db, { action: 'price_tier.change', username: 'manager' })[0];
  assert.deepEqual(entry?.detail, { priceTierId: vip, before: { name: 'VIP', priceFen: 68000 }, after: { name: 'VIP 前排', priceFen: 78000 }, afterFirstSale: true });
  // The sold ticket keeps what was paid: the order is not repriced.
  const sold = world.db.prepare('SELECT price_fen AS p FROM order_lines WHERE order_id = ?').get(order.id) as { p: number };
  assert.equal(sold.p, 68000);
  assert.throws(() => change(world.manager, { name: '普通' }), refusal('NAME_TAKEN'));
});

test('a tier of a session without tickets changes without any report; a cancelled session’s does not change', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  const s = createSession(world.manager, parseInput(createSessionInput, { performanceId: show.performanceId, hallId: theatre.seatedHallId, name: '二场', startsAt: show.session.startsAt + 86_400_000, endsAt: show.session.endsAt + 86_400_000, salesOpenAt: world.clock.now, tiers: [{ name: '前排', priceFen: 50000 }] }));
  const tier = s.tiers[0]?.id ?? '';
  const before = outboxRows(world.db, 'inventory').length;
  changePriceTier(world.manager, parseInput(changePriceTierInput, { priceTierId: tier, priceFen: 45000 }));
  assert.equal(outboxRows(world.db, 'inventory').length, before);
  assert.throws(() => parseInput(changePriceTierInput, { priceTierId: tier }), refusal('VALIDATION'));
  assert.throws(() => changePriceTier(world.manager, parseInput(changePriceTierInput, { priceTierId: 'tier_nope', priceFen: 1 })), refusal('NOT_FOUND'));
  cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: s.id, reason: '场地检修' }));
  assert.throws(() => changePriceTier(world.manager, parseInput(changePriceTierInput, { priceTierId: tier, priceFen: 1 })), refusal('SESSION_CANCELLED'));
});

test('repainting after generation moves unsold seats between tiers; sold, held or emptying moves are refused; sold tiers by a manager only', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const vip = show.tier.VIP ?? '';
  const normal = show.tier['普通'] ?? '';
  const seat = seatFinder(world.clerk, show.session.id);
  const move = (ctx: typeof world.clerk, priceTierId: string, ticketIds: string[]) => moveTicketsToTier(ctx, parseInput(moveTicketsToTierInput, { sessionId: show.session.id, priceTierId, ticketIds }));

  // Row 5 of A区 goes from VIP to 普通 before any sale: a clerk may.
  const row5 = Array.from({ length: 10 }, (_, i) => seat('5排', String(i + 1)));
  const moved = move(world.clerk, normal, row5);
  assert.deepEqual(moved.tiers.map((t) => [t.name, t.total]), [['VIP', 40], ['普通', 60]]);
  assert.equal(inventoryOf(world, vip)?.availableInventory, 40);
  assert.equal(inventoryOf(world, normal)?.availableInventory, 59);
  const ticket = outboxRows(world.db, 'ticket').map((r) => r.payload as OutboxPayload<'ticket'>).filter((p) => p.ticketId === row5[0]).at(-1);
  assert.equal(ticket?.priceId, normal);

  openShift(world.clerk, { floatFen: 0 });
  sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '5') }], payment: { method: 'card' } }));
  assert.throws(() => move(world.manager, normal, [seat('1排', '5')]), refusal('SEAT_TAKEN'));
  assert.throws(() => move(world.clerk, normal, [seat('2排', '5')]), refusal('TIER_SOLD'), 'VIP has sold: a clerk may not take seats from it');
  holdSeats(world.as('clerk2', 'clerk'), parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('2排', '6')] }));
  assert.throws(() => move(world.manager, normal, [seat('2排', '6')]), refusal('SEAT_HELD'));
  const allNormal = seatMap(world.manager, parseInput(sessionIdInput, { sessionId: show.session.id })).seats.filter((s) => s.priceTierId === normal).map((s) => s.ticketId);
  assert.throws(() => move(world.manager, vip, allNormal), (e: unknown) => refusal('TIER_WITHOUT_SEATS')(e) && (e as { details?: { tier?: string } }).details?.tier === '普通');
  assert.deepEqual(move(world.manager, vip, row5.slice(0, 2)).tiers.map((t) => t.total), [42, 58], 'a manager may, after the first sale');
});
