import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fx from '../helpers/fixtures';
import { expectRefusal, expectSuccess, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('session codes nest: hall code (11) + yyMMdd of the start in UTC+8 + a 4-digit sequence', async () => {
  const codes = expectSuccess(
    await h.client.performanceCode(
      fx.performance('PC1', [fx.session('PC1-S1'), fx.session('PC1-S2'), fx.session('PC1-S3', { sessionStartTime: '2026-12-31 23:30:00', sessionEndTime: '2027-01-01 01:00:00' })]),
    ),
  );
  assert.deepEqual(codes, {
    'PC1-S1': `${fx.SEEDED_HALL}2612240001`,
    'PC1-S2': `${fx.SEEDED_HALL}2612240002`,
    'PC1-S3': `${fx.SEEDED_HALL}2612310001`,
  });
  for (const code of Object.values(codes)) assert.equal(code.length, 21);
});

test('a venue without halls: its 9-character code + "00" takes the hall\'s place', async () => {
  const codes = expectSuccess(await h.client.performanceCode(fx.performance('PC2', [fx.session('PC2-S1', { hallCode: fx.SEEDED_VENUE_WITHOUT_HALLS, hasSeat: 0 })])));
  assert.equal(codes['PC2-S1'], `${fx.SEEDED_VENUE_WITHOUT_HALLS}002612240001`);
});

test('an identical repeat answers the same codes and counts as a duplicate; new sessions can be added later', async () => {
  const body = fx.performance('PC3', [fx.session('PC3-S1')]);
  const first = expectSuccess(await h.client.performanceCode(body));
  const before = h.sandbox.inspect().interfaces.performanceCode?.duplicates ?? 0;
  assert.deepEqual(expectSuccess(await h.client.performanceCode(body)), first);
  assert.equal(h.sandbox.inspect().interfaces.performanceCode?.duplicates, before + 1);
  const more = expectSuccess(await h.client.performanceCode(fx.performance('PC3', [fx.session('PC3-S1'), fx.session('PC3-S2')])));
  assert.equal(more['PC3-S1'], first['PC3-S1']);
  assert.equal(more['PC3-S2']?.length, 21);
});

test('the same ids with other content are 4400', async () => {
  expectSuccess(await h.client.performanceCode(fx.performance('PC4', [fx.session('PC4-S1')])));
  const renamed = expectRefusal(await h.client.performanceCode(fx.performance('PC4', [fx.session('PC4-S1')], { performanceName: '日出' })));
  assert.equal(renamed.code, '4400');
  assert.match(renamed.msg, /performanceId: PC4 already has session codes with other details/);
  const moved = expectRefusal(await h.client.performanceCode(fx.performance('PC4', [fx.session('PC4-S1', { sessionName: '加场' })])));
  assert.equal(moved.code, '4400');
  assert.match(moved.msg, /sessionList\[0\]\.sessionId: PC4-S1 already has code/);
  const stolen = expectRefusal(await h.client.performanceCode(fx.performance('PC5', [fx.session('PC4-S1')])));
  assert.match(stolen.msg, /belongs to performance PC4/);
});

test('places and types are checked: unknown hall 4400, disabled hall 4400, venue with halls 4000, unknown type 4000', async () => {
  const refused = async (hallCode: string): Promise<{ code: string; msg: string }> =>
    expectRefusal(await h.client.performanceCode(fx.performance(`PX-${hallCode}`, [fx.session(`PX-${hallCode}-S1`, { hallCode })])));
  assert.deepEqual(await refused('99999999999'), { code: '4400', msg: '数据不存在或状态冲突: sessionList[0].hallCode: unknown hall code 99999999999' });
  // 成都城市音乐厅 · 戏剧厅 is seeded disabled
  assert.match((await refused('51010700103')).msg, /hall 51010700103 is disabled/);
  assert.match((await refused('44030500102')).msg, /hall 44030500102 is suspended/);
  const withHalls = await refused('110102001');
  assert.equal(withHalls.code, '4000');
  assert.match(withHalls.msg, /venue 110102001 has halls/);
  const type = expectRefusal(await h.client.performanceCode(fx.performance('PT1', [fx.session('PT1-S1')], { typeId: 4242 })));
  assert.deepEqual(type, { code: '4000', msg: '请求参数错误: typeId: 4242 is not in the performance type list (/standard/performance/type/list)' });
});

test('performance update: unknown performance 4400; a change is applied; the same again is a duplicate', async () => {
  assert.equal(expectRefusal(await h.client.performanceUpdate(fx.performanceUpdate('NOPE'))).code, '4400');
  expectSuccess(await h.client.performanceCode(fx.performance('PU1', [fx.session('PU1-S1')])));
  assert.equal(expectSuccess(await h.client.performanceUpdate(fx.performanceUpdate('PU1', { performanceName: '雷雨（复排版）' }))), true);
  const dup = h.sandbox.inspect().interfaces.performanceUpdate?.duplicates ?? 0;
  expectSuccess(await h.client.performanceUpdate(fx.performanceUpdate('PU1', { performanceName: '雷雨（复排版）' })));
  assert.equal(h.sandbox.inspect().interfaces.performanceUpdate?.duplicates, dup + 1);
});

test('session update: the code must exist and match its sessionId and performanceId; cancelling stops sales', async () => {
  const codes = expectSuccess(await h.client.performanceCode(fx.performance('SU1', [fx.session('SU1-S1')])));
  const code = codes['SU1-S1'] ?? '';
  assert.equal(expectRefusal(await h.client.sessionUpdate(fx.sessionUpdate(`${fx.SEEDED_HALL}2001010001`, 'SU1-S1', 'SU1'))).code, '4400');
  assert.match(expectRefusal(await h.client.sessionUpdate(fx.sessionUpdate(code, 'SU1-S9', 'SU1'))).msg, /sessionId: SU1-S9 does not match/);
  assert.match(expectRefusal(await h.client.sessionUpdate(fx.sessionUpdate(code, 'SU1-S1', 'SU9'))).msg, /performanceId: SU9 does not match/);
  expectSuccess(await h.client.sessionUpdate(fx.sessionUpdate(code, 'SU1-S1', 'SU1', { sessionStatus: 2 })));
  const place = { performanceId: 'SU1', sessionId: 'SU1-S1', sessionCode: code };
  const sale = expectRefusal(await h.client.reportOrder(fx.order('SU1-O1', place, ['T1'])));
  assert.equal(sale.code, '4400');
  assert.match(sale.msg, /is cancelled/);
  assert.equal(h.sandbox.inspect().state.sessionsCancelled, 1);
});
