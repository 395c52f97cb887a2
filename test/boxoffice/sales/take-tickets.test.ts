import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { count } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal, seatFinder } from '../helpers/sales';
import { takeSeats } from '../../../electron/boxoffice/sales/take-tickets';
import { inTransaction } from '../../../electron/boxoffice/service';
import { getSession } from '../../../db/catalog';

function seated() {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const session = getSession(world.db, show.session.id);
  assert.ok(session);
  return { world, session, seat: seatFinder(world.clerk, show.session.id) };
}

const sold = (world: ReturnType<typeof testWorld>) => count(world.db, "SELECT count(*) AS n FROM tickets WHERE status = 'sold'");

test('seats are taken together, in the order given, with their tier and seat for the answer', () => {
  const { world, session, seat } = seated();
  const ids = [seat('3排', '2'), seat('3排', '1'), seat('1排', '1', 'B区')];
  const taken = inTransaction(world.clerk, () => takeSeats(world.clerk, session, ids.map((ticketId) => ({ ticketId })), { holdId: undefined, allowReserved: false }));
  assert.deepEqual(taken.map((t) => t.ticketId), ids);
  assert.deepEqual(taken.map((t) => [t.floor, t.area, t.row, t.seat, t.field]), [['1层', 'A区', '3排', '2', 'seats.0.holder'], ['1层', 'A区', '3排', '1', 'seats.1.holder'], ['1层', 'B区', '1排', '1', 'seats.2.holder']]);
  assert.equal(sold(world), 3);
});

test('a seat listed twice or already sold is refused and nothing is taken; so is a ticket of another session', () => {
  const { world, session, seat } = seated();
  const take = (ids: string[]) => inTransaction(world.clerk, () => takeSeats(world.clerk, session, ids.map((ticketId) => ({ ticketId })), { holdId: undefined, allowReserved: false }));
  assert.throws(() => take([seat('4排', '1'), seat('4排', '2'), seat('4排', '1')]), refusal('SEAT_TAKEN', (d) => d.ticketId === seat('4排', '1')));
  assert.equal(sold(world), 0, 'the first two were not taken either');
  take([seat('4排', '3')]);
  assert.throws(() => take([seat('4排', '4'), seat('4排', '3')]), refusal('SEAT_TAKEN', (d) => d.ticketId === seat('4排', '3')));
  assert.throws(() => take([seat('4排', '4'), 'tkt_elsewhere']), refusal('NOT_FOUND'));
  assert.equal(sold(world), 1);
});
