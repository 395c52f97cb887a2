import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoCore, type TestCore } from '../../helpers/core-server';
import type { OrderView, SessionListItem } from '../../../electron/server/contract';

let core: TestCore & { cookies: Record<'manager' | 'clerk' | 'gate', string> };
let folk: SessionListItem;

before(async () => {
  core = await startDemoCore();
  const now = Date.now();
  const sessions = (await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, core.cookies.clerk)).json as SessionListItem[];
  const found = sessions.find((s) => !s.hasSeat && s.salesState === 'open');
  assert.ok(found, 'the demo has an open unseated session');
  folk = found;
});
after(async () => {
  await core.close();
});

const buyer = { name: '赵六', idType: 'resident_id', idNumber: '11010519491231002X' };
const tierId = () => folk.tiers[0]?.id ?? '';
const manualSale = (approval?: { username: string; pin: string }) => ({
  sessionId: folk.id,
  unseated: [{ priceTierId: tierId(), quantity: 1 }],
  buyer,
  payment: { method: 'card' },
  manualDiscount: { amountFen: 1_000, reason: '老顾客', ...(approval ? { approval } : {}) },
});

test('pricing: managers set the rules, clerks read a session’s; roles are the contract’s', async () => {
  assert.equal((await core.call('pricing.rules', { performanceId: folk.performanceId }, core.cookies.clerk)).status, 403);
  assert.equal((await core.call('pricing.savePriceType', { performanceId: folk.performanceId, name: '学生', priceRule: 'percent', priceValue: 50 }, core.cookies.clerk)).status, 403);
  const saved = await core.call('pricing.savePriceType', { performanceId: folk.performanceId, name: '学生', priceRule: 'percent', priceValue: 50, proof: 'confirm' }, core.cookies.manager);
  assert.equal(saved.status, 200, JSON.stringify(saved.json));
  const view = (await core.call('pricing.session', { sessionId: folk.id }, core.cookies.clerk)).json as { priceTypes: { name: string }[] };
  assert.deepEqual(view.priceTypes.map((t) => t.name), ['学生']);
  assert.equal((await core.call('pricing.session', { sessionId: folk.id }, core.cookies.gate)).status, 403);
});

test('a clerk’s manual discount: refused without a manager, refused with a wrong PIN (audited), sold with the manager’s PIN', async () => {
  const none = await core.call('sales.sell', manualSale(), core.cookies.clerk);
  assert.deepEqual([none.status, (none.json as { code: string }).code], [403, 'MANUAL_DISCOUNT_APPROVAL']);
  const wrong = await core.call('sales.sell', manualSale({ username: 'manager', pin: '0000' }), core.cookies.clerk);
  assert.deepEqual([wrong.status, (wrong.json as { code: string }).code], [403, 'MANUAL_DISCOUNT_APPROVAL']);
  const clerkAsManager = await core.call('sales.sell', manualSale({ username: 'clerk', pin: '1357' }), core.cookies.clerk);
  assert.equal((clerkAsManager.json as { code: string }).code, 'MANUAL_DISCOUNT_APPROVAL', 'only a manager approves');
  const sold = await core.call('sales.sell', manualSale({ username: 'manager', pin: '1357' }), core.cookies.clerk);
  assert.equal(sold.status, 200, JSON.stringify(sold.json));
  const order = sold.json as OrderView;
  assert.equal(order.totalFen, (folk.tiers[0]?.priceFen ?? 0) - 1_000);
  assert.equal(order.offers?.manualReason, '老顾客');
  const audit = (await core.call('audit.list', { action: 'manager.approve' }, core.cookies.manager)).json as { outcome: string }[];
  assert.deepEqual(audit.map((a) => a.outcome).sort(), ['ok', 'refused', 'refused']);
});
