import { expect, type Page } from '@playwright/test';
import { SCREENSHOTS } from './fixtures/core';
import { api, demoTest, logIn } from './fixtures/window';
import type { SeatMapSeat, SessionListItem } from '../../electron/server/contract';
import { toScreen, type View } from '../../renderer/src/sell/seat-map/view';
import { gb11643CheckChar } from '../../electron/boxoffice/personal-data/id-document';

const residentId = (first17: string) => first17 + gb11643CheckChar(first17);

/** The demo: 星河大剧院's 歌剧厅 has 1,612 seats; 雷雨 明晚场 is sold there. */
const test = demoTest(['--orders', '20', '--refunds', '0', '--checkins', '0']);
test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/window-seat-map-${name}.png` });

async function openTomorrow(page: Page) {
  const loaded = page.waitForResponse((response) => response.url().endsWith('/api/sessions.seatStatus'));
  await page.locator('[data-session-row]', { hasText: '雷雨' }).filter({ hasText: '明晚场' }).click();
  const { session } = (await (await loaded).json()) as { session: SessionListItem };
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-frames', /[1-9]/);
  // The window loads the compact map; the test reads the same seats, positions and states in the plain form.
  const map = await api<{ session: SessionListItem; seats: SeatMapSeat[] }>(page, 'sessions.seatMap', { sessionId: session.id });
  return map;
}

/** Where the map draws a seat now (the canvas publishes its view), in the canvas's own pixels. */
async function onScreen(page: Page, seat: SeatMapSeat) {
  const view = JSON.parse((await page.getByTestId('seat-map').getAttribute('data-view')) ?? '{}') as View;
  return toScreen(view, seat.x, seat.y);
}

const pitchPx = async (page: Page) => Number(await page.getByTestId('seat-map').getAttribute('data-pitch-px'));
const frames = async (page: Page) => Number(await page.getByTestId('seat-map').getAttribute('data-frames'));

/**
 * Does `action` (a key, a choice) and waits for the map's next frame: the view it publishes is then the one the
 * action made. Read before that frame, it is the last one's, and a click aimed with it lands off the map.
 */
async function thenDrawn(page: Page, action: () => Promise<void>) {
  const before = await frames(page);
  await action();
  await expect.poll(() => frames(page)).toBeGreaterThan(before);
}
const mine = async (page: Page) => Number(await page.getByTestId('seat-map').getAttribute('data-mine'));

test('at 1366×768 a clerk sees all 1,612 seats at 9 px or more, picks by pointer between dots and by keyboard, zooms toward the seat and to an area', async ({ page, demo }) => {
  test.setTimeout(90_000);
  await logIn(page, demo.url, 'clerk', '2222', '李售票');
  const { seats } = await openTomorrow(page);
  expect(seats).toHaveLength(1612);
  const canvas = page.getByTestId('seat-map');

  // The whole hall without zooming: seats at least 9 px apart, every seat inside the canvas.
  expect(await pitchPx(page)).toBeGreaterThanOrEqual(9);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no seat map');
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  for (const seat of [seats[0], seats.at(-1)]) {
    if (!seat) continue;
    const at = await onScreen(page, seat);
    expect(at.x).toBeGreaterThan(0);
    expect(at.y).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(box.width);
    expect(at.y).toBeLessThan(box.height);
  }
  await shot(page, '01-whole-hall');

  // Hovering a seat names it, its tier and price; a click between two dots picks the nearer seat.
  const row12 = seats.filter((s) => s.floor === '1层' && s.area === '中区' && s.row === '12排' && s.state === 'available');
  const target = row12[5];
  if (!target) throw new Error('no free seat in row 12');
  const at = await onScreen(page, target);
  const gap = (await pitchPx(page)) * 0.4;
  await canvas.hover({ position: { x: at.x + gap, y: at.y } });
  await expect(page.getByTestId('seat-map-describe')).toHaveText(`1层 中区 12排 ${target.seat}号 · 甲票 ¥580.00 · 可售`);
  await canvas.click({ position: { x: at.x + gap, y: at.y } });
  await expect.poll(() => mine(page)).toBe(1);
  await expect(page.getByTestId('cart-line').filter({ hasText: `1层 中区 12排 ${target.seat}号` })).toBeVisible();

  // The keyboard: the cursor starts on the first seat for sale, moves right, Space picks.
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect.poll(() => mine(page)).toBe(2);
  const picked = seats.find((s) => s.state === 'available' && !!s.ticketId && s.floor === '1层');
  const cursorText = (await page.getByTestId('seat-map-describe').textContent()) ?? '';
  expect(cursorText).toMatch(/我已选$/);

  // "+" zooms toward the keyboard's seat: it stays where it was on screen while the seats grow.
  const cursorSeat = seats.find((s) => cursorText.startsWith(`${s.floor} ${s.area} ${s.row} ${s.seat}号`));
  if (!cursorSeat || !picked) throw new Error('the cursor names no seat');
  const before = await onScreen(page, cursorSeat);
  const pitchBefore = await pitchPx(page);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => pitchPx(page)).toBeGreaterThan(pitchBefore * 1.9);
  const after = await onScreen(page, cursorSeat);
  expect(Math.abs(after.x - before.x)).toBeLessThan(1);
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
  await shot(page, '02-zoomed-at-cursor');

  // An area from the 区域 list fills the map; a balcony seat is then a big target.
  await thenDrawn(page, async () => {
    await page.getByLabel('区域').selectOption({ label: '2层 中区' });
  });
  const balcony = seats.find((s) => s.floor === '2层' && s.area === '中区' && s.row === '3排' && s.state === 'available');
  if (!balcony) throw new Error('no free balcony seat');
  expect(await pitchPx(page)).toBeGreaterThan(20);
  const b = await onScreen(page, balcony);
  await canvas.click({ position: { x: b.x, y: b.y } });
  await expect.poll(() => mine(page)).toBe(3);
  await shot(page, '03-area-zoomed');

  // Back to the whole hall (0), then a sold seat: the notice is under the map, never over seats.
  await canvas.focus();
  await thenDrawn(page, () => page.keyboard.press('0'));
  const sold = seats.find((s) => s.state === 'sold');
  if (!sold) throw new Error('the demo sold nothing');
  const s = await onScreen(page, sold);
  await canvas.click({ position: { x: s.x, y: s.y } });
  const notice = page.locator('.seat-map-status .notice');
  await expect(notice).toContainText('已售');
  const noticeBox = await notice.boundingBox();
  const canvasBox = await canvas.boundingBox();
  if (!noticeBox || !canvasBox) throw new Error('no notice or map');
  expect(noticeBox.y).toBeGreaterThanOrEqual(canvasBox.y + canvasBox.height);
  await shot(page, '04-notice-under-map');

  // Three holders (one ID per ticket): each form in view in the cart; F7 goes to the first one to fill.
  for (let n = 1; n <= 3; n++) await expect(page.getByRole('group', { name: new RegExp(`^第 ${n} 张`) })).toBeInViewport();
  await page.keyboard.press('F7');
  await expect(page.getByRole('group', { name: /^第 1 张/ }).getByLabel('姓名')).toBeFocused();
  await page.keyboard.type('张三');
  await page.keyboard.press('F7');
  await expect(page.getByRole('group', { name: /^第 1 张/ }).getByLabel('证件号码')).toBeFocused();
  // Enter after a document number goes on to the next holder (it does not sell).
  await page.keyboard.type(residentId('11010519800101001'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^第 2 张/ }).getByLabel('姓名')).toBeFocused();
  await shot(page, '05-holders');
});

test('a manager’s header stays on one line at 1366 px', async ({ page, demo }) => {
  await logIn(page, demo.url, 'manager', '1111', '王经理');
  const header = await page.locator('.frame-header').boundingBox();
  expect(header?.height).toBeLessThan(70);
  await page.getByRole('button', { name: /^管理/ }).click();
  expect((await page.locator('.frame-header').boundingBox())?.height).toBeLessThan(70);
  await shot(page, '06-manager-header');
});

test('best available at any price finds seats together without stranding a single seat, and keeps wheelchair places unless asked', async ({ page, demo }) => {
  await logIn(page, demo.url, 'clerk', '2222', '李售票');
  const { session } = await openTomorrow(page);
  await page.keyboard.press('F6');
  await page.getByLabel(/票价/).selectOption({ label: '任意票价（全场最佳）' });
  await page.getByLabel('张数').fill('3');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^已选出 /)).toBeVisible();
  await expect.poll(() => mine(page)).toBe(3);
  await shot(page, '07-best-any-price');

  // The row as the core now has it: the three held seats, and on each side of them no lone free seat.
  const { seats } = await api<{ seats: SeatMapSeat[] }>(page, 'sessions.seatMap', { sessionId: session.id });
  const picked = seats.filter((s) => s.state === 'held_by_me');
  expect(picked).toHaveLength(3);
  expect(picked.some((s) => s.accessible)).toBe(false);
  const first = picked[0];
  if (!first) throw new Error('nothing picked');
  const rowSeats = seats.filter((s) => s.floor === first.floor && s.area === first.area && s.row === first.row).sort((a, b) => Number(a.seat) - Number(b.seat));
  const at = rowSeats.findIndex((s) => s.state === 'held_by_me');
  const freeRun = (from: number, step: number) => {
    let n = 0;
    for (let i = from; i >= 0 && i < rowSeats.length && rowSeats[i]?.state === 'available'; i += step) n++;
    return n;
  };
  expect(freeRun(at - 1, -1), 'free seats left of the block').not.toBe(1);
  expect(freeRun(at + 3, 1), 'free seats right of the block').not.toBe(1);
});
