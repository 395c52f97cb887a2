import { createSession } from '../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../electron/boxoffice/catalog/tickets';
import { createSessionInput, generateTicketsInput } from '../../../electron/boxoffice/catalog/schemas';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { savePackage } from '../../../electron/boxoffice/packages/packages';
import { savePackageInput, sellPackageInput, type SavePackageInput, type SellPackageInput } from '../../../electron/boxoffice/packages/schemas';
import { buildTheatre, seatedShow, type Show } from '../helpers/fixtures';
import { fileWorld } from '../helpers/file-world';
import { DAY, HOUR, type TestWorld } from '../helpers/context';
import { seatFinder } from '../helpers/sales';

/** Another seated session of the show's performance, `days` from now: VIP (A区) and 普通 (B区) at these prices. */
function addSession(world: TestWorld, show: Show, theatreHall: string, name: string, days: number, prices: { vip: number; plain: number }): string {
  const startsAt = world.clock.now + days * DAY;
  const session = createSession(world.manager, parseInput(createSessionInput, {
    performanceId: show.performanceId,
    hallId: theatreHall,
    name,
    startsAt,
    endsAt: startsAt + 2 * HOUR,
    salesOpenAt: world.clock.now,
    tiers: [
      { name: 'VIP', priceFen: prices.vip },
      { name: '普通', priceFen: prices.plain },
    ],
  }));
  const tier = Object.fromEntries(session.tiers.map((t) => [t.name, t.id]));
  generateTickets(world.manager, parseInput(generateTicketsInput, {
    sessionId: session.id,
    seatRules: [
      { priceTierId: tier.VIP ?? '', area: 'A区' },
      { priceTierId: tier['普通'] ?? '', area: 'B区' },
    ],
  }));
  return session.id;
}

/**
 * A series of three sessions of 雷雨 in one seated hall on a real database file: 首演 in 2 days, 二轮 in 4, 三轮 in 6
 * (普通 180, 180, 240 yuan; VIP 880 each), shifts open for the clerk and the manager.
 */
export function seriesWorld(prefix: string) {
  const world = fileWorld(prefix);
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  const sessionIds = [
    show.session.id,
    addSession(world, show, theatre.seatedHallId, '二轮', 4, { vip: 88_000, plain: 18_000 }),
    addSession(world, show, theatre.seatedHallId, '三轮', 6, { vip: 88_000, plain: 24_000 }),
  ];
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  openShift(world.manager, parseInput(openShiftInput, { floatFen: 0 }));
  const seats = sessionIds.map((id) => seatFinder(world.clerk, id));
  const definePackage = (input: Partial<SavePackageInput> = {}) =>
    savePackage(world.manager, parseInput(savePackageInput, {
      name: '雷雨三场套票',
      sessionIds,
      tiers: [{ tierName: '普通', priceFen: 45_001 }, { tierName: 'VIP', priceFen: 200_000 }],
      refundRule: 'per_session',
      ...input,
    }));
  const sale = (input: Partial<SellPackageInput> & Pick<SellPackageInput, 'packageId' | 'sets'>) => parseInput(sellPackageInput, { payment: { method: 'card' }, ...input });
  return { world, theatre, show, sessionIds, seats, definePackage, sale };
}
