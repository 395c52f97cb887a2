import { expect, type Page } from '@playwright/test';
import { test as base, startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';

const test = base.extend<{ demo: RunningCore }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured
  demo: async ({}, use) => {
    const core = await startCore({ demo: true });
    await use(core);
    await core.stop();
  },
});

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/robust-${name}.png` });

test('the demo manager on a 4-digit PIN is asked to change it, then sets the backup passphrase', async ({ page, demo }) => {
  await page.goto(demo.url);
  await page.getByLabel('用户名').fill('manager');
  await page.getByLabel('PIN 码或密码').fill('1111');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '请更换经理 PIN 码' })).toBeVisible();
  await shot(page, '01-change-pin');

  await page.getByLabel('当前 PIN 码').fill('1111');
  await page.getByLabel('新 PIN 码（至少 6 位数字）').fill('2468');
  await page.getByLabel('再次输入新 PIN 码').fill('2468');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/至少 6 位数字/).last()).toBeVisible();
  await page.getByLabel('新 PIN 码（至少 6 位数字）').fill('246813');
  await page.getByLabel('再次输入新 PIN 码').fill('246813');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '请更换经理 PIN 码' })).toBeHidden();
  await expect(page.getByText('当前用户：王经理（经理）')).toBeVisible();

  await page.keyboard.press('Alt+3');
  await page.getByRole('tab', { name: '备份' }).click();
  await expect(page.getByRole('heading', { name: '备份中的个人信息密钥' })).toBeVisible();
  await expect(page.getByText('未设置备份口令')).toBeVisible();
  await page.getByLabel('备份口令（至少 10 个字符）').fill('星河大剧院 backup 2026');
  await page.getByRole('button', { name: '设置口令' }).click();
  await expect(page.getByText('已设置备份口令：新备份附带加密的密钥。')).toBeVisible();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('cell', { name: '含口令加密的密钥' }).first()).toBeVisible();
  await shot(page, '02-backup-key');

  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('row', { name: /clerk/ }).getByRole('button', { name: '解除登录锁定' }).click();
  await expect(page.getByText(/已解除 .* 的登录锁定。/)).toBeVisible();
  await shot(page, '03-unlock');
});
