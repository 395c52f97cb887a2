import { chromium, expect, test, type Browser } from '@playwright/test';
import { startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';
import { buildGateWorld, type GateWorld } from './fixtures/gate-world';
import config from '../../playwright.config';

// A page that is not a secure context (plain http by a name that is not localhost): no crypto.randomUUID, no camera.
// The loopback-bound core answers the name it was told with --allow-host; the UI must still work and say what is missing.
const NAME = 'box.insecure.test';
let core: RunningCore & { stop(): Promise<void> };
let world: GateWorld;
let browser: Browser;

type PageGlobals = { isSecureContext: boolean; crypto: { randomUUID?: unknown }; localStorage: { setItem(key: string, value: string): void } };

test.beforeAll(async () => {
  core = await startCore({ demo: true, serveArgs: ['--allow-host', NAME] });
  world = buildGateWorld(core.dbFile);
  const launch = config.use?.launchOptions ?? {};
  browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), `--host-resolver-rules=MAP ${NAME} 127.0.0.1`] });
});

test.afterAll(async () => {
  await browser.close();
  world.close();
  await core.stop();
});

test('outside a secure context the gate still admits, and the camera tab says it needs the HTTPS address', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  await page.addInitScript((setup) => (globalThis as unknown as PageGlobals).localStorage.setItem('boxoffice.gate.setup', setup), JSON.stringify({ gateName: '西门', sessionIds: [world.openPlain.id] }));
  await page.goto(`http://${NAME}:${new URL(core.url).port}/`);
  expect(await page.evaluate(() => [(globalThis as unknown as PageGlobals).isSecureContext, typeof (globalThis as unknown as PageGlobals).crypto.randomUUID])).toEqual([false, 'undefined']);
  await page.getByLabel('用户名').fill('gate');
  await page.getByLabel('PIN 码或密码').fill('3333');
  await page.keyboard.press('Enter');
  await expect(page.locator('.gate-name')).toHaveText('西门');
  const ticket = world.codes.plain[1] ?? '';
  await page.keyboard.type(ticket);
  await page.keyboard.press('Enter');
  await expect(page.locator('section.verdict')).toHaveAttribute('data-verdict', 'valid');
  await page.getByRole('button', { name: '摄像头扫码' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '摄像头只能在 HTTPS 地址下使用' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/lan-06-camera-needs-https.png` });
  await page.close();
});

test('outside a secure context a clerk opens a sale (its hold id is made without crypto.randomUUID)', async () => {
  const page = await browser.newPage({ locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://${NAME}:${new URL(core.url).port}/`);
  await page.getByLabel('用户名').fill('clerk');
  await page.getByLabel('PIN 码或密码').fill('2222');
  await page.keyboard.press('Enter');
  await page.getByText('今晚加场').first().click();
  await expect(page.getByLabel('普通票 数量')).toBeVisible();
  await expect(page.locator('#crash-report')).toHaveCount(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('a browser missing an API the app needs while it loads gets a page saying what failed, not a blank one', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  // An old or locked-down browser without crypto.getRandomValues: the app cannot even finish loading its modules.
  await page.addInitScript(() => {
    const proto = (globalThis as unknown as { Crypto: { prototype: Record<string, unknown> } }).Crypto.prototype;
    delete proto.getRandomValues;
  });
  await page.goto(`http://${NAME}:${new URL(core.url).port}/`);
  const report = page.locator('#crash-report.crash-page');
  await expect(report).toContainText('页面出错了');
  await expect(report).toContainText('出错的是：TypeError');
  await expect(report.getByRole('button', { name: '重新加载' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/lan-07-crash-page.png` });
  await page.close();
});
