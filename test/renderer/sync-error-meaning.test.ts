import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorMeaning } from '../../renderer/src/manage/sync/error-meaning';

test('a sync error code is read as its meaning: platform codes, HTTP statuses, transport reasons, local failures', () => {
  assert.equal(errorMeaning('4400'), 'refused');
  assert.equal(errorMeaning('4100'), 'credentials');
  assert.equal(errorMeaning('5100'), 'busy');
  assert.equal(errorMeaning('HTTP 503'), 'http');
  assert.equal(errorMeaning('connection'), 'connection');
  assert.equal(errorMeaning('timeout'), 'timeout');
  assert.equal(errorMeaning('LOCAL'), 'local');
  assert.equal(errorMeaning('9999'), 'other');
  assert.equal(errorMeaning('HTTP 5033'), 'other');
});
