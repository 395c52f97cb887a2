import { expect, type Page } from '@playwright/test';
import { test, SCREENSHOTS, startCore } from './fixtures/core';

async function firstManager(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('用户名').fill('boss');
  await page.getByLabel('姓名').fill('王芳');
  await page.getByLabel('经理 PIN 码（6–12 位数字）或密码（至少 8 位）').fill('864200');
  await page.getByLabel('再次输入').fill('864200');
  await page.keyboard.press('Enter');
  await expect(page.getByText('当前用户：王芳（经理）')).toBeVisible();
}

test('from an empty database: a venue, a hall with its layout, a performance, a session with tiers, tickets issued', async ({ page, core }) => {
  await firstManager(page, core.url);
  await page.goto(`${core.url}/manage/venues`);
  await expect(page.getByText('还没有场馆')).toBeVisible();

  const venueForm = page.locator('form', { has: page.getByRole('heading', { name: '登记场馆' }) });
  await venueForm.getByRole('button', { name: '登记场馆' }).click();
  await expect(venueForm.getByText('必填').first()).toBeVisible();
  await venueForm.getByLabel('场馆名称').fill('星河剧场');
  await venueForm.getByLabel('详细地址').fill('北京市东城区东长安街 1 号');
  await venueForm.getByLabel('省').selectOption({ label: '北京市' });
  await venueForm.getByLabel('市', { exact: true }).selectOption({ label: '北京市' });
  await venueForm.getByLabel('区县').selectOption({ label: '东城区' });
  await expect(venueForm.getByText('行政区划代码 110101')).toBeVisible();
  await venueForm.getByRole('button', { name: '登记场馆' }).click();
  await expect(page.getByText('已登记场馆 星河剧场')).toBeVisible();

  const hallForm = page.locator('form', { has: page.getByRole('heading', { name: /新增演出厅/ }) });
  await hallForm.getByLabel('演出厅').fill('小剧场');
  await hallForm.getByRole('button', { name: '新增演出厅' }).click();
  await expect(page.getByRole('cell', { name: '小剧场' })).toBeVisible();
  await page.getByRole('button', { name: '导入座位图' }).click();

  await page.getByLabel('CSV 内容').fill('1层,A区,1排,1,0,0\n1层,A区,1排,2,十,0\n1层,A区,1排,3,20\n');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('第 2 行：')).toBeVisible();
  await expect(page.getByText('第 3 行：')).toBeVisible();
  // Each problem in the clerk's language, not the core's English.
  await expect(page.getByText('x 坐标“十”不是数字。')).toBeVisible();
  await expect(page.getByText('应有 6 或 7 个字段（楼层,区域,排,座号,x,y[,标记]），实际为 5 个。')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/manage-01-layout-errors.png`, fullPage: true });

  const rows = Array.from({ length: 8 }, (_, r) => Array.from({ length: 16 }, (_, s) => `1层,A区,${r + 1}排,${s + 1},${s * 10 + (s >= 8 ? 15 : 0)},${r * 12}`).join('\n')).join('\n');
  await page.getByLabel('CSV 内容').fill(rows);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('已导入 128 个座位')).toBeVisible();
  const map = page.getByTestId('seat-map');
  await expect(map).toBeVisible();
  const box = await map.boundingBox();
  if (!box) throw new Error('no seat map');
  // A band from the corner over the front-left seats (below the stage and the area name), then block them.
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.4, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByText(/已选 [1-9]\d* 个座位/)).toBeVisible();
  await page.getByRole('button', { name: '设为不售' }).click();
  await expect(page.getByText(/已更新 \d+ 个座位/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/manage-02-venue-layout.png`, fullPage: true });

  await page.getByRole('tab', { name: '演出' }).click();
  const performanceForm = page.locator('form', { has: page.getByRole('heading', { name: '新增演出' }) });
  await performanceForm.getByLabel('演出名称').fill('雷雨');
  await performanceForm.getByLabel('演出批文号').fill('京演审字〔2026〕第001号');
  await performanceForm.getByLabel('演出类型').fill('1001');
  await performanceForm.getByLabel('实名制').selectOption('per_ticket');
  await performanceForm.getByLabel('每证每场限购').fill('2');
  await performanceForm.getByRole('button', { name: '新增演出' }).click();
  await expect(page.getByText('已新增演出 雷雨')).toBeVisible();

  await page.getByRole('button', { name: '新增场次' }).click();
  const sessionForm = page.locator('form', { has: page.getByRole('heading', { name: /新增场次/ }) });
  await sessionForm.getByLabel('场次名称').fill('首演');
  await sessionForm.getByLabel('开演时间').fill('2030-12-01T19:30');
  await sessionForm.getByLabel('结束时间').fill('2030-12-01T21:30');
  await sessionForm.getByLabel('票档名称').fill('甲票');
  await sessionForm.getByLabel('票价（元）').fill('2.8.0');
  await sessionForm.getByRole('button', { name: '创建场次' }).click();
  await expect(sessionForm.getByText('请输入金额，如 280 或 280.50')).toBeVisible();
  await sessionForm.getByLabel('票价（元）').fill('280');
  await sessionForm.getByRole('button', { name: '增加票档' }).click();
  await sessionForm.getByLabel('票档名称').nth(1).fill('乙票');
  await sessionForm.getByLabel('票价（元）').nth(1).fill('180.50');
  await page.screenshot({ path: `${SCREENSHOTS}/manage-03-session-form.png`, fullPage: true });
  await sessionForm.getByRole('button', { name: '创建场次' }).click();
  await expect(page.getByText('已新增场次 首演')).toBeVisible();
  await expect(page.getByText('¥180.50')).toBeVisible();

  await page.getByRole('button', { name: '生成票' }).click();
  const generate = page.locator('form', { has: page.getByRole('heading', { name: /为 首演 生成票/ }) });
  await generate.getByRole('button', { name: '增加规则' }).click();
  await generate.getByLabel('排（逗号分隔）').nth(1).fill('1排, 2排, 3排');
  await generate.getByRole('button', { name: '生成票' }).click();
  await expect(page.getByText('票已生成，可以开售')).toBeVisible();
  await expect(page.getByText(/可售 \d+／\d+/).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/manage-04-performances.png`, fullPage: true });
});

test('reports chart the demo evening and export CSV; a backup is taken and restored', async ({ page }) => {
  const core = await startCore({ demo: true });
  try {
    await page.goto(core.url);
    await page.getByLabel('用户名').fill('manager');
    await page.getByLabel('PIN 码或密码').fill('1111');
    await page.keyboard.press('Enter');
    await expect(page.getByText('当前用户：王经理（经理）')).toBeVisible();

    await page.goto(`${core.url}/manage/reports`);
    await expect(page.getByText('销售额').first()).toBeVisible();
    await expect(page.getByRole('img', { name: '各场次销售额' })).toBeVisible();
    await expect(page.getByRole('img', { name: /各检票口入场/ })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.locator('section.report-table', { has: page.getByRole('heading', { name: '按场次' }) }).getByRole('button', { name: '导出 CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sales-by-session-.*\.csv$/);
    await page.screenshot({ path: `${SCREENSHOTS}/manage-05-reports.png`, fullPage: true });

    await page.getByRole('tab', { name: '备份' }).click();
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect(page.getByText(/已完成备份 boxoffice-\d{8}-\d{6}-manual\.db/)).toBeVisible();
    await page.getByRole('row', { name: /手动/ }).getByRole('button', { name: '恢复…' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('恢复前会自动再做一份当前数据的备份');
    await page.screenshot({ path: `${SCREENSHOTS}/manage-06-backup-restore.png`, fullPage: true });
    await page.getByRole('button', { name: '确认恢复' }).click();
    await expect(page.getByText(/已从 .* 恢复；恢复前的数据保存在/)).toBeVisible();
    await expect(page.getByRole('row', { name: /恢复前自动/ })).toBeVisible();
  } finally {
    await core.stop();
  }
});
