// Packages (套票, issue 20) at 1366×768: the manager makes a package of 雷雨's three sessions in the performance's
// pricing area; the clerk sells it with the same seat in all three (one session has that seat sold, so the best free
// seat of the tier stands in, marked); the package price is spread over the tickets; one session is refunded; the
// sandbox received the order and the refund with the amounts of the order.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { SCREENSHOTS } from './fixtures/core';
import { api, demoTest, logIn } from './fixtures/window';
import { gb11643CheckChar } from '../../electron/boxoffice/personal-data/id-document';

const test = demoTest(['--orders', '0']);
test.use({ viewport: { width: 1366, height: 768 } });

const residentId = (first17: string) => first17 + gb11643CheckChar(first17);
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/packages-${name}.png` });

interface Reported {
  totalAmount: number;
  lines: { ticketPrice: number; amount: number; refundAmount: number | null }[];
  refunds: number[];
}

/** What the embedded sandbox recorded for an order: its total, each line's price, amount paid and amount refunded, and its refunds' totals. */
function reported(dbFile: string, orderId: string): Reported | null {
  const db = new Database(join(dbFile, '..', 'sandbox.db'), { readonly: true, fileMustExist: true });
  try {
    const order = db.prepare('SELECT body, total_amount AS total FROM orders WHERE order_id = ?').get(orderId) as { body: string; total: number } | undefined;
    if (!order) return null;
    const body = JSON.parse(order.body) as { ticketOrderList: { ticketOrderId: string; ticketPrice: number }[] };
    const rows = db.prepare('SELECT ticket_order_id AS id, amount, refund_amount AS refundAmount FROM order_lines WHERE order_id = ?').all(orderId) as { id: string; amount: number; refundAmount: number | null }[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const refunds = db.prepare('SELECT refund_amount AS amount FROM refunds WHERE order_id = ? ORDER BY received_at').all(orderId) as { amount: number }[];
    return {
      totalAmount: order.total,
      lines: body.ticketOrderList.map((line) => ({ ticketPrice: line.ticketPrice, amount: byId.get(line.ticketOrderId)?.amount ?? -1, refundAmount: byId.get(line.ticketOrderId)?.refundAmount ?? null })),
      refunds: refunds.map((r) => r.amount),
    };
  } finally {
    db.close();
  }
}

interface Seat {
  ticketId: string;
  floor: string;
  area: string;
  row: string;
  seat: string;
  priceTierId: string;
  state: string;
}

test('a package of three sessions: defined by the manager, sold with the same seat (one falls back), one session refunded; the sandbox holds the order’s amounts', async ({ page, browser, demo }) => {
  test.setTimeout(150_000);
  await logIn(page, demo.url, 'manager', '1111', '王经理（经理）');
  await page.goto(`${demo.url}/manage/performances`);
  const card = page.locator('article.card', { has: page.getByRole('heading', { name: '雷雨' }) });
  await card.getByRole('button', { name: '票价类型与优惠' }).click();
  const editor = card.getByTestId('packages-editor');
  await expect(editor).toContainText('本演出还没有套票。');
  const form = editor.getByRole('form', { name: '新建套票' });
  await form.getByLabel('套票名称').fill('雷雨三场套票');
  for (const name of ['今晚场', '明晚场', '后天晚场']) await form.getByRole('checkbox', { name: new RegExp(`雷雨 ${name}`) }).check();
  await expect(form.getByLabel(/丙票：原价合计 ¥540\.00/)).toBeVisible();
  await form.getByLabel(/丙票：原价合计/).fill('450.01');
  await form.getByRole('radio', { name: '可按场次退票（退该场分摊金额）' }).check();
  await form.getByRole('button', { name: '新建套票' }).press('Enter');
  await expect(editor.getByRole('status')).toHaveText('套票“雷雨三场套票”已保存。');
  await expect(editor.getByTestId('package-row')).toContainText('丙票 ¥450.01（原价 ¥540.00）');
  await editor.scrollIntoViewIfNeeded();
  await shot(page, '01-manage');

  const clerk = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await clerk.addInitScript({ content: 'window.print = () => {};' });
  await logIn(clerk, demo.url, 'clerk', '2222', '李售票');
  // Another buyer already has 明晚场's copy of the seat the package buyer wants.
  const [pkg] = await api<{ id: string; sessions: { sessionId: string }[] }[]>(clerk, 'packages.list', {});
  const [tonight, tomorrow] = pkg?.sessions.map((s) => s.sessionId) ?? [];
  const seatsOf = async (sessionId: string) => (await api<{ session: { tiers: { id: string; name: string }[] }; seats: Seat[] }>(clerk, 'sessions.seatMap', { sessionId })).seats;
  const tonightMap = await api<{ session: { tiers: { id: string; name: string }[] }; seats: Seat[] }>(clerk, 'sessions.seatMap', { sessionId: tonight });
  const cheap = tonightMap.session.tiers.find((t) => t.name === '丙票')?.id;
  const wanted = tonightMap.seats.find((s) => s.priceTierId === cheap && s.state === 'available');
  if (!wanted) throw new Error('no free 丙票 seat tonight');
  const label = `${wanted.floor} ${wanted.area} ${wanted.row} ${wanted.seat}号`;
  const taken = (await seatsOf(tomorrow ?? '')).find((s) => s.floor === wanted.floor && s.area === wanted.area && s.row === wanted.row && s.seat === wanted.seat);
  await api(clerk, 'sales.sell', { sessionId: tomorrow, seats: [{ ticketId: taken?.ticketId, holder: { name: '周先生', idType: 'resident_id', idNumber: residentId('11010519750505005') } }], payment: { method: 'card' } });

  await clerk.getByRole('button', { name: '套票' }).click();
  const sale = clerk.getByTestId('package-sale');
  await expect(sale.getByLabel('套票', { exact: true })).toHaveValue(pkg?.id ?? '');
  await sale.getByLabel('票档').selectOption({ label: '丙票 ¥450.01（原价 ¥540.00）' });
  await sale.getByLabel(/第一场（雷雨 今晚场）的座位/).selectOption({ label });
  const rows = sale.getByTestId('package-seat');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(`${label}同一座位`);
  await expect(rows.nth(1)).toContainText('原座位已售，改为本票档最佳可售座位');
  await expect(rows.nth(1)).not.toContainText(label);
  await expect(rows.nth(2)).toContainText(`${label}同一座位`);
  await expect(sale.getByTestId('package-total')).toHaveText('应收 ¥450.01（原价 ¥540.00）');
  // A second set for a companion: proposed with the first, held together; taken off again, the order is one set.
  const seatPicker = sale.getByLabel(/第一场（雷雨 今晚场）的座位/);
  await expect(seatPicker.locator('option').first()).toHaveText('再加一套：第 2 套的座位…');
  await seatPicker.selectOption({ index: 1 });
  await expect(rows).toHaveCount(6);
  await expect(sale.getByTestId('package-total')).toHaveText('应收 ¥900.02（原价 ¥1,080.00）');
  await expect(rows.nth(0)).toContainText(`${label}同一座位`);
  await sale.getByRole('button', { name: '去掉这一套' }).nth(1).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(`${label}同一座位`);
  await expect(sale.getByTestId('package-total')).toHaveText('应收 ¥450.01（原价 ¥540.00）');
  const holder = sale.getByRole('group', { name: /持票人 1/ });
  await holder.getByLabel('姓名').fill('吴女士');
  await holder.getByLabel('证件号码').fill(residentId('11010519880808008'));
  await sale.getByRole('radio', { name: '银行卡' }).check();
  await shot(clerk, '02-proposal');
  await sale.getByRole('button', { name: '确认售出套票' }).click();
  await expect(sale.getByRole('status').first()).toContainText(/已售出套票“雷雨三场套票”：订单 \d+，共 3 张，¥450\.01。/);
  await expect(sale.getByRole('status').nth(1)).toContainText(/打印/);
  await shot(clerk, '03-sold');

  await sale.getByRole('button', { name: /查看订单/ }).click();
  await expect(clerk.getByTestId('order-package')).toHaveText('套票：雷雨三场套票（1 套，可按场次退票（退该场分摊金额））');
  const lines = clerk.locator('.order-lines tbody tr');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText('今晚场 · 丙票');
  await expect(lines.nth(0)).toContainText('¥150.01');
  await expect(lines.nth(2)).toContainText('后天晚场 · 丙票');
  await expect(lines.nth(2)).toContainText('¥150.00');
  await shot(clerk, '04-order');

  // One session refunded: 后天晚场's ticket, its share.
  await lines.nth(2).getByRole('checkbox').check();
  await clerk.keyboard.press('F7');
  const refund = clerk.getByRole('dialog', { name: '退票' });
  await expect(refund).toContainText(/退 1 张票，退还 ¥[\d,.]+/);
  await refund.getByRole('button', { name: '行程有变' }).click();
  await shot(clerk, '05-refund-one');
  await refund.getByRole('button', { name: '确认退票' }).click();
  await expect(clerk.getByText(/已退票 1 张，退还 ¥[\d,.]+（银行卡）。座位已重新开放销售。/)).toBeVisible();
  await expect(lines.nth(2)).toContainText('已退票');

  const [summary] = await api<{ id: string }[]>(clerk, 'orders.recent', {});
  const order = await api<{ id: string; totalFen: number; refundedFen: number; lines: { priceFen: number; amountFen: number }[] }>(clerk, 'orders.get', { orderId: summary?.id ?? '' });
  expect(order.totalFen).toBe(45_001);
  expect(order.lines.map((l) => l.amountFen)).toEqual([15_001, 15_000, 15_000]);
  await expect.poll(() => reported(demo.dbFile, order.id), { timeout: 30_000 }).toEqual({
    totalAmount: 45_001,
    lines: [
      { ticketPrice: 18_000, amount: 15_001, refundAmount: null },
      { ticketPrice: 18_000, amount: 15_000, refundAmount: null },
      { ticketPrice: 18_000, amount: 15_000, refundAmount: order.refundedFen },
    ],
    refunds: [order.refundedFen],
  });
  await clerk.close();
});
