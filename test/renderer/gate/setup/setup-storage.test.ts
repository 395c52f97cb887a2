import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_SETUP, SETUP_KEY, isReady, readSetup, writeSetup, type KeyValueStore } from '../../../../renderer/src/gate/setup/setup-storage';
import { entryState } from '../../../../renderer/src/gate/setup/entry-state';

const memory = (initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } => {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
};

test('the setup is kept per device and read back', () => {
  const store = memory();
  writeSetup(store, { gateName: ' 东门 ', sessionIds: ['ses_1', 'ses_2'] });
  assert.deepEqual(readSetup(store), { gateName: '东门', sessionIds: ['ses_1', 'ses_2'] });
  assert.equal(isReady(readSetup(store)), true);
});

test('nothing saved, or something damaged, starts an empty setup instead of failing', () => {
  assert.deepEqual(readSetup(memory()), EMPTY_SETUP);
  assert.deepEqual(readSetup(memory({ [SETUP_KEY]: '{not json' })), EMPTY_SETUP);
  assert.deepEqual(readSetup(memory({ [SETUP_KEY]: '42' })), EMPTY_SETUP);
  assert.deepEqual(readSetup(memory({ [SETUP_KEY]: JSON.stringify({ gateName: 7, sessionIds: ['ses_1', 3] }) })), { gateName: '', sessionIds: ['ses_1'] });
  assert.equal(isReady({ gateName: '东门', sessionIds: [] }), false);
  assert.equal(isReady({ gateName: '  ', sessionIds: ['ses_1'] }), false);
});

test('a full or forbidden storage does not break saving', () => {
  const store: KeyValueStore = {
    getItem: () => null,
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  assert.doesNotThrow(() => writeSetup(store, { gateName: '东门', sessionIds: ['ses_1'] }));
});

test('a session’s entry window: not open, open, closed, cancelled', () => {
  const session = { status: 'normal', entryOpensAt: 1000, entryClosesAt: 2000 };
  assert.equal(entryState(session, 999), 'not_open');
  assert.equal(entryState(session, 1000), 'open');
  assert.equal(entryState(session, 2000), 'closed');
  assert.equal(entryState({ ...session, status: 'cancelled' }, 1500), 'cancelled');
});
