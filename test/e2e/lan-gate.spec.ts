import { createHash, createPublicKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';
import { buildGateWorld, type GateWorld } from './fixtures/gate-world';
import config from '../../playwright.config';

// A gate tablet on the venue network, modelled in Chromium: it reaches the core by a name that is not localhost
// (mapped to 127.0.0.1 by --host-resolver-rules), over HTTPS with the core's own certificate, which this browser
// accepts by its public key only (--ignore-certificate-errors-spki-list), as a tablet would after checking the fingerprint.
const NAME = 'box.venue.test';
let core: RunningCore & { stop(): Promise<void> };
let world: GateWorld;
let browser: Browser;
let port = '';

type PageGlobals = { isSecureContext: boolean; localStorage: { setItem(key: string, value: string): void } };

test.beforeAll(async () => {
  core = await startCore({ demo: true, serveArgs: ['--https', '--allow-host', NAME] });
  world = buildGateWorld(core.dbFile);
  port = new URL(core.url).port;
  const spki = createPublicKey(readFileSync(`${core.dbFile}.tls.crt`, 'utf8')).export({ type: 'spki', format: 'der' });
  const pin = createHash('sha256').update(spki).digest('base64');
  const launch = config.use?.launchOptions ?? {};
  browser = await chromium.launch({
    ...launch,
    args: [...(launch.args ?? []), `--host-resolver-rules=MAP ${NAME} 127.0.0.1`, `--ignore-certificate-errors-spki-list=${pin}`, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
});

test.afterAll(async () => {
  await browser.close();
  world.close();
  await core.stop();
});

/** The manager, on the core's own PC, makes a pairing code for a gate in Manage → 设备. */
async function pairingCodeFromManager(gateName: string, deviceName: string): Promise<{ code: string; manager: Page }> {
  const manager = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await manager.goto(core.url);
  await manager.getByLabel('用户名').fill('manager');
  await manager.getByLabel('PIN 码或密码').fill('1111');
  await manager.keyboard.press('Enter');
  await manager.getByRole('button', { name: /^管理/ }).click();
  await manager.getByRole('tab', { name: '设备' }).click();
  await expect(manager.getByTestId('fingerprint')).toHaveText(readFingerprint());
  await manager.getByLabel('检票口名称').fill(gateName);
  await manager.getByLabel('设备名称').fill(deviceName);
  await manager.getByRole('button', { name: '生成配对码' }).click();
  const code = (await manager.getByTestId('pairing-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const qr = manager.getByRole('img', { name: '配对二维码' });
  await expect(qr).toBeVisible();
  // The QR code holds the HTTPS address by name, the code and the fingerprint.
  await expect(qr).toHaveAttribute('data-qr-text', `https://${NAME}:${port}/#pair=${code}&fp=${encodeURIComponent(readFingerprint())}`);
  await manager.getByTestId('pairing-code').scrollIntoViewIfNeeded();
  return { code, manager };
}

function readFingerprint(): string {
  return new X509Certificate(readFileSync(`${core.dbFile}.tls.crt`, 'utf8')).fingerprint256;
}

test('a gate tablet opens the HTTPS address by name, is paired by a code, logs in, admits a ticket, and has the camera', async () => {
  const { code, manager } = await pairingCodeFromManager('南门', '南门 1 号平板');
  await manager.screenshot({ path: `${SCREENSHOTS}/lan-01-manage-devices.png` });

  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', permissions: ['camera'] });
  const tablet = await context.newPage();
  await tablet.addInitScript((setup) => (globalThis as unknown as PageGlobals).localStorage.setItem('boxoffice.gate.setup', setup), JSON.stringify({ gateName: '', sessionIds: [world.openPlain.id] }));
  await tablet.goto(`https://${NAME}:${port}/`);
  expect(await tablet.evaluate(() => (globalThis as unknown as PageGlobals).isSecureContext)).toBe(true);
  await expect(tablet.getByTestId('pair-screen')).toBeVisible();
  await tablet.screenshot({ path: `${SCREENSHOTS}/lan-02-pair-screen.png` });

  // Logging in before pairing is not even offered; a wrong code is refused in words.
  await tablet.getByLabel('配对码').fill('ZZZZ-ZZZZ');
  await tablet.keyboard.press('Enter');
  await expect(tablet.getByRole('alert')).toContainText('没有这个配对码');
  await tablet.getByLabel('配对码').fill(code.toLowerCase());
  await tablet.keyboard.press('Enter');

  await tablet.getByLabel('用户名').fill('gate');
  await tablet.getByLabel('PIN 码或密码').fill('3333');
  await tablet.keyboard.press('Enter');
  // The gate name comes from the pairing.
  await expect(tablet.getByLabel('检票口名称')).toHaveValue('南门');
  await tablet.getByRole('button', { name: '开始检票' }).click();
  await expect(tablet.locator('.gate-name')).toHaveText('南门');

  const ticket = world.codes.plain[0] ?? '';
  await tablet.keyboard.type(ticket);
  await tablet.keyboard.press('Enter');
  await expect(tablet.locator('section.verdict')).toHaveAttribute('data-verdict', 'valid');
  expect(world.checkIn(ticket)).toMatchObject({ gate_name: '南门' });
  await tablet.screenshot({ path: `${SCREENSHOTS}/lan-03-tablet-admitted.png` });

  await tablet.getByRole('button', { name: '摄像头扫码' }).click();
  await expect(tablet.getByLabel('摄像头画面')).toBeVisible();
  await expect(tablet.getByText('摄像头只能在 HTTPS 地址下使用')).toHaveCount(0);

  // The manager sees the tablet and revokes it: the tablet is back at the pairing screen, told why.
  await manager.reload();
  const row = manager.locator('tr[data-device="南门 1 号平板"]');
  await expect(row).toContainText('127.0.0.1');
  await row.getByRole('button', { name: '撤销' }).click();
  await manager.getByRole('button', { name: '撤销此设备' }).click();
  await expect(row).toContainText('已于');
  await manager.screenshot({ path: `${SCREENSHOTS}/lan-01b-manage-revoked.png`, fullPage: true });
  await tablet.reload();
  await expect(tablet.getByText('此设备已被经理撤销')).toBeVisible();
  await context.close();
  await manager.close();
});

test('the same name over plain HTTP lands on the page sending the device to the HTTPS address', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`http://${NAME}:${port}/`);
  await expect(page.getByRole('heading', { name: '请使用 HTTPS 地址' })).toBeVisible();
  await expect(page.getByRole('link', { name: `https://${NAME}:${port}/` })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/lan-04-use-https.png` });
  await page.close();
});

test('an error nobody caught shows what failed and what to do, never a blank page', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  await page.goto(`https://${NAME}:${port}/`);
  await expect(page.getByTestId('pair-screen')).toBeVisible();
  await page.evaluate(() => {
    setTimeout(() => void Promise.reject(new Error('the scanner driver stopped')));
  });
  const report = page.locator('#crash-report');
  await expect(report).toContainText('页面出错了');
  await expect(report).toContainText('出错的是：Error: the scanner driver stopped');
  await expect(report.getByRole('button', { name: '重新加载' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/lan-05-crash-bar.png` });
  await page.close();
});
