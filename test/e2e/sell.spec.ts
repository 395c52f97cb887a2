import { expect, type Page } from '@playwright/test';
import { test as base, startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';
import { gb11643CheckChar } from '../../electron/boxoffice/personal-data/id-document';

/** A core with the demo: 星河大剧院, the real-name drama 雷雨 (one ID per ticket) and the folk festival (one ID per order). */
const test = base.extend<{ demo: RunningCore }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured
  demo: async ({}, use) => {
    const core = await startCore({ demo: true, extraArgs: ['--orders', '60', '--refunds', '5', '--checkins', '10'] });
    await use(core);
    await core.stop();
  },
});

const residentId = (first17: string) => first17 + gb11643CheckChar(first17);
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/sell-${name}.png` });

/** Counts print dialogs instead of opening them (headless Chromium has none to show). Page code as text: the tests compile without DOM types. */
async function countPrints(page: Page) {
  await page.addInitScript({ content: 'window.print = () => { window.printed = (window.printed || 0) + 1; };' });
}
const printed = (page: Page) => page.evaluate<number>('window.printed || 0');

async function logIn(page: Page, url: string, username: string, pin: string, name: string) {
  await page.goto(url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('PIN 码或密码').fill(pin);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`当前用户：${name}`)).toBeVisible();
}

/** Opens a session from the picker by its performance and session names. */
async function openSession(page: Page, performance: string, session: string) {
  await page.locator('[data-session-row]', { hasText: performance }).filter({ hasText: session }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`${performance}\\s*${session}`) })).toBeVisible();
}

test('a clerk sells 3 seats with real-name holders, prints, refunds one, reprints one, and closes the shift', async ({ page, demo }) => {
  test.setTimeout(120_000);
  await countPrints(page);
  await logIn(page, demo.url, 'clerk', '2222', '李售票');

  // The picker: today's and upcoming sessions, availability per tier, the sales state, the shift.
  await expect(page.getByRole('heading', { name: '今天' })).toBeVisible();
  await expect(page.getByTestId('shift-chip')).toHaveText(/班次已开 · 备用金 ¥500.00/);
  await expect(page.locator('[data-session-row]', { hasText: '明晚场' }).getByText('售票中')).toBeVisible();
  await shot(page, '01-session-picker');

  // Keyboard: filter, then Enter opens the first match.
  await page.getByLabel('筛选（演出、场次、演出厅）').fill('明晚');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /雷雨\s*明晚场/ })).toBeVisible();
  const map = page.getByTestId('seat-map');
  await expect(map).toHaveAttribute('data-frames', /[1-9]/);
  await shot(page, '02-seat-map');

  // Best two together in 乙票 (F6 goes to the tier), then a third seat picked on the map from the keyboard.
  await page.keyboard.press('F6');
  await expect(page.getByLabel(/票价/)).toBeFocused();
  await page.getByLabel(/票价/).selectOption({ index: 2 }); // VIP, 甲, 乙, 丙
  await page.getByLabel('张数').fill('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^已选出 /)).toBeVisible();
  await expect(map).toHaveAttribute('data-mine', '2');
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(map).toHaveAttribute('data-mine', '3');
  await expect(page.getByText(/座位保留 [45]:\d\d/)).toBeVisible();

  // Holders, one ID per ticket, checked as typed.
  const ids = [residentId('11010519800101001'), residentId('31010419900202002'), residentId('44030519951212003')];
  const names = ['张三', '李四', '王五'];
  await page.keyboard.press('F7');
  for (let i = 0; i < 3; i++) {
    const holder = page.getByRole('group', { name: new RegExp(`^第 ${i + 1} 张`) });
    await holder.getByLabel('姓名').fill(names[i] ?? '');
    await holder.getByLabel('证件号码').fill(ids[i]?.slice(0, 10) ?? '');
    if (i === 0) await expect(holder.getByText('已输入 10/18 位')).toBeVisible();
    await holder.getByLabel('证件号码').fill(ids[i] ?? '');
    await expect(holder.getByText('证件号码校验通过')).toBeVisible();
  }
  const third = page.getByRole('group', { name: /^第 3 张/ });
  const wrong = (ids[2] ?? '').slice(0, 17) + ((ids[2] ?? '').endsWith('1') ? '2' : '1');
  await third.getByLabel('证件号码').fill(wrong);
  await expect(third.getByText('校验位不符，可能输错了一位，请核对证件')).toBeVisible();
  await third.scrollIntoViewIfNeeded();
  await shot(page, '03-holders-checksum');
  await third.getByLabel('证件号码').fill(ids[2] ?? '');
  await expect(third.getByText('证件号码校验通过')).toBeVisible();

  // Cash with change; the total is always in view.
  await page.keyboard.press('F8');
  await expect(page.getByLabel('实收现金（元）')).toBeFocused();
  const total = (await page.getByTestId('total').textContent()) ?? '';
  expect(total).toMatch(/^¥[\d,]+\.\d\d$/);
  await page.keyboard.type('5000');
  await expect(page.getByTestId('change-due')).toHaveText(/找零 ¥/);
  await shot(page, '04-payment');
  await page.keyboard.press('F9');

  // Ticketing: the change to hand back, the tickets sent to print (the dialog in a browser).
  await expect(page.getByRole('heading', { name: '出票成功' })).toBeVisible();
  await expect(page.getByTestId('done-change')).toHaveText(/找零 ¥/);
  await expect(page.getByText('已打开打印对话框（80 毫米热敏纸）')).toBeVisible();
  expect(await printed(page)).toBe(1);
  const orderNumber = /订单号 (\d+)/.exec((await page.locator('.done-head .big-text').textContent()) ?? '')?.[1] ?? '';
  expect(orderNumber).toMatch(/^\d{11}$/);
  await shot(page, '05-tickets-issued');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-root').locator('article.ticket')).toHaveCount(3);
  await expect(page.getByTestId('print-root')).toContainText('雷雨');
  await expect(page.getByTestId('print-root')).toContainText('沪文旅演〔2025〕0618号');
  await expect(page.getByTestId('print-root').locator('svg')).toHaveCount(3);
  await page.screenshot({ path: `${SCREENSHOTS}/sell-06-ticket-print-80mm.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // A4 for the same sale, printed again from the done screen.
  await page.getByRole('radio', { name: 'A4 纸' }).check();
  await page.keyboard.press('Control+p');
  await expect.poll(() => printed(page)).toBe(2);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SCREENSHOTS}/sell-07-ticket-print-a4.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: '80 毫米热敏纸' }).check();

  // Next sale: the map shows the three seats sold.
  await page.getByRole('button', { name: /下一单/ }).click();
  await expect(map).toHaveAttribute('data-mine', '0');

  // Find the order by the holder's last four ID characters (F3), refund one ticket with a reason.
  await page.keyboard.press('F3');
  await page.getByLabel(/查询内容/).fill((ids[1] ?? '').slice(-4));
  await page.getByLabel(/查询内容/).press('Enter');
  // One match opens at once; several are listed (four characters may end other buyers' numbers too).
  // The list may be on screen for a moment before a single match opens: open it from the list only while listed.
  const heading = page.getByRole('heading', { name: `订单 ${orderNumber}` });
  const listed = page.getByRole('row', { name: new RegExp(orderNumber) }).getByRole('button', { name: '查看' });
  await expect(async () => {
    if (!(await heading.isVisible())) await listed.click({ timeout: 1_000 });
    await expect(heading).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await shot(page, '08-order');
  const rows = page.locator('.order-lines tbody tr');
  await rows.nth(0).getByRole('checkbox').check();
  await page.keyboard.press('F7');
  const refund = page.getByRole('dialog', { name: '退票' });
  await expect(refund).toContainText(/退 1 张票，退还 ¥[\d,.]+（按原支付方式：现金）/);
  await refund.getByRole('button', { name: '行程有变' }).click();
  await shot(page, '09-refund-dialog');
  await refund.getByRole('button', { name: '确认退票' }).click();
  await expect(page.getByText(/已退票 1 张，退还 ¥[\d,.]+（现金）。座位已重新开放销售。/)).toBeVisible();
  await expect(rows.nth(0)).toContainText('已退票');
  await expect(page.getByText('部分退票')).toBeVisible();

  // Reprint another with a reason: printed again, marked as the second print.
  await rows.nth(1).getByRole('checkbox').check();
  await page.keyboard.press('F8');
  const reprint = page.getByRole('dialog', { name: '补打票' });
  await reprint.getByLabel('补打原因').fill('卡纸');
  await page.keyboard.press('Enter');
  await expect(page.getByText('已补打 1 张票。')).toBeVisible();
  await expect(rows.nth(1)).toContainText('已打印 2 次');
  await expect.poll(() => printed(page)).toBe(3);
  await expect(page.getByTestId('print-root')).toContainText('第 2 次打印');
  await shot(page, '10-refunded-reprinted');

  // Close the shift: X report, counted cash against expected, confirm, Z report printed.
  await page.keyboard.press('F4');
  await expect(page.getByTestId('report-X')).toContainText('X 报表');
  await expect(page.getByTestId('report-X')).toContainText('¥500.00');
  const expected = (await page.locator('.shift-form .big-text strong').textContent()) ?? '';
  const expectedYuan = expected.replace(/[¥,]/g, '');
  await page.getByLabel('清点现金（元）').fill(String(Number(expectedYuan) - 10));
  await expect(page.getByText('差额：短款 ¥10.00')).toBeVisible();
  await shot(page, '11-shift-x-report');
  await page.getByRole('button', { name: '结班并出 Z 报表' }).click();
  const confirm = page.getByRole('dialog', { name: '确认结班？' });
  await expect(confirm).toContainText('短款 ¥10.00');
  await confirm.getByRole('button', { name: '结班并出 Z 报表' }).click();
  await expect(page.getByTestId('report-Z')).toContainText('Z 报表');
  await expect(page.getByTestId('report-Z')).toContainText('-¥10.00');
  await expect(page.getByTestId('shift-chip')).toHaveText(/未开班/);
  await expect.poll(() => printed(page)).toBe(4);
  await shot(page, '12-shift-z-report');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SCREENSHOTS}/sell-13-z-report-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Without a shift no money is taken: the sale screen says so before the clerk tries.
  await page.keyboard.press('F2');
  await page.getByLabel('筛选（演出、场次、演出厅）').fill('');
  await openSession(page, '雷雨', '后天晚场');
  await page.getByLabel('张数').fill('1');
  await page.getByRole('button', { name: '选出最佳连座' }).click();
  await expect(page.getByText('你还没有开班，收款前请先开班（F4）。赠票不需开班。')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '取消本单？' }).getByRole('button', { name: '取消本单' }).click();
  await expect(map).toHaveAttribute('data-mine', '0');
});

test('an unseated sale: quantities per tier, the buyer’s ID for a one-ID-per-order performance, mobile payment, e-tickets', async ({ page, demo }) => {
  await countPrints(page);
  await logIn(page, demo.url, 'clerk', '2222', '李售票');
  await openSession(page, '城市民谣音乐节', '首场');
  await page.keyboard.press('F6');
  await expect(page.getByLabel('普通票 数量')).toBeFocused();
  await page.keyboard.type('2');
  await page.getByRole('button', { name: '加一张' }).nth(1).click();
  await expect(page.getByTestId('total')).toHaveText('¥680.00');

  // The buyer is required: trying to sell without says what is missing, beside the fields.
  await page.keyboard.press('F9');
  await expect(page.getByRole('group', { name: /一单一证/ }).getByText('必填').first()).toBeVisible();
  const buyer = page.getByRole('group', { name: /一单一证/ });
  await buyer.getByLabel('姓名').fill('赵六');
  await buyer.getByLabel('证件号码').fill(residentId('11010519880808004'));
  await buyer.getByLabel('手机号（选填）').fill('13812345678');
  await page.getByRole('radio', { name: '电子票（不打印）' }).check();
  await page.getByRole('radio', { name: '移动支付' }).check();
  await page.getByLabel('交易凭证号（选填）').fill('WX20260618001');
  await shot(page, '14-unseated-sale');
  await page.keyboard.press('F9');

  await expect(page.getByRole('heading', { name: '出票成功' })).toBeVisible();
  await expect(page.getByText('电子票：请购票人扫描或拍下二维码；入场时出示即可。')).toBeVisible();
  await expect(page.locator('.e-tickets img')).toHaveCount(3);
  expect(await printed(page)).toBe(0);
  await shot(page, '15-e-tickets');

  // The order is found by the last four digits of the phone; its e-tickets are exchanged for paper.
  await page.keyboard.press('F3');
  await page.getByLabel('查询方式').selectOption('phoneLast');
  await page.getByLabel(/查询内容/).fill('5678');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^订单 \d+/ })).toBeVisible();
  await page.locator('.order-lines thead').getByRole('checkbox').check();
  await page.keyboard.press('F9');
  await page.getByRole('dialog', { name: /换票/ }).getByRole('button', { name: '确认换票' }).click();
  await expect(page.getByText('已换票 3 张。')).toBeVisible();
  await expect(page.locator('.order-lines tbody')).not.toContainText('电子票');
  await expect.poll(() => printed(page)).toBe(1);
  await expect(page.getByTestId('print-root')).toContainText('不对号入座');
  await shot(page, '16-exchanged');
});

test('a purchase limit refuses in words and points to the orders that hold the ID', async ({ page, demo }) => {
  await countPrints(page);
  await logIn(page, demo.url, 'clerk', '2222', '李售票');
  const id = residentId('32010619700303005');
  const sellFolk = async (session: string, quantity: number) => {
    await page.keyboard.press('F2');
    await openSession(page, '城市民谣音乐节', session);
    await page.getByLabel('学生票 数量').fill(String(quantity));
    const buyer = page.getByRole('group', { name: /一单一证/ });
    await buyer.getByLabel('姓名').fill('孙七');
    await buyer.getByLabel('证件号码').fill(id);
    await page.keyboard.press('F9');
  };
  // The festival allows six tickets per ID over all its sessions.
  await sellFolk('首场', 5);
  await expect(page.getByRole('heading', { name: '出票成功' })).toBeVisible();
  await page.keyboard.press('Enter');
  await sellFolk('加场', 2);
  const refusal = page.getByRole('alert').filter({ hasText: '限购' });
  await expect(refusal).toHaveText(/证件 3201\*+\d{3}[\dX] 本演出（各场次合计）限购 6 张：已持有 5 张，本单又买 2 张，超出限购。/);
  await shot(page, '17-purchase-limit');
  await refusal.getByRole('button', { name: '订单 1' }).click();
  await expect(page.getByRole('heading', { name: /^订单 \d+/ })).toBeVisible();
  await expect(page.locator('.order-lines tbody tr')).toHaveCount(5);
});
