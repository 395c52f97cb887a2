import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test, SCREENSHOTS } from './fixtures/core';
import { gridAreas } from '../../electron/boxoffice/catalog/grid-layout';
import type { SeatGeometry } from '../../electron/server/contract';
import { decodeGeometry } from '../../electron/server/contract/sessions';
import { toScreen, type View } from '../../renderer/src/sell/seat-map/view';
import { buildHall, reportsDelivered, serve } from '../bench/seat-map-hall';

test.use({ viewport: { width: 1366, height: 768 } });
// Importing a stadium's layout and generating its 100,000 tickets takes a while on a busy machine.
test.setTimeout(600_000);

const view = async (page: Page) => JSON.parse((await page.getByTestId('seat-map').getAttribute('data-view')) ?? '{}') as View;

test('a 100,000-seat stadium opens whole on the window map and a seat far inside it is picked by a click', async ({ page }) => {
  // The stadium of `npm run bench stadium`, every 500th seat sold; its reports count as delivered (the drain is not this test's).
  const dir = mkdtempSync(join(tmpdir(), 'bo-e2e-stadium-'));
  const file = join(dir, 'boxoffice.db');
  await buildHall(file, gridAreas(40, 8), 500, 0);
  reportsDelivered(file);
  const core = await serve(file);
  try {
    await page.goto(core.url);
    await page.getByLabel('用户名').fill('clerk');
    await page.getByLabel('PIN 码或密码').fill('2222');
    await page.keyboard.press('Enter');
    await expect(page.getByText('当前用户：李售票')).toBeVisible();
    await page.goto(`${core.url}/sell/sessions`);
    const geometryLoaded = page.waitForResponse((response) => response.url().endsWith('/api/sessions.seatGeometry'));
    await page.locator('[data-session-row]', { hasText: '巡回演唱会' }).click();
    const geometry = decodeGeometry((await (await geometryLoaded).json()) as SeatGeometry);
    const map = page.getByTestId('seat-map');
    await expect(map).toHaveAttribute('data-frames', /[1-9]/);
    await expect(map).toHaveAttribute('aria-label', /100,000|100000/);
    await page.screenshot({ path: `${SCREENSHOTS}/window-seat-map-stadium-whole.png` });

    // A seat in the middle of the stadium (area 21 of 40, row 25, seat 26): zoom toward it, then click it.
    const target = 20 * 2500 + 24 * 50 + 25;
    const seat = { x: geometry.x[target] ?? 0, y: geometry.y[target] ?? 0 };
    const box = await map.boundingBox();
    if (!box) throw new Error('the map is not on screen');
    let at = toScreen(await view(page), seat.x, seat.y);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
    await expect.poll(async () => Number(await map.getAttribute('data-pitch-px'))).toBeGreaterThan(14);
    at = toScreen(await view(page), seat.x, seat.y);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect(map).toHaveAttribute('data-mine', '1');
    const row = geometry.rows[geometry.rowOf[target] ?? 0];
    await expect(page.getByTestId('seat-map-describe')).toContainText(row?.label ?? '');
    await expect(page.getByTestId('seat-map-describe')).toContainText(`${geometry.seatNo[target] ?? ''}号`);
    await page.screenshot({ path: `${SCREENSHOTS}/window-seat-map-stadium-picked.png` });
  } finally {
    await core.halt();
    rmSync(dir, { recursive: true, force: true });
  }
});
