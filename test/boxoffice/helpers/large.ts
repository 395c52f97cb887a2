import { setApprovedAudience, setLargeMode } from '../../../electron/boxoffice/large/mode';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { testWorld, type TestWorld } from './context';
import { buildTheatre, seatedShow, type Show, type Theatre } from './fixtures';
import { person, residentId, seatFinder } from './sales';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { setApprovedAudienceInput, setLargeModeInput } from '../../../electron/boxoffice/large/schemas';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';

export interface LargeEvening {
  world: TestWorld;
  theatre: Theatre;
  show: Show;
  /** A seat's ticket id by row and number (area A区 unless given). */
  seat: (row: string, seat: string, area?: string) => string;
  /** A distinct, valid holder for each number. */
  fan: (n: number) => ReturnType<typeof person>;
}

/**
 * The test theatre's seated session (100 seats, starting 2 days after T0) switched into large mode by the manager,
 * with an approved audience of 100 (so at most 15 tickets may be held), and open shifts for the clerk and the manager.
 */
export function largeEvening(options: { approvedAudience?: number | null; world?: TestWorld } = {}): LargeEvening {
  const world = options.world ?? testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  if (options.approvedAudience !== null) setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId: show.session.id, approvedAudience: options.approvedAudience ?? 100 }));
  setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId: show.performanceId, mode: 'on' }));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  openShift(world.manager, parseInput(openShiftInput, { floatFen: 0 }));
  const fan = (n: number) => person(`观众${n}`, residentId('19900101', String(100 + n).padStart(3, '0')));
  return { world, theatre, show, seat: seatFinder(world.clerk, show.session.id), fan };
}
