import { expect, test, type Page } from '@playwright/test';
import { startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';
import { buildGateWorld, unknownCode, type GateWorld } from './fixtures/gate-world';
import { slowCpuFromEnv } from './fixtures/slow-cpu';
import { wedge } from './fixtures/wedge';

// One core for the file: the demo plus the gate's world (see fixtures/gate-world.ts). Each test uses its own codes.
let core: RunningCore & { stop(): Promise<void> };
let world: GateWorld;

test.beforeAll(async () => {
  core = await startCore({ demo: true });
  world = buildGateWorld(core.dbFile);
});

test.afterAll(async () => {
  world.close();
  await core.stop();
});

/** This device was set up earlier: the gate's setup is in localStorage before the page loads. */
async function presetGate(page: Page, gateName: string, sessionIds: string[]) {
  await page.addInitScript((setup) => (globalThis as unknown as PageGlobals).localStorage.setItem('boxoffice.gate.setup', setup), JSON.stringify({ gateName, sessionIds }));
}

/** The page's globals, for code run in the browser (this file is typechecked without the DOM library). */
type PageGlobals = { localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void } };

/** Logs in as the demo gate user with the keyboard only (the focus ends wherever the app puts it). */
async function loginAsGate(page: Page) {
  await slowCpuFromEnv(page);
  await page.goto(core.url);
  await page.getByLabel('用户名').fill('gate');
  await page.getByLabel('PIN 码或密码').fill('3333');
  await page.keyboard.press('Enter');
  await expect(page.getByText('当前用户：张检票（检票员）')).toBeVisible();
}

const verdict = (page: Page) => page.locator('section.verdict');

async function expectVerdict(page: Page, name: string, words: (string | RegExp)[]) {
  await expect(verdict(page)).toHaveAttribute('data-verdict', name);
  for (const word of words) await expect(verdict(page)).toContainText(word);
}

test('a new device is set up: gate name and sessions, kept after a reload', async ({ page }) => {
  await loginAsGate(page);
  await expect(page.getByRole('heading', { name: '检票口设置' })).toBeVisible();
  await page.getByRole('button', { name: '开始检票' }).click();
  await expect(page.getByText('请填写检票口名称')).toBeVisible();
  await expect(page.getByText('请至少选择一个场次')).toBeVisible();
  await page.getByLabel('检票口名称').fill('3号口');
  await page.getByRole('checkbox', { name: new RegExp(world.tonight.label) }).check();
  await page.getByRole('checkbox', { name: new RegExp(world.openPlain.label) }).check();
  await expect(page.getByText('正在检票').first()).toBeVisible();
  await expect(page.getByText('实名入场').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/gate-01-setup.png`, fullPage: true });
  await page.getByRole('button', { name: '开始检票' }).click();

  await expect(page.locator('.gate-name')).toHaveText('3号口');
  await expectVerdict(page, 'idle', ['请扫码']);
  await expect(page.locator('[data-link="ok"]')).toBeVisible();
  await expect(page.getByText('沙箱模式', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/gate-02-ready.png` });

  await page.reload();
  await expect(page.locator('.gate-name')).toHaveText('3号口');
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).localStorage.getItem('boxoffice.gate.setup'))).toContain(world.openPlain.id);
});

test('a wedge scan without a click admits; a double-send is judged once; typing by hand is recorded as manual', async ({ page }) => {
  await presetGate(page, '3号口', [world.tonight.id, world.openPlain.id]);
  await loginAsGate(page);
  const [first, second, typed] = world.codes.plain;
  if (!first || !second || !typed) throw new Error('the world sells 20 plain tickets');

  // The test never focuses the scan field: the screen must have done it.
  await wedge(page, first);
  await expectVerdict(page, 'valid', ['有效', '请入场', '普通票', '脱口秀之夜']);
  await expect(page.locator('[data-counter="here"]')).not.toHaveText('0');
  await page.screenshot({ path: `${SCREENSHOTS}/gate-03-valid.png` });
  expect(world.checkIn(first)).toMatchObject({ checking_type: 'code', auth_type: 'device', gate_name: '3号口' });

  // A scanner that sends twice: the second send within a second is dropped, the screen stays green.
  await wedge(page, second);
  await wedge(page, second, { again: true });
  await expectVerdict(page, 'valid', ['有效']);
  await expect(page.getByText('已忽略 1 次重复扫码')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/gate-04-double-send-ignored.png` });
  expect(world.ticketCount(second)).toBe(1);

  // A click elsewhere does not lose the scanner; a code typed slowly by a person is authType 1.
  await page.locator('.gate-side').click();
  await page.keyboard.type(typed.toLowerCase().replace(/(.{4})(?=.)/g, '$1-'), { delay: 90 });
  await page.keyboard.press('Enter');
  await expectVerdict(page, 'valid', ['有效']);
  expect(world.checkIn(typed)).toMatchObject({ checking_type: 'code', auth_type: 'manual' });
});

test('each refusal in words: already used, unknown, wrong session, refunded, not yet open', async ({ page }) => {
  await presetGate(page, '2号口', [world.tonight.id, world.tomorrow.id]);
  await loginAsGate(page);

  await wedge(page, world.codes.used.code);
  await expectVerdict(page, 'already_used', ['已使用', '拒绝入场', new RegExp(`已于 \\d\\d:\\d\\d 在 ${world.codes.used.gateName} 入场`)]);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-05-already-used.png` });

  await wedge(page, unknownCode());
  await expectVerdict(page, 'unknown', ['无效票码', '拒绝入场', '不属于本票务系统']);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-06-unknown.png` });

  await wedge(page, world.codes.otherSession);
  await expectVerdict(page, 'wrong_session', ['非本场次', '此票为《雷雨》后天晚场']);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-07-wrong-session.png` });

  await wedge(page, world.codes.refunded);
  await expectVerdict(page, 'refunded', ['已退票', '此票已办理退票']);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-08-refunded.png` });

  await wedge(page, world.codes.tomorrow);
  await expectVerdict(page, 'not_open', ['未到检票时间', /\d\d:\d\d 开始检票/]);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-09-not-open.png` });

  // Nothing refused was admitted; the refusals are counted for this gate (the domain counts a wrong-session
  // scan under the ticket's own session, so four of the five).
  expect(world.ticketCount(world.codes.refunded)).toBe(0);
  await expect(page.locator('.counter-refused')).toHaveText('本口拒绝 4');
});

test('real name: the holder’s ID is asked for, a mismatch refused, the match admitted as checkingType 2', async ({ page }) => {
  await presetGate(page, '东门', [world.tonight.id]);
  await loginAsGate(page);
  const { code, idNumber, wrongIdNumber } = world.codes.realName;

  await wedge(page, code);
  await expectVerdict(page, 'id_required', ['核验证件', '请核对持票人证件', '欧**花', '购票证件：居民身份证']);
  await expect(page.getByLabel('证件号码')).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOTS}/gate-10-id-required.png` });

  // A mistyped number (wrong check character) is caught here, not sent as a mismatch.
  await wedge(page, `${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}`);
  await expect(page.getByText('号码有误：最后一位校验码不符')).toBeVisible();

  await wedge(page, wrongIdNumber);
  await expectVerdict(page, 'id_mismatch', ['证件不符', '拒绝入场', '所示证件与购票实名信息不一致', '号码已选中']);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-11-id-mismatch.png` });
  expect(world.ticketCount(code)).toBe(0);

  // The ID field stays open and focused with the wrong number selected: the retry needs no mouse.
  await expect(page.getByLabel('证件号码')).toBeFocused();
  await expect(page.getByLabel('证件号码')).toHaveValue(wrongIdNumber);
  expect(await page.getByLabel('证件号码').evaluate((input) => {
    const field = input as unknown as { selectionStart: number; selectionEnd: number; value: string };
    return field.selectionEnd - field.selectionStart === field.value.length;
  })).toBe(true);
  // An ID reader that sends twice, and the verdict comes in the middle of the second send (the core's answer is
  // held until then): the form gives way to the verdict, the rest of the send lands in the scan field, and the
  // whole send is still one echo of the ID: no second judgement, no "unknown code".
  const held: { answer?: () => void } = {};
  const answered = new Promise<void>((resolve) => (held.answer = resolve));
  await page.route('**/api/gate.checkIn', async (route) => {
    await answered;
    await route.continue();
  }, { times: 1 });
  await wedge(page, idNumber);
  await wedge(page, idNumber, {
    again: true,
    midway: async () => {
      held.answer?.();
      await expect(page.getByLabel('证件号码')).toHaveCount(0);
    },
  });
  await expectVerdict(page, 'valid', ['有效', '请入场', '已核验证件', '欧**花', `证件尾号 ${idNumber.slice(-4)}`]);
  await expect(page.getByText('已忽略 1 次重复扫码')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/gate-12-id-match-valid.png` });
  expect(world.checkIn(code)).toMatchObject({ checking_type: 'id_document', auth_type: 'device', gate_name: '东门' });
  expect(world.ticketCount(code)).toBe(1);

  // The focus is back on the scan field for the next person.
  await expect(page.locator('#scan-input')).toBeFocused();
});

test('a lost core with no device cache yet is a red state of its own; the screen recovers with the link', async ({ page }) => {
  await presetGate(page, '3号口', [world.openPlain.id]);
  // The device never gets its cache (with one it judges offline: gate-offline.spec.ts).
  await page.route('**/api/gate.cache', (route) => route.abort('connectionrefused'));
  await loginAsGate(page);
  await expect(page.locator('[data-link="ok"]')).toBeVisible();

  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await wedge(page, world.codes.plain[5] ?? '');
  await expectVerdict(page, 'failed', ['未能验票', '此票尚未检验，请勿放行', '连接中断']);
  await expect(page.getByRole('alert').filter({ hasText: '与票务核心的连接中断' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/gate-13-core-lost.png` });

  await page.unroute('**/api/**');
  await page.unroute('**/api/gate.cache');
  await page.getByRole('button', { name: '重新验票' }).click();
  await expectVerdict(page, 'valid', ['有效']);
  await expect(page.locator('[data-link="ok"]')).toBeVisible();
  await expect(page.locator('.gate-lost')).toHaveCount(0);
});

test('counters and the entries chart follow admissions at another gate, live', async ({ page, browser }) => {
  await presetGate(page, '3号口', [world.openPlain.id]);
  await loginAsGate(page);
  await wedge(page, world.codes.plain[6] ?? '');
  await expectVerdict(page, 'valid', ['有效']);
  const allGates = page.locator('[data-counter="all"]');
  await expect(allGates).toHaveText(String(world.admitted(world.openPlain.id)));

  // Another gate (another device) admits two people: this screen's "all gates" counter and chart move by themselves.
  const other = await browser.newPage();
  await presetGate(other, '西门', [world.openPlain.id]);
  await loginAsGate(other);
  await wedge(other, world.codes.plain[7] ?? '');
  await expectVerdict(other, 'valid', ['有效']);
  await wedge(other, world.codes.plain[8] ?? '');
  await expect(other.locator('section.verdict .verdict-code')).toContainText(world.codes.plain[8] ?? '');
  await other.close();
  expect(world.admitted(world.openPlain.id)).toBeGreaterThanOrEqual(3);

  await expect(allGates).toHaveText(String(world.admitted(world.openPlain.id)));
  await expect(page.locator('.chart-legend')).toContainText('西门');
  await expect(page.locator('.chart-legend')).toContainText('3号口（本口）');
  await page.locator('.gate-side').screenshot({ path: `${SCREENSHOTS}/gate-14-counters-chart.png` });
});

test('on a phone (390×844) and in English', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await presetGate(page, '东门', [world.tonight.id, world.openPlain.id]);
  await loginAsGate(page);
  await wedge(page, world.codes.plain[9] ?? '');
  await expectVerdict(page, 'valid', ['有效', '请入场']);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-15-phone-valid.png` });
  await wedge(page, world.codes.refunded);
  await expectVerdict(page, 'refunded', ['已退票']);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-16-phone-refunded.png` });
  await wedge(page, world.codes.used.code);
  await expectVerdict(page, 'already_used', ['已使用']);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-17-phone-used.png` });

  await page.getByLabel('语言').first().selectOption('en');
  await wedge(page, world.codes.plain[10] ?? '');
  await expectVerdict(page, 'valid', ['VALID', 'Admit']);
  await wedge(page, unknownCode());
  await expectVerdict(page, 'unknown', ['UNKNOWN CODE', 'Do not admit']);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-18-phone-unknown-en.png` });
  await context.close();
});
