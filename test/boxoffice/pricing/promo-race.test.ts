import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { fileWorld, startChild } from '../helpers/processes';
import { seatFinder } from '../helpers/sales';
import { count } from '../helpers/outbox';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { savePromoCode } from '../../../electron/boxoffice/pricing/rules';
import { assertInvariants } from '../concurrency/invariants';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { savePromoCodeInput } from '../../../electron/boxoffice/pricing/schemas';

const WINDOWS = 4;

test('windows in four processes racing for a promo code’s last use: exactly one sale has it, the others are refused whole', async () => {
  const { file, keyHex, world, cleanup } = fileWorld();
  try {
    const show = seatedShow(world, buildTheatre(world));
    const seat = seatFinder(world.clerk, show.session.id);
    savePromoCode(world.manager, parseInput(savePromoCodeInput, {
      performanceId: show.performanceId, code: 'LAST1', discountRule: 'amount', discountValue: 3_000, startsAt: world.clock.now, endsAt: world.clock.now + DAY, useLimit: 1, appliesTo: ['full'],
    }));
    const startAt = Date.now() + 1500;
    const children = Array.from({ length: WINDOWS }, (_, i) => {
      openShift(world.as(`promo${i}`, 'clerk'), parseInput(openShiftInput, { floatFen: 0 }));
      return startChild({ task: 'promo-race', file, keyHex, username: `promo${i}`, clock: world.clock.now, startAt, sessionId: show.session.id, ticketIds: [seat('3排', String(i + 1), 'B区')], promoCode: 'LAST1' });
    });
    assert.deepEqual(await Promise.all(children.map((c) => c.done)), children.map(() => 0));
    const outcomes = children.map((c) => JSON.parse(c.lines().at(-1) ?? '{}') as { outcome: string; totalFen: number | null });
    assert.deepEqual(outcomes.map((o) => o.outcome).sort(), ['PROMO_USED_UP', 'PROMO_USED_UP', 'PROMO_USED_UP', 'SOLD'], JSON.stringify(outcomes));
    assert.equal(outcomes.find((o) => o.outcome === 'SOLD')?.totalFen, 15_000);
    assert.equal(count(world.db, 'SELECT used_count AS n FROM promo_codes'), 1);
    assert.equal(count(world.db, 'SELECT count(*) AS n FROM orders'), 1, 'the refused sales left nothing: no order, no seat sold');
    assert.equal(count(world.db, "SELECT count(*) AS n FROM tickets WHERE status = 'sold'"), 1);
    assertInvariants(world.db);
  } finally {
    cleanup();
  }
});
