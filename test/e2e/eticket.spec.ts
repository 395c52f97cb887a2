import { expect, type Page } from '@playwright/test';
import { startCore, SCREENSHOTS } from './fixtures/core';
import { logIn } from './fixtures/window';
import { test } from '@playwright/test';
import { gb11643CheckChar } from '../../electron/boxoffice/personal-data/id-document';

// An e-ticket sold at the window reaches the buyer's mobile through the recorder (the demo is on the sandbox:
// training), is resent from the order, and the number is masked on every screen and absent from the core's log.
const PHONE = '13912345678';
const residentId = (first17: string) => first17 + gb11643CheckChar(first17);
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/eticket-${name}.png` });

test('an SMS e-ticket is delivered and resent through the recorder; the number is masked and never logged', async ({ page, browser }) => {
  const core = await startCore({ demo: true });
  try {
    await logIn(page, core.url, 'clerk', '2222', '李售票');
    await page.locator('[data-session-row]', { hasText: '城市民谣音乐节' }).filter({ hasText: '首场' }).click();
    await expect(page.getByRole('heading', { name: /城市民谣音乐节\s*首场/ })).toBeVisible();
    await page.keyboard.press('F6');
    await expect(page.getByLabel('普通票 数量')).toBeFocused();
    await page.keyboard.type('1');
    const buyer = page.getByRole('group', { name: /一单一证/ });
    await buyer.getByLabel('姓名').fill('赵六');
    await buyer.getByLabel('证件号码').fill(residentId('11010519880808004'));
    await page.getByRole('radio', { name: '电子票（不打印）' }).check();
    await page.getByRole('radio', { name: '移动支付' }).check();

    // An e-ticket needs the buyer's mainland mobile: refused in words before anything is sent.
    await page.keyboard.press('F9');
    await expect(buyer.getByText('电子票以短信发送，请填写购票人手机号')).toBeVisible();
    await buyer.getByLabel('购票人手机号（接收电子票短信）').fill('021-62345678');
    await expect(buyer.getByText('请填写中国大陆手机号：11 位，以 13–19 开头')).toBeVisible();
    await buyer.getByLabel('购票人手机号（接收电子票短信）').fill(PHONE);
    await expect(buyer.getByText(/请填写中国大陆手机号|电子票以短信发送/)).toHaveCount(0);
    await page.keyboard.press('F9');

    await expect(page.getByRole('heading', { name: '出票成功' })).toBeVisible();
    const code = (await page.locator('.done-tickets code').first().textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const panel = page.locator('.eticket-panel');
    await expect(panel).toContainText('发送至 139****5678');
    await expect(panel.locator('[data-status="sent"]')).toContainText('培训：仅记录，未发出');
    await shot(page, '01-sale-sent');

    // Resent from the order (found by the number's last four digits).
    await page.keyboard.press('F3');
    await page.getByLabel('查询方式').selectOption('phoneLast');
    await page.getByLabel(/查询内容/).fill('5678');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /^订单 \d+/ })).toBeVisible();
    await page.getByRole('button', { name: '重新发送短信' }).click();
    await expect(page.getByText('已重新排队发送 1 张电子票。')).toBeVisible();
    await expect(panel.locator('[data-status="sent"]')).toContainText('共发送 2 次');
    await shot(page, '02-order-resent');
    expect(await page.locator('body').innerText()).not.toContain(PHONE);

    // The manager reads what the recorder kept: the code in the text, the number masked.
    const context = await browser.newContext();
    const manager = await context.newPage();
    await logIn(manager, core.url, 'manager', '1111', '王经理');
    await manager.goto(`${core.url}/manage/platform`);
    // The newest first: the sale's message and the resend (the demo's own e-tickets were recorded before them).
    const recorded = manager.locator('table.recorded-sms tbody tr', { hasText: code });
    await expect(recorded).toHaveCount(2);
    for (const row of await recorded.all()) {
      await expect(row).toContainText('139****5678');
      await expect(row).toContainText(`入场码 ${code}`);
    }
    await expect(manager.getByText('当前为培训模式：所有短信只记录在本机。')).toBeVisible();
    await manager.locator('#sms-title').scrollIntoViewIfNeeded();
    await manager.screenshot({ path: `${SCREENSHOTS}/eticket-03-recorded.png`, fullPage: true });
    expect(await manager.locator('body').innerText()).not.toContain(PHONE);
    await context.close();

    expect(core.log()).not.toContain(PHONE);
  } finally {
    await core.stop();
  }
});
