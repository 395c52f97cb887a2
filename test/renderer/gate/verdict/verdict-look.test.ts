import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VERDICT_LOOK, needsDate, toneFor, wordSize, wordWidthEm } from '../../../../renderer/src/gate/verdict/verdict-look';
import { VERDICTS } from '../../../../electron/boxoffice/gate/verdicts';

test('every verdict has a look, and only admitting verdicts are green', () => {
  assert.deepEqual(Object.keys(VERDICT_LOOK).sort(), Object.keys(VERDICTS).sort());
  for (const [verdict, look] of Object.entries(VERDICT_LOOK)) {
    assert.equal(look === 'admit', VERDICTS[verdict as keyof typeof VERDICTS].admits, verdict);
  }
  assert.equal(VERDICT_LOOK.already_used, 'used');
  assert.equal(VERDICT_LOOK.id_required, 'ask');
});

test('each look has its own sound; a failure to judge sounds like a refusal, never like a valid ticket', () => {
  assert.equal(toneFor('admit'), 'valid');
  assert.equal(toneFor('used'), 'used');
  assert.equal(toneFor('refuse'), 'refused');
  assert.equal(toneFor('failed'), 'refused');
  assert.equal(toneFor('ask'), 'ask');
});

test('a first entry of another day is shown with its date', () => {
  const now = Date.UTC(2025, 5, 1, 12);
  assert.equal(needsDate(now - 2 * 3_600_000, now), false);
  assert.equal(needsDate(now - 13 * 3_600_000, now), true);
  assert.equal(needsDate(now + 26 * 3_600_000, now), true);
});

test('verdict words are sized by their printed width', () => {
  assert.equal(wordWidthEm('有效'), 2);
  assert.equal(wordSize('有效'), 'short');
  assert.equal(wordSize('核验证件'), 'medium');
  assert.equal(wordSize('未到检票时间'), 'long');
  assert.equal(wordSize('VALID'), 'medium');
  assert.equal(wordSize('ALREADY USED'), 'long');
});
