import { test } from 'node:test';
import assert from 'node:assert/strict';
import i18next from 'i18next';
import type { UndeliveredWhyView } from '../../electron/server/contract';
import { zhCN } from '../../renderer/src/i18n/zh-CN';
import { en } from '../../renderer/src/i18n/en';
import { whyText } from '../../renderer/src/manage/sync/why-text';

async function translator(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
  return i18n.t;
}

const why = (extra: Partial<UndeliveredWhyView>): UndeliveredWhyView => ({
  state: 'due',
  reason: null,
  subject: null,
  blockedBy: null,
  heldByDeadLetter: null,
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  words: 'the core’s English words',
  ...extra,
});
const time = () => '11/29 20:15';

test('why a record has not arrived is said in Chinese from the core’s fields, and in English', async () => {
  const zh = await translator('zh-CN');
  assert.equal(whyText(zh, why({ state: 'dead', lastError: { code: '4400', message: '场馆已存在' } }), time), '被平台拒收（代码 4400）：场馆已存在');
  assert.equal(whyText(zh, why({ state: 'waiting', reason: 'session_code', subject: 'ses_1', heldByDeadLetter: 7 }), time), '等待场次 ses_1 的场次编码；被失败记录 #7 阻挡');
  assert.equal(whyText(zh, why({ state: 'waiting', reason: 'order', subject: 'ord_1', blockedBy: { seq: 12, kind: 'order', recordId: 'ord_1', status: 'pending' } }), time), '等待订单 ord_1 先报送（等待 #12）');
  assert.equal(whyText(zh, why({ state: 'retrying', attempts: 3, nextAttemptAt: 1, lastError: { code: '5100', message: 'busy' } }), time), '出错后等待重试（代码 5100，已试 3 次；下次 11/29 20:15）');
  const english = await translator('en');
  assert.equal(whyText(english, why({ state: 'in_flight', attempts: 2 }), time), 'On its way to the platform (attempt 2)');
  // A reason this screen does not know yet (from a newer core than its types): the core’s own words.
  assert.equal(whyText(zh, why({ state: 'waiting', reason: 'something_new' as never, subject: 'x' }), time), 'the core’s English words');
});
