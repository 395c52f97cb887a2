import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageSizeFor } from '../../electron/shell/page-size';

test('the roll page is as tall as the renderer measured; A4 and nonsense keep their paper', () => {
  assert.deepEqual(pageSizeFor({ paper: 'thermal80', heightMm: 96 }), { width: 80_000, height: 96_000 });
  assert.deepEqual(pageSizeFor({ paper: 'thermal80', heightMm: null }), { width: 80_000, height: 150_000 });
  assert.deepEqual(pageSizeFor({ paper: 'thermal80', heightMm: 5000 }), { width: 80_000, height: 150_000 });
  assert.deepEqual(pageSizeFor({ paper: 'a4', heightMm: 96 }), { width: 210_000, height: 297_000 });
});
