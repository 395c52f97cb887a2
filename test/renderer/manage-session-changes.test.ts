import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TFunction } from 'i18next';
import { isLive, sessionChanges } from '../../renderer/src/manage/performances/session-changes';
import type { SessionView } from '../../electron/server/contract';

const HOUR = 3_600_000;
const session = (over: Partial<SessionView> = {}): SessionView => ({
  id: 's1', performanceId: 'p1', hallId: 'h1', name: '周五专场', startsAt: 10 * HOUR, endsAt: 12 * HOUR, salesOpenAt: 0, salesCloseAt: 10 * HOUR,
  entryOpensAt: 9 * HOUR, entryClosesAt: 12 * HOUR, allowReentry: false, status: 'normal', cancelReason: null, test: false, ticketsGenerated: true,
  platformSessionCode: null, tiers: [{ id: 't1', name: 'A', priceFen: 100, color: '', total: 10, available: 10, sold: 0, reserved: 0, blocked: 0 }], ...over,
});
const t = ((key: string) => key) as unknown as TFunction;

test('a session is live while on sale or once a ticket is sold; not before tickets exist, nor once cancelled', () => {
  assert.equal(isLive(session(), HOUR), true);
  assert.equal(isLive(session(), 11 * HOUR), false, 'sales closed and nothing sold');
  assert.equal(isLive(session({ tiers: [{ id: 't1', name: 'A', priceFen: 100, color: '', total: 10, available: 9, sold: 1, reserved: 0, blocked: 0 }] }), 11 * HOUR), true);
  assert.equal(isLive(session({ ticketsGenerated: false }), HOUR), false);
  assert.equal(isLive(session({ status: 'cancelled' }), HOUR), false);
});

test('the changes are listed field by field, in words; an unchanged field is not', () => {
  const changes = sessionChanges(session(), { sessionId: 's1', name: '周六专场 ', startsAt: 11 * HOUR, endsAt: 12 * HOUR }, { hallName: (id) => id, time: (ms) => `${ms / HOUR}h`, t });
  assert.deepEqual(changes, [
    { field: 'sessions.name', from: '周五专场', to: '周六专场' },
    { field: 'sessions.startsAt', from: '10h', to: '11h' },
  ]);
});
