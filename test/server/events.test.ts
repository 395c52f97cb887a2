import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventBus, FOLD_MS, type FoldTimer } from '../../electron/server/events';
import type { EventName } from '../../electron/server/contract/events';
import type { Role } from '../../db/roles';

/** A bus whose fold windows end when the test says so, and a listener of `role` recording what it receives. */
function bus(role: Role = 'gate') {
  const windows: { ms: number; fire: () => void }[] = [];
  const timer: FoldTimer = (ms, fire) => windows.push({ ms, fire });
  const events = new EventBus(timer);
  const received: [EventName, unknown][] = [];
  events.subscribe({ role, userId: 'u1', send: (name, data) => received.push([name, data]) });
  const endWindow = () => {
    const next = windows.shift();
    assert.ok(next, 'a fold window is open');
    assert.equal(next.ms, FOLD_MS);
    next.fire();
  };
  return { events, received, windows, endWindow };
}

test('a folded event goes out at once after a quiet spell; the ones within the window go out as one, with the latest data', () => {
  const { events, received, windows, endWindow } = bus();
  events.publishFolded('gate.admitted', 's1', { sessionId: 's1', gateName: '1号口' });
  assert.deepEqual(received, [['gate.admitted', { sessionId: 's1', gateName: '1号口' }]]);
  events.publishFolded('gate.admitted', 's1', { sessionId: 's1', gateName: '2号口' });
  events.publishFolded('gate.admitted', 's1', { sessionId: 's1', gateName: '3号口' });
  assert.equal(received.length, 1, 'held until the window ends');
  endWindow();
  assert.deepEqual(received.slice(1), [['gate.admitted', { sessionId: 's1', gateName: '3号口' }]]);
  // Still busy: a new window opened with that send; nothing came in it, so it closes silently.
  endWindow();
  assert.equal(received.length, 2);
  assert.equal(windows.length, 0);
  // Quiet again: the next one goes at once.
  events.publishFolded('gate.admitted', 's1', { sessionId: 's1', gateName: '1号口' });
  assert.equal(received.length, 3);
});

test('keys fold apart: another session is told at once, and its own admissions fold in its own window', () => {
  const { events, received, endWindow } = bus();
  events.publishFolded('gate.admitted', 's1', { sessionId: 's1', gateName: '1号口' });
  events.publishFolded('gate.admitted', 's2', { sessionId: 's2', gateName: '1号口' });
  events.publishFolded('gate.admitted', 's2', { sessionId: 's2', gateName: '2号口' });
  assert.deepEqual(received.map(([, data]) => data), [
    { sessionId: 's1', gateName: '1号口' },
    { sessionId: 's2', gateName: '1号口' },
  ]);
  endWindow(); // s1's: nothing waiting
  endWindow(); // s2's
  assert.deepEqual(received.at(-1), ['gate.admitted', { sessionId: 's2', gateName: '2号口' }]);
});

test('folded events keep their audience, and a listener that throws at a window end does not escape the timer', () => {
  const clerk = bus('clerk');
  clerk.events.publishFolded('gate.admitted', 's1', { sessionId: 's1', gateName: '1号口' });
  assert.deepEqual(clerk.received, [], 'a clerk does not receive gate counters');

  const { events, endWindow } = bus();
  let calls = 0;
  events.subscribe({
    role: 'gate',
    userId: 'u2',
    send: () => {
      calls++;
      if (calls > 1) throw new Error('stream gone');
    },
  });
  events.publishFolded('gate.admitted', 's1', { sessionId: 's1', gateName: '1号口' });
  events.publishFolded('gate.admitted', 's1', { sessionId: 's1', gateName: '2号口' });
  const logged: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    assert.doesNotThrow(endWindow);
  } finally {
    console.error = original;
  }
  assert.equal(calls, 2);
  assert.equal(logged.length, 1);
});

test('reaches says whether any open stream would receive an event, by its audience', () => {
  const events = new EventBus(() => undefined);
  assert.equal(events.reaches('seats.changed'), false);
  const stop = events.subscribe({ role: 'gate', userId: 'g', send: () => undefined });
  assert.equal(events.reaches('seats.changed'), false, 'a gate does not receive seat changes');
  assert.equal(events.reaches('gate.admitted'), true);
  events.subscribe({ role: 'clerk', userId: 'c', send: () => undefined });
  assert.equal(events.reaches('seats.changed'), true);
  stop();
  assert.equal(events.reaches('gate.admitted'), false);
});
