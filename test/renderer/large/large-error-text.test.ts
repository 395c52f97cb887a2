import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import i18next from 'i18next';
import { ApiClientError } from '../../../renderer/src/api/client';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';
import { en } from '../../../renderer/src/i18n/en';
import { largeErrorText } from '../../../renderer/src/large/large-error-text';
import { scheduleText } from '../../../renderer/src/large/hours-text';

const i18n = i18next.createInstance();
await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', interpolation: { escapeValue: false } });
const zh = i18n.getFixedT('zh-CN');
const english = i18n.getFixedT('en');
const refusal = (code: string, details: Record<string, unknown>) => new ApiClientError(code, 'core message', 422, details);

describe('large-performance refusals in words', () => {
  it('one ticket per ID names the order and seat that hold the ID', () => {
    const error = refusal('ONE_TICKET_PER_ID', { idNumber: '1101**********4126', heldBy: { orderNumber: '26112900038', seatText: '2层 左区 1排 5号' } });
    assert.equal(
      largeErrorText(zh, error, 'zh-CN'),
      '大型演出一证一票：证件 1101**********4126 已持有本场次的票（订单 26112900038，2层 左区 1排 5号）。每个证件每场只能有一张票。',
    );
    assert.match(largeErrorText(english, error, 'en') ?? '', /already holds a ticket for this session \(order 26112900038, 2层 左区 1排 5号\)/);
    assert.match(largeErrorText(zh, refusal('ONE_TICKET_PER_ID', { idNumber: '1101***', heldBy: null }), 'zh-CN') ?? '', /在本单中填了两次/);
  });

  it('the 85/15 cap says the cap, the audience, what is held and what this adds', () => {
    const text = largeErrorText(zh, refusal('HELD_SHARE_EXCEEDED', { cap: 240, approvedAudience: 1600, heldBefore: 239, heldAfter: 242 }), 'zh-CN');
    assert.equal(text, '大型演出 85/15 规定：本场次最多预留 240 张（核准观众 1600 人的 15%），已预留 239 张，本次再加 3 张就超出了。请减少张数，或改售普通票。');
  });

  it('a passed fee step gives the new fee in yuan; the deadline is China time', () => {
    assert.match(largeErrorText(zh, refusal('FEE_CHANGED', { feeFen: 34_000, expectedFeeFen: 13_600, refundPercent: 50 }), 'zh-CN') ?? '', /退票手续费已变为 ¥340\.00（退 50%）/);
    assert.match(largeErrorText(zh, refusal('HELD_DEADLINE_PASSED', { deadline: Date.UTC(2026, 10, 30, 14, 22) }), 'zh-CN') ?? '', /须在 2026\/11\/30 22:22（开演前 24 小时）前/);
  });

  it('leaves other refusals to the general texts', () => {
    assert.equal(largeErrorText(zh, refusal('SEAT_TAKEN', {}), 'zh-CN'), null);
    assert.equal(largeErrorText(zh, new Error('x'), 'zh-CN'), null);
  });
});

describe('a refund schedule in words', () => {
  it('reads as the buyer is told it, whole days as days', () => {
    const steps = [{ hoursBefore: 24, refundPercent: 50 }, { hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 36, refundPercent: 80 }];
    assert.equal(scheduleText(zh, steps), '开演前 7 天以上退 100%；开演前 36 小时以上退 80%；开演前 1 天以上退 50%；之后不予退款');
    assert.equal(scheduleText(english, steps), '7 days or more before the start: 100% back; 36 hours or more before the start: 80% back; 1 day or more before the start: 50% back; after that: no refund');
  });
});
