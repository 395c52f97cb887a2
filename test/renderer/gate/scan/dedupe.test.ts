import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScanDeduper, normaliseScan } from '../../../../renderer/src/gate/scan/dedupe';

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

test('scanner suffixes and whitespace are trimmed', () => {
  assert.equal(normaliseScan(' T7K2-9QX\r\n'), 'T7K2-9QX');
  assert.equal(normaliseScan('\t'), '');
});
