import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { SCREENSHOTS } from './fixtures/core';
import { demoTest, logIn } from './fixtures/window';

/** The demo evening: the clerk's open shift sold 40 orders, ten tickets of tonight were admitted at the gate. */
const test = demoTest(['--orders', '40', '--refunds', '0', '--checkins', '10']);
test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/window-orders-${name}.png` });

/** Read from the core's own database (read-only): the newest order of the shift, and an order with a ticket used at the gate. */
function facts(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const newest = db.prepare('SELECT number FROM orders ORDER BY created_at DESC, number DESC LIMIT 1').get() as { number: string };
    const admitted = db
      .prepare('SELECT o.number, l.id AS lineId FROM check_ins c JOIN order_lines l ON l.id = c.order_line_id JOIN orders o ON o.id = l.order_id LIMIT 1')
      .get() as { number: string; lineId: string };
    return { newest: newest.number, admitted: admitted.number };
  } finally {
    db.close();
  }
}

test('查询订单 opens on the shift’s last orders; F3, F2 and "/" select what the fields hold, so a scan replaces it; a used ticket’s refund says why it is greyed out', async ({ page, demo }) => {
  test.setTimeout(90_000);
  const { newest, admitted } = facts(demo.dbFile);
  await logIn(page, demo.url, 'clerk', '2222', '李售票');

  // F3: the shift's orders, newest first, with no search.
  await page.keyboard.press('F3');
  const recent = page.getByRole('region', { name: /本班次最近的订单/ });
  await expect(recent).toBeVisible();
  await expect(recent.locator('tbody tr')).toHaveCount(12);
  await expect(recent.locator('tbody tr').first().locator('td').first()).toHaveText(newest);
  await shot(page, '01-recent');

  // A search that finds nothing, then away (F2) and back (F3): the old text is selected, the next scan replaces it.
  const query = page.getByLabel(/查询内容/);
  await query.fill('002X');
  await page.keyboard.press('Enter');
  await expect(page.getByText('没有找到订单。')).toBeVisible();
  await page.keyboard.press('F2');
  const filter = page.getByLabel('筛选（演出、场次、演出厅）');
  await expect(filter).toBeFocused();
  await page.keyboard.press('F3');
  await expect(query).toBeFocused();
  await page.keyboard.type(admitted);
  await expect(query).toHaveValue(admitted);
  await page.keyboard.press('F3');
  await page.keyboard.type(admitted);
  await expect(query, 'F3 inside the screen selects too').toHaveValue(admitted);

  // The sessions filter: "/" in the focused filter selects its text and types no slash; F2 there does the same.
  await page.keyboard.press('F2');
  await expect(filter).toBeFocused();
  await page.keyboard.type('雷雨');
  await page.keyboard.press('/');
  await expect(filter).toHaveValue('雷雨');
  await page.keyboard.type('民谣');
  await expect(filter).toHaveValue('民谣');
  await page.keyboard.press('F2');
  await page.keyboard.type('明晚');
  await expect(filter).toHaveValue('明晚');
  await shot(page, '02-filter-replaced');

  // The order with a ticket used at the gate: ticking that ticket greys out 退票 and says why, in words.
  await page.keyboard.press('F3');
  await page.keyboard.type(admitted);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `订单 ${admitted}` })).toBeVisible();
  const usedRow = page.locator('.order-lines tbody tr', { hasText: '已检票' }).first();
  await usedRow.getByRole('checkbox').check();
  const refund = page.getByRole('button', { name: /退票/ });
  await expect(refund).toBeDisabled();
  await expect(refund).toHaveAttribute('title', '已入场的票不能退，请经理处理');
  await expect(page.getByTestId('action-why')).toHaveText(/已入场的票不能退，请经理处理/);
  await shot(page, '03-refund-why');

  // Back (Esc) and the field cleared: the recent orders again.
  await page.keyboard.press('Escape');
  await query.fill('');
  await expect(recent).toBeVisible();
});
