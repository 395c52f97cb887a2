import { expect, type Browser, type Page } from '@playwright/test';
import { test, startCore, SCREENSHOTS } from './fixtures/core';
import { api } from './fixtures/window';
import { gb11643CheckChar } from '../../electron/boxoffice/personal-data/id-document';
import type { SeatMapSeat, SessionListItem } from '../../electron/server/contract';
import { SeatIndex } from '../../renderer/src/sell/seat-map/geometry';
import { fitView, toScreen } from '../../renderer/src/sell/seat-map/view';

const residentId = (first17: string) => first17 + gb11643CheckChar(first17);
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/sell-reserved-${name}.png` });

/** Logs in and opens 雷雨 明晚场; answers with the seat map the window itself loaded. */
async function openWindow(browser: Browser, url: string, username: string, pin: string, name: string) {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript({ content: 'window.print = () => undefined;' });
  await page.goto(url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('PIN 码或密码').fill(pin);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`当前用户：${name}`)).toBeVisible();
  const loaded = page.waitForResponse((response) => response.url().endsWith('/api/sessions.seatStatus'));
  await page.locator('[data-session-row]', { hasText: '雷雨' }).filter({ hasText: '明晚场' }).click();
  const { session } = (await (await loaded).json()) as { session: SessionListItem };
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-frames', /[1-9]/);
  // The window loads the compact map; the test reads the same seats, positions and states in the plain form.
  const map = await api<{ session: SessionListItem; seats: SeatMapSeat[] }>(page, 'sessions.seatMap', { sessionId: session.id });
  return { page, map };
}

/** Clicks one seat on the canvas where the map draws it (the whole hall in view, as the map opens). */
async function clickSeat(page: Page, seats: readonly SeatMapSeat[], ticketId: string) {
  const canvas = page.getByTestId('seat-map');
  const box = await canvas.boundingBox();
  const seat = seats.find((s) => s.ticketId === ticketId);
  if (!box || !seat) throw new Error('no seat map, or no such seat');
  const index = new SeatIndex(seats);
  const at = toScreen(fitView(index.bounds, index.pitch, box.width, box.height), seat.x, seat.y);
  await canvas.click({ position: { x: at.x, y: at.y } });
}

const taken = async (page: Page) => Number(await page.getByTestId('seat-map').getAttribute('data-taken'));

test('a manager issues reserved seats from the map as complimentary tickets; a clerk is told they are a manager’s', async ({ browser }) => {
  test.setTimeout(90_000);
  const core = await startCore({ demo: true, extraArgs: ['--orders', '0', '--refunds', '0', '--checkins', '0'] });
  try {
    const { page: manager, map } = await openWindow(browser, core.url, 'manager', '1111', '王经理');
    const { page: clerk } = await openWindow(browser, core.url, 'clerk', '2222', '李售票');
    const holdCalls: string[] = [];
    manager.on('request', (request) => {
      if (request.url().endsWith('/api/holds.hold')) holdCalls.push(request.postData() ?? '');
    });

    // Two house seats in row 6 of the stalls' centre, reserved by the manager (the API, as the catalog screen does).
    const row6 = map.seats.filter((s) => s.floor === '1层' && s.area === '中区' && s.row === '6排' && s.state === 'available');
    const [first, second] = [row6[2], row6[6]];
    if (!first || !second) throw new Error('the demo hall has no row 6 in the centre');
    const takenBefore = await taken(manager);
    const reserve = await manager.request.post(`${core.url}/api/catalog.setTicketStatus`, {
      data: { sessionId: map.session.id, ticketIds: [first.ticketId, second.ticketId], status: 'reserved', note: '媒体席' },
    });
    expect(reserve.ok()).toBe(true);
    await expect.poll(() => taken(manager)).toBe(takenBefore + 2);
    await expect.poll(() => taken(clerk)).toBe(takenBefore + 2);

    // The clerk clicks a reserved seat: nothing is picked, and the notice says why.
    await clickSeat(clerk, map.seats, first.ticketId);
    await expect(clerk.getByText(`1层 中区 6排 ${first.seat}号 是预留座位：预留座位只能由经理出票。`)).toBeVisible();
    await expect(clerk.getByTestId('seat-map')).toHaveAttribute('data-mine', '0');
    await shot(clerk, '01-clerk-refused');

    // The manager clicks the same seat: it is in the sale, marked as reserved, with no hold asked.
    await clickSeat(manager, map.seats, first.ticketId);
    await expect(manager.getByTestId('seat-map')).toHaveAttribute('data-mine', '1');
    const line = manager.getByTestId('cart-line').filter({ hasText: `1层 中区 6排 ${first.seat}号` });
    await expect(line.getByTestId('reserved-mark')).toHaveText('预留座');
    expect(holdCalls).toEqual([]);

    // Issued as a complimentary ticket to a named holder (雷雨 is one ID per ticket).
    await manager.locator('#sell-ticket-type').selectOption('complimentary');
    const holder = manager.getByRole('group', { name: /^第 1 张/ });
    await holder.getByLabel('姓名').fill('陈记者');
    await holder.getByLabel('证件号码').fill(residentId('11010519850607123'));
    await expect(holder.getByText('证件号码校验通过')).toBeVisible();
    await expect(manager.getByTestId('total')).toHaveText('¥0.00');
    await shot(manager, '02-manager-cart');
    const sold = manager.waitForRequest((request) => request.url().endsWith('/api/sales.sell'));
    await manager.getByRole('button', { name: /确认出票/ }).click();
    expect((await sold).postDataJSON()).toMatchObject({ allowReserved: true, ticketType: 'complimentary', seats: [{ ticketId: first.ticketId }] });
    await expect(manager.getByRole('heading', { name: '出票成功' })).toBeVisible();
    await shot(manager, '03-issued');
    await manager.getByRole('button', { name: /下一单/ }).click();
    await expect(manager.getByTestId('seat-map')).toHaveAttribute('data-mine', '0');

    // The second house seat picked, then issued by another manager's window first: it leaves this sale, said so.
    await clickSeat(manager, map.seats, second.ticketId);
    await expect(manager.getByTestId('seat-map')).toHaveAttribute('data-mine', '1');
    // Another device (its own browser): a new login on this same one would end the manager's window's login.
    const elsewhere = await clerk.request.post(`${core.url}/api/auth.login`, { data: { username: 'manager', secret: '1111' }, headers: { 'user-agent': 'another manager window' } });
    expect(elsewhere.ok()).toBe(true);
    const other = await clerk.request.post(`${core.url}/api/sales.sell`, {
      data: {
        sessionId: map.session.id,
        seats: [{ ticketId: second.ticketId, holder: { name: '赵编辑', idType: 'resident_id', idNumber: residentId('31010419880808456') } }],
        allowReserved: true,
        ticketType: 'complimentary',
        payment: { method: 'none' },
      },
    });
    expect(other.ok()).toBe(true);
    await expect(manager.getByText(`以下座位已被其他窗口售出或占用，已从本单移除：1层 中区 6排 ${second.seat}号`)).toBeVisible();
    await expect(manager.getByTestId('seat-map')).toHaveAttribute('data-mine', '0');
    expect(holdCalls).toEqual([]);
    await shot(manager, '04-lost-to-another-window');
  } finally {
    await core.stop();
  }
});
