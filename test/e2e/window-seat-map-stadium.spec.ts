import { expect, type Page } from '@playwright/test';
import { test, SCREENSHOTS } from './fixtures/core';
import { gridAreas, gridSeatLayoutCsv } from '../../electron/boxoffice/catalog/grid-layout';
import type { SeatGeometry, SessionView } from '../../electron/server/contract';
import { decodeGeometry } from '../../electron/server/contract/sessions';
import { toScreen, type View } from '../../renderer/src/sell/seat-map/view';

test.use({ viewport: { width: 1366, height: 768 } });
// Importing a stadium's layout and generating its 100,000 tickets takes a while on a busy machine.
test.setTimeout(600_000);

/** Calls the core as a manager's tool would (Node's fetch, the session cookie). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the answer's type is the caller's statement about the procedure
async function call<T>(url: string, name: string, body: unknown, cookie = ''): Promise<{ json: T; cookie: string }> {
  const response = await fetch(`${url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(json)}`);
  return { json, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? cookie };
}

const view = async (page: Page) => JSON.parse((await page.getByTestId('seat-map').getAttribute('data-view')) ?? '{}') as View;

test('a 100,000-seat stadium opens whole on the window map and a seat far inside it is picked by a click', async ({ page, core }) => {
  const { cookie } = await call(core.url, 'setup.createFirstManager', { username: 'manager', displayName: '王经理', secret: '135790' });
  await call(core.url, 'users.create', { username: 'clerk', displayName: '李售票', role: 'clerk', secret: '2468' }, cookie);
  const venue = (await call<{ id: string }>(core.url, 'catalog.createVenue', { name: '体育中心', address: '体育路 1 号', provinceId: 440000, cityId: 440100, districtId: 440106 }, cookie)).json;
  const hall = (await call<{ id: string }>(core.url, 'catalog.createHall', { venueId: venue.id, name: '主场馆', hasSeat: true }, cookie)).json;
  const imported = (await call<{ seats: number }>(core.url, 'catalog.importSeatLayout', { hallId: hall.id, csv: gridSeatLayoutCsv(gridAreas(40, 8)) }, cookie)).json;
  expect(imported.seats).toBe(100_000);
  const performance = (await call<{ id: string }>(core.url, 'catalog.createPerformance', { name: '巡回演唱会', approval: '粤文演〔2025〕1号', typeId: 1002 }, cookie)).json;
  const now = Date.now();
  const session = (
    await call<SessionView>(core.url, 'catalog.createSession', {
      performanceId: performance.id,
      hallId: hall.id,
      name: '首场',
      startsAt: now + 3 * 86_400_000,
      endsAt: now + 3 * 86_400_000 + 3 * 3_600_000,
      salesOpenAt: now - 86_400_000,
      tiers: [{ name: '内场', priceFen: 128_000 }, { name: '看台', priceFen: 48_000 }],
    }, cookie)
  ).json;
  await call(core.url, 'catalog.generateTickets', { sessionId: session.id, seatRules: [{ priceTierId: session.tiers[1]?.id }, { priceTierId: session.tiers[0]?.id, area: 'A区' }] }, cookie);

  await page.goto(core.url);
  await page.getByLabel('用户名').fill('clerk');
  await page.getByLabel('PIN 码或密码').fill('2468');
  await page.keyboard.press('Enter');
  await page.goto(`${core.url}/sell/sessions`);
  const geometryLoaded = page.waitForResponse((response) => response.url().endsWith('/api/sessions.seatGeometry'));
  await page.locator('[data-session-row]', { hasText: '巡回演唱会' }).click();
  const geometry = decodeGeometry((await (await geometryLoaded).json()) as SeatGeometry);
  const map = page.getByTestId('seat-map');
  await expect(map).toHaveAttribute('data-frames', /[1-9]/);
  await expect(map).toHaveAttribute('aria-label', /100,000|100000/);
  await page.screenshot({ path: `${SCREENSHOTS}/window-seat-map-stadium-whole.png` });

  // A seat in the middle of the stadium (area 21 of 40, row 25): zoom toward it, then click it.
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
});
