import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gatheredWriter, type GatherTimer } from '../../../electron/server/http/gathered-writes';

/** A timer the test fires by hand: each armed window, in order. */
function handTimer(): { timer: GatherTimer; armed: { ms: number; fire: () => void; cancelled: boolean }[] } {
  const armed: { ms: number; fire: () => void; cancelled: boolean }[] = [];
  const timer: GatherTimer = (ms, fire) => {
    const entry = { ms, fire, cancelled: false };
    armed.push(entry);
    return { cancel: () => (entry.cancelled = true) };
  };
  return { timer, armed };
}

const fireLast = (armed: ReturnType<typeof handTimer>['armed']) => {
  const last = armed.at(-1);
  assert.ok(last && !last.cancelled, 'a window is open');
  last.fire();
};

test('the first write after a quiet spell goes out at once; the ones within its window go out together, in order, at its end', () => {
  const { timer, armed } = handTimer();
  const out: string[] = [];
  const writer = gatheredWriter((text) => out.push(text), 50, timer);
  writer.write('a');
  assert.deepEqual(out, ['a']);
  assert.equal(armed[0]?.ms, 50);
  writer.write('b');
  writer.write('c');
  assert.deepEqual(out, ['a'], 'gathered while the window is open');
  assert.equal(writer.pendingLength, 2);
  fireLast(armed);
  assert.deepEqual(out, ['a', 'bc']);
  assert.equal(writer.pendingLength, 0);
  // Still busy: a new window was opened by that write, so the next frame is gathered too.
  writer.write('d');
  assert.deepEqual(out, ['a', 'bc']);
  fireLast(armed);
  assert.deepEqual(out, ['a', 'bc', 'd']);
  // A window with nothing in it closes: the next write goes out at once.
  fireLast(armed);
  writer.write('e');
  assert.deepEqual(out, ['a', 'bc', 'd', 'e']);
});

test('flush writes what waits at once and closes the window; stop drops it', () => {
  const { timer, armed } = handTimer();
  const out: string[] = [];
  const writer = gatheredWriter((text) => out.push(text), 50, timer);
  writer.write('a');
  writer.write('b');
  writer.flush();
  assert.deepEqual(out, ['a', 'b']);
  assert.equal(armed[0]?.cancelled, true);
  writer.write('c');
  assert.deepEqual(out, ['a', 'b', 'c'], 'no window open after a flush');
  writer.write('d');
  writer.stop();
  assert.equal(writer.pendingLength, 0);
  assert.equal(armed.at(-1)?.cancelled, true);
  assert.deepEqual(out, ['a', 'b', 'c']);
});
