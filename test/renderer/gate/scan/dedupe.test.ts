import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScanDeduper } from '../../../../renderer/src/gate/scan/dedupe';

test('a code sent twice within a second is judged once', () => {
  const dedupe = new ScanDeduper(1000);
  assert.equal(dedupe.accept('ABC', 0), true);
  assert.equal(dedupe.accept('ABC', 80), false);
  assert.equal(dedupe.accept('ABC', 990), false);
});

test('the same code after the window, or another code at once, is a new scan', () => {
  const dedupe = new ScanDeduper(1000);
  assert.equal(dedupe.accept('ABC', 0), true);
  assert.equal(dedupe.accept('XYZ', 10), true);
  assert.equal(dedupe.accept('ABC', 20), true, 'A, X, A: the third is a new person');
  assert.equal(dedupe.accept('ABC', 1500), true);
});

test('repeats do not stretch the window', () => {
  const dedupe = new ScanDeduper(1000);
  assert.equal(dedupe.accept('ABC', 0), true);
  assert.equal(dedupe.accept('ABC', 900), false);
  assert.equal(dedupe.accept('ABC', 1100), true);
});

test('the window runs from the end of the judged send to the start of the next: a slow or late-handled send is still a repeat', () => {
  const dedupe = new ScanDeduper(1000);
  // The first send took 1.2 s to arrive whole (a busy tablet); the second began 100 ms after its Enter.
  assert.equal(dedupe.accept('ABC', 0, 1200), true);
  assert.equal(dedupe.accept('ABC', 1300, 2500), false);
  assert.equal(dedupe.accept('ABC', 2150, 2300), false, 'measured from the judged send, not from the repeat');
  assert.equal(dedupe.accept('ABC', 2250, 2400), true, 'over a second after the judged send ended: the same ticket shown again');
});

test('a camera holding the same ticket in view reads it once, until it has been out of sight', () => {
  const camera = new ScanDeduper(3000, true);
  assert.equal(camera.accept('ABC', 0), true);
  for (let t = 125; t <= 10_000; t += 125) assert.equal(camera.accept('ABC', t), false, `still in view at ${t} ms`);
  assert.equal(camera.accept('ABC', 13_500), true, 'shown again after 3.5 s away');
  assert.equal(camera.accept('XYZ', 13_600), true);
});
