import { expect } from '@playwright/test';
import { test, SCREENSHOTS } from './fixtures/core';

test('first run creates the manager, who sees the frame in Chinese, switches to English and logs out', async ({ page, core }) => {
  await page.goto(core.url);
  await expect(page.getByRole('heading', { name: '首次使用：创建经理账号' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-01-first-run.png` });

  // Validation as you type, in Chinese, from the core's own schemas.
  await page.getByLabel('用户名').fill('a');
  await expect(page.getByText('至少 2 个字符')).toBeVisible();
  await page.getByLabel('用户名').fill('boss');
  await page.getByLabel('姓名').fill('王芳');
  await page.getByLabel('经理 PIN 码（6–12 位数字）或密码（至少 8 位）').fill('1234');
  await expect(page.getByText('经理须用 6–12 位数字的 PIN 码，或至少 8 个字符的密码')).toBeVisible();
  await page.getByLabel('经理 PIN 码（6–12 位数字）或密码（至少 8 位）').fill('864200');
  await page.getByLabel('再次输入').fill('864200');
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-02-first-run-filled.png` });
  await page.keyboard.press('Enter');

  await expect(page.getByText('当前用户：王芳（经理）')).toBeVisible();
  for (const name of ['售票', '检票', '管理']) await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  // The badge is short; the full sentence is its title (since the sync badge joined the frame).
  await expect(page.getByTitle('培训模式：数据报送到内置沙箱，不上报真实平台')).toHaveText(/培训模式 · 沙箱/);
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: '演出、场次与票价' })).toBeVisible();
  await page.getByRole('tab', { name: '人员' }).click();
  await expect(page.getByRole('heading', { name: '人员与角色' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-03-frame-zh.png` });

  await page.getByLabel('语言').first().selectOption('en');
  await expect(page.getByText('Logged in: 王芳 (Manager)')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'People and roles' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-04-frame-en.png` });

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: /Log in/ })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-05-login-en.png` });

  // A reload still shows the login (the cookie is gone), and the first-run screen never returns.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
});

test('a manager adds a clerk, who sees only Sell; wrong PINs are refused in words', async ({ page, core }) => {
  await page.goto(core.url);
  await page.getByLabel('用户名').fill('boss');
  await page.getByLabel('姓名').fill('王芳');
  await page.getByLabel('经理 PIN 码（6–12 位数字）或密码（至少 8 位）').fill('864200');
  await page.getByLabel('再次输入').fill('864200');
  await page.getByRole('button', { name: '创建经理账号并登录' }).click();
  await expect(page.getByText('当前用户：王芳（经理）')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await page.getByRole('tab', { name: '人员' }).click();

  const form = page.locator('form', { has: page.getByRole('heading', { name: '新增用户' }) });
  await form.getByLabel('姓名').fill('李四');
  await form.getByLabel('用户名').fill('lisi');
  await form.getByLabel('角色').selectOption('clerk');
  await form.getByLabel('初始 PIN 码').fill('2468');
  await form.getByRole('button', { name: '新增用户' }).click();
  await expect(page.getByText('已创建用户 李四')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'lisi' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-06-people.png` });

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill('lisi');
  await page.getByLabel('PIN 码或密码').fill('0000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/用户名或 PIN 码错误/);
  await page.screenshot({ path: `${SCREENSHOTS}/foundation-07-login-refused.png` });

  await page.getByLabel('PIN 码或密码').fill('2468');
  await page.keyboard.press('Enter');
  await expect(page.getByText('当前用户：李四（售票员）')).toBeVisible();
  await expect(page.getByRole('button', { name: /^售票/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^管理/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^检票/ })).toHaveCount(0);
});
