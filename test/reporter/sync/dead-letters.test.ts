import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryAudit } from '../../../db/audit';
import { setSessionCodes } from '../../../db/catalog';
import { getOutboxRow } from '../../../db/outbox/queue';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { createPerformance } from '../../../electron/boxoffice/catalog/performances';
import { createSession } from '../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../electron/boxoffice/catalog/tickets';
import { reportPerformanceCodes } from '../../../electron/boxoffice/outbox/states';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { deadLetters } from '../../../electron/reporter/sync/dead-letters';
import { DAY, HOUR } from '../../boxoffice/helpers/context';
import { buildTheatre } from '../../boxoffice/helpers/fixtures';
import { drain, syncWorld } from './helpers/world';
import { evening } from './helpers/scenario';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createPerformanceInput, createSessionInput, generateTicketsInput } from '../../../electron/boxoffice/catalog/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';

const manager = { userId: 'usr_manager', username: 'manager', address: '127.0.0.1' };

test('a state refused for its data: the manager corrects the data and requeues; the current state is re-read and sent', async () => {
  const w = await syncWorld();
  try {
    const theatre = buildTheatre(w.world);
    // A type the platform's list does not have (the list was never downloaded here, so the box office allowed it).
    const performance = createPerformance(w.world.manager, parseInput(createPerformanceInput, { name: '雷雨', approval: '沪文演(2025)009号', typeId: 9999 }));
    const startsAt = w.world.clock.now + 2 * DAY;
    const session = createSession(w.world.manager, parseInput(createSessionInput, { performanceId: performance.id, hallId: theatre.unseatedHallId, name: '首演', startsAt, endsAt: startsAt + 2 * HOUR, salesOpenAt: w.world.clock.now, tiers: [{ name: '站票', priceFen: 10000, quantity: 10 }] }));
    generateTickets(w.world.manager, parseInput(generateTicketsInput, { sessionId: session.id }));
    const worker = w.worker();
    worker.start();
    const first = await drain(worker);
    assert.equal(first.outcome, 'held', "the session's stock and tickets wait for its code");
    const [letter] = deadLetters(w.db);
    assert.equal(letter?.kind, 'performance.code');
    assert.equal(letter.code, '4000');
    assert.match(letter.message, /typeId: 9999 is not in the performance type list/);
    assert.equal(letter.event, false);
    assert.match(letter.howToFix, /re-read from the current data/);

    w.db.prepare('UPDATE performances SET type_id = 1001 WHERE id = ?').run(performance.id);
    const result = worker.requeue(letter.seq, manager, (row) => {
      if (row.kind === 'performance.code' && row.performanceId) reportPerformanceCodes(w.world.system, row.performanceId);
    });
    assert.equal(result.status, 'discarded', 'the fresh state replaces the dead one');
    assert.ok(result.replacedBy !== null);
    assert.equal((getOutboxRow(w.db, result.replacedBy)?.payload as OutboxPayload<'performance.code'>).typeId, 1001);
    const audit = queryAudit(w.db, { action: 'sync.requeue' })[0];
    assert.deepEqual([audit?.username, audit?.detail.kind, audit?.detail.replacedBy], ['manager', 'performance.code', result.replacedBy]);

    assert.equal((await drain(worker)).outcome, 'drained');
    assert.equal(w.sandbox.inspect().state.sessions, 1);
  } finally {
    await w.close();
  }
});

test('an event is requeued as recorded once what it refers to is corrected (its codes are resolved again)', async () => {
  const w = await syncWorld();
  try {
    const night = evening(w.world, { orders: 4, refunds: 0, checkIns: 0 });
    const worker = w.worker();
    worker.start();
    assert.equal((await drain(worker)).outcome, 'drained');
    const sessionId = night.unseated.session.id;
    const realCode = w.db.prepare('SELECT platform_session_code FROM sessions WHERE id = ?').pluck().get(sessionId) as string;
    // A wrong code linked by hand: the next order of that session is refused, and nothing asks for the code again.
    setSessionCodes(w.db, { [sessionId]: '310101001019912310001' }, w.world.clock.now);
    worker.codes.clear();
    w.world.clock.now = night.unseated.session.startsAt - HOUR;
    sell(w.world.clerk, parseInput(sellInput, { sessionId, unseated: [{ priceTierId: night.unseated.tier['站票'] ?? '', quantity: 1 }], payment: { method: 'card', reference: 'z' } }));
    const second = await drain(worker);
    // The order, and the tier's stock and the ticket's state the sale changed: all refused for the unknown code.
    assert.deepEqual([second.outcome, second.dead], ['drained', 3]);
    const letter = deadLetters(w.db).find((d) => d.kind === 'order');
    assert.ok(letter);
    assert.equal(letter.code, '4400');
    assert.match(letter.howToFix, /sent exactly as it was recorded/);

    setSessionCodes(w.db, { [sessionId]: realCode }, w.world.clock.now);
    for (const dead of deadLetters(w.db)) {
      assert.deepEqual(worker.requeue(dead.seq, manager), { seq: dead.seq, status: 'pending', replacedBy: null });
    }
    assert.equal((await drain(worker)).outcome, 'drained');
    assert.equal(w.sandbox.inspect().state.orders, night.orders + 1);
    assert.throws(() => worker.requeue(letter.seq, manager), /is not a dead letter \(it is delivered\)/);
  } finally {
    await w.close();
  }
});
