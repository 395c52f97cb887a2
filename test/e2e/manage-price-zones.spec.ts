import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { SCREENSHOTS } from './fixtures/core';
import { api, demoTest, logIn } from './fixtures/window';
import type { SeatRow, SessionListItem, SessionView, VenueWithHalls } from '../../electron/server/contract';

const test = demoTest(['--orders', '0', '--refunds', '0', '--checkins', '0']);
test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/manage-price-zones-${name}.png` });

interface View {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** Where a point of the hall's layout is on the page, from the view the map publishes on its canvas. */
async function mapPoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator('.zone-painter').getByTestId('seat-map');
  const box = await canvas.boundingBox();
  const view = JSON.parse((await canvas.getAttribute('data-view')) ?? '{}') as View;
  if (!box) throw new Error('no map');
  return { x: box.x + x * view.scale + view.offsetX, y: box.y + y * view.scale + view.offsetY };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

test('a manager paints price tiers on the 1,612-seat hall by band, row name and area, sees the counts, is refused an empty tier in words, generates; a price changes freely before the first sale, afterwards a clerk is refused and the manager’s change reaches the sandbox', async ({ page, browser, demo }) => {
  test.setTimeout(150_000);
  await logIn(page, demo.url, 'manager', '1111', '王经理');

  // A new performance (not real-name) with a session in the 歌剧厅 (1,612 seats) and three tiers, no tickets yet.
  const venues = await api<VenueWithHalls[]>(page, 'catalog.venues', {});
  const hall = venues.flatMap((v) => v.halls).find((h) => h.name === '歌剧厅');
  if (!hall) throw new Error('no 歌剧厅 in the demo');
  const seats = await api<SeatRow[]>(page, 'catalog.hallSeats', { hallId: hall.id });
  expect(seats.length).toBe(1612);
  const performance = await api<{ id: string }>(page, 'catalog.createPerformance', { name: '茶馆', approval: '沪文旅演〔2025〕0777号', typeId: 1001 });
  const now = Date.now();
  const startsAt = now + 5 * 86_400_000;
  const session = await api<SessionView>(page, 'catalog.createSession', {
    performanceId: performance.id,
    hallId: hall.id,
    name: '首演场',
    startsAt,
    endsAt: startsAt + 2 * 3_600_000,
    salesOpenAt: now - 60_000,
    tiers: [{ name: '前排票', priceFen: 68_000 }, { name: '普通票', priceFen: 28_000 }, { name: '包厢票', priceFen: 88_000 }],
  });
  const tierId = (name: string) => session.tiers.find((t) => t.name === name)?.id ?? '';

  await page.getByRole('button', { name: /^管理/ }).click();
  await page.getByRole('tab', { name: '演出' }).click();
  const row = page.getByRole('row', { name: /首演场/ });
  await row.getByRole('button', { name: '生成票' }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: /为 首演场 生成票/ }) });
  await form.getByRole('button', { name: '在座位图上涂票档' }).click();
  const painter = page.getByRole('dialog', { name: '为 首演场 涂票档' });
  const counts = painter.getByTestId('painter-counts');
  await expect(painter.getByTestId('seat-map')).toBeVisible();
  // Every seat starts with the first typed rule's tier (前排票, anything): the painter starts from the rules.
  await expect(counts).toContainText('1612 座');

  // A band around the whole hall, then "2": everything 普通票.
  const stalls = seats.filter((s) => s.floorName === '1层');
  const minX = Math.min(...seats.map((s) => s.x));
  const maxX = Math.max(...seats.map((s) => s.x));
  const minY = Math.min(...seats.map((s) => s.y));
  const maxY = Math.max(...seats.map((s) => s.y));
  await drag(page, await mapPoint(page, minX - 0.5, minY - 0.5), await mapPoint(page, maxX + 0.5, maxY + 0.5));
  await expect(painter.getByTestId('painter-selected')).toContainText('已选 1612 座');
  await page.keyboard.press('2');
  await expect(painter.getByRole('listitem').filter({ hasText: '涂为 普通票' })).toContainText('1612 座');
  await expect(painter.getByRole('listitem').filter({ hasText: '涂为 前排票' })).toContainText('⚠ 0 座');

  // A click on row 1's name (left of its first seat) selects the row across its three areas; "1" makes it 前排票.
  const rowY = (name: string) => stalls.find((s) => s.rowName === name)?.y ?? 0;
  const stallsMinX = Math.min(...stalls.map((s) => s.x));
  const pitchPx = Number(await painter.getByTestId('seat-map').getAttribute('data-pitch-px'));
  const label = await mapPoint(page, stallsMinX, rowY('1排'));
  await page.mouse.click(label.x - pitchPx * 1.6, label.y);
  await expect(painter.getByTestId('painter-selected')).toContainText('已选 44 座');
  await shot(page, '01-row-selected');
  await page.keyboard.press('1');
  // Rows 2–8 by a band across the stalls.
  await drag(page, await mapPoint(page, stallsMinX - 0.4, rowY('2排') - 0.4), await mapPoint(page, Math.max(...stalls.map((s) => s.x)) + 0.4, rowY('8排') + 0.4));
  await expect(painter.getByTestId('painter-selected')).toContainText(`已选 ${7 * 44} 座`);
  await page.keyboard.press('1');
  await expect(painter.getByRole('listitem').filter({ hasText: '涂为 前排票' })).toContainText(`${8 * 44} 座`);
  await expect(painter.getByRole('listitem').filter({ hasText: '涂为 普通票' })).toContainText(`${1612 - 8 * 44} 座`);
  await expect(painter.getByRole('status')).toHaveText('票档“包厢票”没有座位');
  await shot(page, '02-painted');

  // Handed to the form with 包厢票 empty: the preview says so and generation is refused, in words (and by the core too).
  await painter.getByRole('button', { name: '用这些票档' }).click();
  await expect(painter).toBeHidden();
  const preview = form.getByTestId('tier-preview');
  await expect(preview).toContainText(`前排票：${8 * 44} 座`);
  await expect(preview).toContainText('⚠ 包厢票：0 座');
  await expect(preview).toContainText('票档“包厢票”没有座位，请在座位图上涂给它或用规则分配座位');
  await expect(form.getByRole('button', { name: '生成票' })).toBeDisabled();
  const refused = await api<{ code: string; details: { tier: string } }>(page, 'catalog.generateTickets', { sessionId: session.id, seatRules: [{ priceTierId: tierId('普通票') }, { priceTierId: tierId('前排票'), rows: ['1排'] }] });
  expect([refused.code, refused.details.tier]).toEqual(['TIER_WITHOUT_SEATS', '包厢票']);
  await preview.scrollIntoViewIfNeeded();
  await shot(page, '03-empty-tier-refused');

  // The balcony's left area (by the area list) becomes 包厢票; then the tickets are generated.
  await form.getByRole('button', { name: '继续在座位图上涂' }).click();
  await painter.getByLabel('选择整个区域').selectOption({ label: '2层 左区' });
  await expect(painter.getByTestId('painter-selected')).toContainText('已选 100 座');
  await painter.getByRole('button', { name: /涂为 包厢票/ }).click();
  await expect(painter.getByRole('listitem').filter({ hasText: '涂为 包厢票' })).toContainText('100 座');
  await expect(painter.getByRole('status')).toHaveCount(0);
  await painter.getByRole('button', { name: '用这些票档' }).click();
  await expect(form.getByTestId('painted-summary')).toContainText('1612 座');
  await form.getByRole('button', { name: '生成票' }).click();
  await expect(page.getByText('票已生成，可以开售')).toBeVisible();
  const generated = (await api<SessionListItem>(page, 'sessions.get', { sessionId: session.id })).tiers.map((t) => [t.name, t.total]);
  expect(generated).toEqual([['前排票', 352], ['普通票', 1160], ['包厢票', 100]]);

  // Before the first sale of 普通票 a clerk may correct its price (as a manager may, here on the screen).
  const clerkContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const clerk = await clerkContext.newPage();
  await logIn(clerk, demo.url, 'clerk', '2222', '李售票');
  const corrected = await api<SessionView>(clerk, 'zones.changeTier', { priceTierId: tierId('普通票'), priceFen: 30_000 });
  expect(corrected.tiers.find((t) => t.name === '普通票')?.priceFen).toBe(30_000);

  // The clerk sells one 普通票 seat (row 20).
  await api(clerk, 'shifts.open', { floatFen: 0 });
  const map = await api<{ seats: { ticketId: string; row: string; floor: string; priceTierId: string }[] }>(clerk, 'sessions.seatMap', { sessionId: session.id });
  const ticket = map.seats.find((s) => s.floor === '1层' && s.row === '20排' && s.priceTierId === tierId('普通票'));
  const sold = await api<{ totalFen: number }>(clerk, 'sales.sell', { sessionId: session.id, seats: [{ ticketId: ticket?.ticketId }], payment: { method: 'card' } });
  expect(sold.totalFen).toBe(30_000);

  // After it: the clerk is refused in words; the manager changes the price on the screen, and the platform learns it.
  const clerkRefused = await api<{ code: string; details: { tier: string } }>(clerk, 'zones.changeTier', { priceTierId: tierId('普通票'), priceFen: 25_000 });
  expect([clerkRefused.code, clerkRefused.details.tier]).toEqual(['TIER_SOLD', '普通票']);
  await clerkContext.close();

  await page.reload();
  await page.getByRole('tab', { name: '演出' }).click();
  await page.getByRole('row', { name: /首演场/ }).getByRole('button', { name: '改票档' }).click();
  const changes = page.locator('section', { has: page.getByRole('heading', { name: '首演场 的票档与票价' }) });
  const normal = changes.getByRole('listitem').filter({ has: page.locator('input[value="普通票"]') });
  await expect(normal).toContainText('已售 1 张：只有经理能改');
  await normal.getByLabel('票价（元）').fill('320');
  await normal.getByRole('button', { name: '保存' }).click();
  await expect(changes.getByText('票档“普通票”已修改，已报送平台库存变更。')).toBeVisible();
  await changes.getByRole('button', { name: '在座位图上调整票档' }).scrollIntoViewIfNeeded();
  await shot(page, '04-price-changed');

  // Row 9 of the stalls moves from 普通票 to 前排票 on the map (普通票 has sold: the manager may; the sold seat stays).
  await changes.getByRole('button', { name: '在座位图上调整票档' }).click();
  const repaint = page.getByRole('dialog', { name: /调整 首演场 的票档座位/ });
  await expect(repaint.getByRole('listitem').filter({ hasText: '涂为 普通票' })).toContainText('1160 座');
  await repaint.getByLabel('选择整排').selectOption({ label: '1层 9排' });
  await page.keyboard.press('1');
  await expect(repaint.getByRole('listitem').filter({ hasText: '涂为 前排票' })).toContainText(`${9 * 44} 座`);
  await shot(page, '05-repaint-after-sale');
  await repaint.getByRole('button', { name: '保存调整' }).click();
  await expect(changes.getByText('已调整 44 个座位的票档，已报送平台。')).toBeVisible();
  const repainted = (await api<SessionListItem>(page, 'sessions.get', { sessionId: session.id })).tiers.map((t) => [t.name, t.total, t.sold]);
  expect(repainted).toEqual([['前排票', 396, 0], ['普通票', 1116, 1], ['包厢票', 100, 0]]);

  const sandbox = new Database(join(demo.dir, 'sandbox.db'), { readonly: true, fileMustExist: true });
  try {
    await expect
      .poll(() => {
        const row = sandbox.prepare('SELECT body FROM price_tiers WHERE price_id = ?').get(tierId('普通票')) as { body: string } | undefined;
        return row ? (JSON.parse(row.body) as { ticketPrice: number }).ticketPrice : null;
      }, { timeout: 60_000 })
      .toBe(32_000);
  } finally {
    sandbox.close();
  }
});

test('a manager paints the hall’s quality zones (row 12 best, by the row list); best available then picks zone A before the front rows', async ({ page, demo }) => {
  test.setTimeout(90_000);
  await logIn(page, demo.url, 'manager', '1111', '王经理');
  await page.getByRole('button', { name: /^管理/ }).click();
  await page.getByRole('tab', { name: '场馆' }).click();
  await page.getByRole('row', { name: /歌剧厅/ }).getByRole('button', { name: '编辑座位图' }).click();
  await page.getByRole('button', { name: '涂座位优劣区（最佳可选座用）' }).click();
  const painter = page.getByRole('dialog', { name: '歌剧厅 座位优劣区' });
  await expect(painter.getByTestId('painter-counts')).toContainText('无分区：1612 座');
  await painter.getByLabel('选择整排').selectOption({ label: '1层 12排' });
  await expect(painter.getByTestId('painter-selected')).toContainText('已选 44 座');
  await page.keyboard.press('1');
  await painter.getByLabel('选择整排').selectOption({ label: '1层 13排' });
  await painter.getByRole('button', { name: /涂为 B 区/ }).click();
  await expect(painter.getByRole('listitem').filter({ hasText: '涂为 A 区（最好）' })).toContainText('44 座');
  await expect(painter.getByRole('listitem').filter({ hasText: '涂为 B 区' })).toContainText('44 座');
  await shot(page, '06-quality-zones');
  await painter.getByRole('button', { name: '保存分区' }).click();
  await expect(painter).toBeHidden();
  await expect(page.getByText(/已保存：88 个座位有分区/)).toBeVisible();

  // Any price, four together, in tomorrow's session: zone A (row 12), not the front row.
  const now = Date.now();
  const sessions = await api<SessionListItem[]>(page, 'sessions.list', { from: now, to: now + 7 * 86_400_000 });
  const tomorrow = sessions.find((s) => s.name === '明晚场');
  const best = await api<{ seats: { floor: string; row: string }[] }>(page, 'holds.bestAvailable', { sessionId: tomorrow?.id, count: 4 });
  expect(best.seats.map((s) => `${s.floor}${s.row}`)).toEqual(['1层12排', '1层12排', '1层12排', '1层12排']);
});
