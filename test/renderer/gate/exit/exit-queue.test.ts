import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_QUEUE_KEY, readExits, writeExits } from '../../../../renderer/src/gate/exit/exit-queue';
import { readSetup, writeSetup } from '../../../../renderer/src/gate/setup/setup-storage';

const store = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
};

test('exits judged offline survive a reload; a damaged list is dropped rather than stopping the gate', () => {
  const s = store();
  assert.deepEqual(readExits(s), []);
  const exits = [{ clientId: 'device-01-aaaa', code: 'ABCD', exitedAt: 5, gateName: '北出口' }];
  writeExits(s, exits);
  assert.deepEqual(readExits(s), exits);
  s.map.set(EXIT_QUEUE_KEY, '[{"clientId":1}, {"clientId":"device-01-bbbb","code":"X","exitedAt":1,"gateName":"北出口"}]');
  assert.deepEqual(readExits(s), [{ clientId: 'device-01-bbbb', code: 'X', exitedAt: 1, gateName: '北出口' }]);
  s.map.set(EXIT_QUEUE_KEY, '{not json');
  assert.deepEqual(readExits(s), []);
});

test('the gate setup keeps an exit’s direction; an entrance stays as before', () => {
  const s = store();
  writeSetup(s, { gateName: '北出口', sessionIds: ['ses_1'], direction: 'exit' });
  assert.deepEqual(readSetup(s), { direction: 'exit', gateName: '北出口', sessionIds: ['ses_1'] });
  writeSetup(s, { gateName: '南门', sessionIds: ['ses_1'] });
  assert.deepEqual(readSetup(s), { gateName: '南门', sessionIds: ['ses_1'] });
  assert.ok(!s.map.get('boxoffice.gate.setup')?.includes('direction'));
});
