import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import QRCode from 'qrcode';
import { startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';
import { buildGateWorld, type GateWorld } from './fixtures/gate-world';
import config from '../../playwright.config';

// Chromium's fake camera plays a video file: a ticket's QR code held up in front of the gate's phone.
const VIDEO = join(tmpdir(), `bo-gate-camera-${process.pid}.y4m`);
const baseArgs = config.use?.launchOptions?.args ?? [];
test.use({
  launchOptions: { ...config.use?.launchOptions, args: [...baseArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${VIDEO}`] },
  permissions: ['camera'],
});

/** A few frames of a white 640×480 picture with the code's QR in the middle (Y4M, 4:2:0, full range). */
function qrVideo(text: string): Buffer {
  const [width, height] = [640, 480];
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const scale = Math.floor(360 / (modules.size + 8));
  const left = Math.floor((width - modules.size * scale) / 2);
  const top = Math.floor((height - modules.size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) luma.fill(16, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]);
}

let core: RunningCore & { stop(): Promise<void> };
let world: GateWorld;

test.beforeAll(async () => {
  core = await startCore({ demo: true });
  world = buildGateWorld(core.dbFile);
  // Written before the first page starts the browser that reads it.
  writeFileSync(VIDEO, qrVideo(world.codes.plain[0] ?? ''));
});

test.afterAll(async () => {
  world.close();
  await core.stop();
  rmSync(VIDEO, { force: true });
});

test('the camera reads a ticket held up in view and judges it once', async ({ page }) => {
  const code = world.codes.plain[0] ?? '';
  await page.addInitScript((setup) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('boxoffice.gate.setup', setup), JSON.stringify({ gateName: '南门', sessionIds: [world.openPlain.id] }));
  await page.goto(core.url);
  await page.getByLabel('用户名').fill('gate');
  await page.getByLabel('PIN 码或密码').fill('3333');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '摄像头扫码' }).click();
  await expect(page.getByLabel('摄像头画面')).toBeVisible();

  const verdict = page.locator('section.verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'valid', { timeout: 15_000 });
  await expect(verdict).toContainText(code);
  const seq = await verdict.getAttribute('data-seq');
  await page.screenshot({ path: `${SCREENSHOTS}/gate-19-camera-valid.png` });

  // The ticket stays in view: the camera reads it 20 times more, the gate judges it once.
  const reads = async () => Number(await page.locator('.camera-scanner').getAttribute('data-reads'));
  const readsAtVerdict = await reads();
  await expect.poll(reads, { timeout: 15_000 }).toBeGreaterThanOrEqual(readsAtVerdict + 20);
  await expect(verdict).toHaveAttribute('data-seq', seq ?? '');
  await expect(verdict).toHaveAttribute('data-verdict', 'valid');
  expect(world.ticketCount(code)).toBe(1);
  expect(world.checkIn(code)).toMatchObject({ auth_type: 'device', gate_name: '南门' });
});
