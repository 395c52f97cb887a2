// Named holds and session edits (issue 17, item 6) at 1366×768: a manager holds seats of 雷雨 明晚场 under 媒体 from
// the session's map and releases them (one, all, and by the release time before curtain); a clerk sees them held
// and cannot sell them; an edit of a session on sale is confirmed in words and reaches the sandbox.
import { expect, type Page } from '@playwright/test';
import { test, startCore, SCREENSHOTS } from './fixtures/core';
import { api, logIn } from './fixtures/window';
import type { NamedHoldView, SeatMapSeat, SessionListItem } from '../../electron/server/contract';
import { SeatIndex } from '../../renderer/src/sell/seat-map/geometry';
import { fitView, toScreen } from '../../renderer/src/sell/seat-map/view';

test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/named-holds-${name}.png` });

/** Clicks one seat where the map draws it (the whole hall in view, as the map opens). */
async function clickSeat(page: Page, seats: readonly SeatMapSeat[], ticketId: string) {
  const canvas = page.getByTestId('seat-map');
  const box = await canvas.boundingBox();
  const seat = seats.find((s) => s.ticketId === ticketId);
  if (!box || !seat) throw new Error('no seat map, or no such seat');
  const at = toScreen(fitView(new SeatIndex(seats).bounds, new SeatIndex(seats).pitch, box.width, box.height), seat.x, seat.y);
  await canvas.click({ position: { x: at.x, y: at.y } });
}

/** Opens 雷雨 明晚场 in Manage → 演出 with the given action button of its row. */
async function sessionAction(page: Page, button: string) {
  const row = page.locator('tr', { hasText: '明晚场' }).filter({ has: page.getByRole('button', { name: button }) }).first();
  await row.getByRole('button', { name: button }).click();
}

test('a manager holds seats under 媒体 from the map and releases them one, all, and at the release time; a clerk cannot sell them', async ({ browser }) => {
  test.setTimeout(120_000);
  const core = await startCore({ demo: true, extraArgs: ['--orders', '0', '--refunds', '0', '--checkins', '0'] });
  try {
    const manager = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await logIn(manager, core.url, 'manager', '1111', '王经理');
    await manager.goto(`${core.url}/manage/performances`);
    // The panel loads the compact map (status, and the hall's geometry); the test reads the same seats as objects.
    const statusLoaded = manager.waitForResponse((response) => response.url().endsWith('/api/sessions.seatStatus'));
    await sessionAction(manager, '保留座位');
    const { session } = (await (await statusLoaded).json()) as { session: SessionListItem };
    const map = await api<{ session: SessionListItem; seats: SeatMapSeat[] }>(manager, 'sessions.seatMap', { sessionId: session.id });
    const panel = manager.locator('section.named-holds');
    await expect(panel.getByRole('heading', { name: '保留座位 · 明晚场' })).toBeVisible();

    // A hold named 媒体 (no clerk named), then three seats of row 8 in the centre clicked on the map and held under it.
    await panel.getByRole('textbox', { name: '名目' }).fill('媒体');
    await panel.getByRole('button', { name: '新建', exact: true }).click();
    await expect(panel.getByText('已新建保留名目「媒体」。')).toBeVisible();
    const row8 = map.seats.filter((s) => s.floor === '1层' && s.area === '中区' && s.row === '8排' && s.state === 'available').slice(4, 7);
    expect(row8).toHaveLength(3);
    for (const seat of row8) await clickSeat(manager, map.seats, seat.ticketId);
    await expect(panel.getByTestId('hold-map')).toHaveAttribute('data-selected', '3');
    const press = panel.locator('[data-testid="named-hold"][data-hold="媒体"]');
    await press.getByRole('button', { name: '保留选中的 3 个座位' }).click();
    await expect(panel.getByText('已将 3 个座位保留到「媒体」。')).toBeVisible();
    await expect(press.getByTestId('hold-count')).toHaveText('3 个座位');
    await shot(manager, '01-held');

    // A clerk's window: the seat is held with its name, and a click does not put it in the sale.
    const clerk = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await logIn(clerk, core.url, 'clerk', '2222', '李售票');
    await clerk.locator('[data-session-row]', { hasText: '雷雨' }).filter({ hasText: '明晚场' }).click();
    await expect(clerk.getByTestId('seat-map')).toHaveAttribute('data-frames', /[1-9]/);
    const first = row8[0];
    if (!first) throw new Error('no seat');
    await clickSeat(clerk, map.seats, first.ticketId);
    await expect(clerk.getByText(`1层 中区 8排 ${first.seat}号 保留给「媒体」：只有经理或该保留指定的售票员可以出票。`)).toBeVisible();
    await expect(clerk.getByTestId('seat-map')).toHaveAttribute('data-mine', '0');
    await shot(clerk, '02-clerk-refused');
    const sale = await api<{ code: string }>(clerk, 'sales.sell', { sessionId: map.session.id, seats: [{ ticketId: first.ticketId }], allowReserved: true, payment: { method: 'card' } });
    expect(sale.code).toBe('SEAT_UNAVAILABLE');

    // One released: the seat clicked on the manager's map, then "release the selected".
    await clickSeat(manager, map.seats, first.ticketId);
    await press.getByRole('button', { name: '释放选中的 1 个' }).click();
    await expect(panel.getByText('已释放 1 个座位，重新开放销售。')).toBeVisible();
    await expect(press.getByTestId('hold-count')).toHaveText('2 个座位');
    // All released.
    await press.getByRole('button', { name: '全部释放（2）' }).click();
    await expect(press.getByTestId('hold-count')).toHaveText('0 个座位');

    // Held again, then the release time set so that it is due now: the core's timer gives the seats back by itself.
    for (const seat of row8.slice(0, 2)) await clickSeat(manager, map.seats, seat.ticketId);
    await press.getByRole('button', { name: '保留选中的 2 个座位' }).click();
    await expect(press.getByTestId('hold-count')).toHaveText('2 个座位');
    const minutes = Math.ceil((map.session.startsAt - Date.now()) / 60_000) + 1;
    await press.getByRole('button', { name: '设置' }).click();
    await press.getByLabel('开演前几分钟自动释放').fill(String(minutes));
    await press.getByRole('button', { name: '保存' }).click();
    await expect(press.getByTestId('hold-count')).toHaveText('0 个座位');
    await expect(press).toContainText('自动释放');
    const holds = await api<NamedHoldView[]>(manager, 'namedHolds.list', { sessionId: map.session.id });
    expect(holds[0]?.autoReleasedAt).not.toBeNull();
    await shot(manager, '03-auto-released');
  } finally {
    await core.stop();
  }
});

test('an edit of a session on sale is confirmed in words and reaches the sandbox as a session update', async ({ browser }) => {
  test.setTimeout(90_000);
  const core = await startCore({ demo: true, extraArgs: ['--orders', '0', '--refunds', '0', '--checkins', '0'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await logIn(page, core.url, 'manager', '1111', '王经理');
    const platformUrl = (await api<{ url: string }>(page, 'platform.get', {})).url;
    const updates = async () => ((await (await fetch(`${platformUrl}/__sandbox/inspect`)).json()) as { interfaces: Record<string, { accepted: number }> }).interfaces.sessionUpdate?.accepted ?? 0;
    // The demo's setup is delivered first (the session's code), so that an update is due at all.
    await expect.poll(async () => (await api<SessionListItem[]>(page, 'sessions.list', { from: 0, to: Date.now() + 30 * 86_400_000 })).every((s) => s.platformSessionCode !== null), { timeout: 60_000 }).toBe(true);
    const before = await updates();

    await page.goto(`${core.url}/manage/performances`);
    await sessionAction(page, '修改');
    const form = page.locator('form', { has: page.getByRole('heading', { name: '修改场次 明晚场' }) });
    await form.getByLabel('场次名称').fill('明晚场（加座）');
    await form.getByRole('button', { name: '保存修改' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm.getByRole('heading', { name: '这个场次正在销售' })).toBeVisible();
    await expect(confirm.getByTestId('session-changes')).toHaveText('场次名称：明晚场 → 明晚场（加座）');
    await shot(page, '04-edit-confirm');
    await confirm.getByRole('button', { name: '确认修改并报送平台' }).click();
    await expect(page.getByText('场次 明晚场（加座） 已修改，并将报送平台。')).toBeVisible();
    await expect(page.locator('td', { hasText: '明晚场（加座）' })).toBeVisible();
    await expect.poll(updates, { timeout: 30_000 }).toBeGreaterThan(before);
    await shot(page, '05-edited');
  } finally {
    await core.stop();
  }
});

test('the 80 mm roll page is the height of what is printed on it, not 160 mm', async ({ browser }) => {
  const core = await startCore({ demo: true, extraArgs: ['--orders', '0', '--refunds', '0', '--checkins', '0'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.addInitScript({ content: 'window.print = () => undefined;' });
    await logIn(page, core.url, 'clerk', '2222', '李售票');
    await page.goto(`${core.url}/sell/shift`);
    await page.getByRole('button', { name: '打印报表' }).click();
    await expect(page.getByTestId('print-root')).toBeAttached();
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    const [widthMm, heightMm] = [Number(box?.[1]) / 72 * 25.4, Number(box?.[2]) / 72 * 25.4];
    expect(Math.round(widthMm)).toBe(80);
    expect(heightMm).toBeGreaterThan(40);
    expect(heightMm).toBeLessThan(150);
  } finally {
    await core.stop();
  }
});
