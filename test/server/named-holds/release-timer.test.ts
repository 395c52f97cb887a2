import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, testWorld } from '../../boxoffice/helpers/context';
import { buildTheatre, seatedShow } from '../../boxoffice/helpers/fixtures';
import { seatFinder } from '../../boxoffice/helpers/sales';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createNamedHold, holdSeatsUnderName, listNamedHolds } from '../../../electron/boxoffice/named-holds/named-holds';
import { createNamedHoldInput, namedHoldSeatsInput } from '../../../electron/boxoffice/named-holds/schemas';
import { nextReleaseAt, releaseDueHolds } from '../../../electron/boxoffice/named-holds/release-due';
import { NamedHoldReleaseTimer } from '../../../electron/server/named-holds/release-timer';

test('the release timer survives a failing look, and releases a hold as soon as it is due once woken', async () => {
  const w = testWorld();
  const show = seatedShow(w, buildTheatre(w));
  const seat = seatFinder(w.clerk, show.session.id);
  const press = createNamedHold(w.manager, parseInput(createNamedHoldInput, { sessionId: show.session.id, name: '媒体', releaseMinutesBeforeStart: 60 }));
  holdSeatsUnderName(w.manager, parseInput(namedHoldSeatsInput, { holdId: press.id, ticketIds: [seat('3排', '4'), seat('3排', '5')] }));

  const errors: unknown[] = [];
  let calls = 0;
  let releasedSessions: (value: string[]) => void = () => undefined;
  const released = new Promise<string[]>((resolve) => (releasedSessions = resolve));
  const timer = new NamedHoldReleaseTimer({
    release: () => {
      calls += 1;
      if (calls === 1) throw new Error('database is locked');
      return releaseDueHolds(w.system);
    },
    next: () => nextReleaseAt(w.system),
    clock: () => w.clock.now,
    onReleased: releasedSessions,
    onError: (error) => {
      errors.push(error);
      throw new Error('even a failing report must not escape');
    },
  });
  try {
    timer.start();
    assert.equal(errors.length, 1, 'the first look failed and was reported');
    assert.equal(listNamedHolds(w.manager, { sessionId: show.session.id })[0]?.ticketIds.length, 2, 'not due yet: still held');
    w.clock.now = show.session.startsAt - HOUR;
    timer.poke();
    assert.deepEqual(await released, [show.session.id]);
    assert.deepEqual(listNamedHolds(w.manager, { sessionId: show.session.id })[0]?.ticketIds, []);
  } finally {
    timer.stop();
  }
});
