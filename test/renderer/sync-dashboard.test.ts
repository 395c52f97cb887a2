import { test } from 'node:test';
import assert from 'node:assert/strict';
import i18next from 'i18next';
import type { DeadLetterView } from '../../electron/server/contract';
import { zhCN } from '../../renderer/src/i18n/zh-CN';
import { en } from '../../renderer/src/i18n/en';
import { ageText, kindName, SYNC_KINDS } from '../../renderer/src/manage/sync/kinds';
import { recordRoute } from '../../renderer/src/manage/sync/open-record';

async function translator(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
  return i18n.t;
}

const scope = { venueId: null, hallId: null, performanceId: null, sessionId: null, priceTierId: null, orderId: null, ticketId: null };
const letter = (kind: DeadLetterView['kind'], extra: Partial<DeadLetterView['scope']>): DeadLetterView => ({
  seq: 1,
  kind,
  recordId: 'r',
  event: false,
  payload: {},
  code: '4400',
  message: '',
  attempts: 1,
  eventAt: 0,
  deadSince: 0,
  scope: { ...scope, ...extra },
  waitingBehind: 0,
  howToFix: '',
});

test('every kind has a name in both languages, and ages read in their largest unit', async () => {
  for (const lng of ['zh-CN', 'en'] as const) {
    const t = await translator(lng);
    const names = SYNC_KINDS.map((kind) => kindName(t, kind));
    assert.equal(new Set(names).size, SYNC_KINDS.length, `${lng}: one distinct name per kind`);
    assert.ok(names.every((name) => !name.startsWith('sync.')), `${lng}: no missing key`);
  }
  const t = await translator('zh-CN');
  assert.equal(kindName(t, 'venue.save'), '场馆登记');
  assert.equal(ageText(t, 42_000), '42 秒');
  assert.equal(ageText(t, 5 * 60_000 + 59_000), '5 分钟');
  assert.equal(ageText(t, 3 * 3_600_000), '3 小时');
  assert.equal(ageText(t, 2 * 86_400_000 + 5), '2 天');
});

test('a dead letter opens where it can be corrected: its venue, its performance (through its session), the order', () => {
  const none = () => undefined;
  assert.deepEqual(recordRoute(letter('venue.save', { venueId: 'ven_1', hallId: 'hal_1' }), none), { section: 'manage', subpath: 'venues/ven_1' });
  assert.deepEqual(recordRoute(letter('performance.code', { performanceId: 'prf_1' }), none), { section: 'manage', subpath: 'performances/prf_1' });
  assert.deepEqual(recordRoute(letter('inventory', { sessionId: 'ses_1' }), (id) => (id === 'ses_1' ? 'prf_2' : undefined)), { section: 'manage', subpath: 'performances/prf_2' });
  assert.deepEqual(recordRoute(letter('ticket', { sessionId: 'ses_9' }), none), { section: 'manage', subpath: 'performances' });
  assert.deepEqual(recordRoute(letter('order', { orderId: 'ord_1' }), none), { section: 'sell', subpath: 'orders/ord_1' });
  assert.deepEqual(recordRoute(letter('checking', {}), none), { section: 'sell', subpath: 'orders' });
});
