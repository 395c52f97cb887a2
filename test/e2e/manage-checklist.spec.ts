// The first-run checklist (issue 17, item 7) at 1366×768: a new box office lands on it after creating the manager,
// each step links to its screen, and a done step is ticked.
import { expect } from '@playwright/test';
import { test, SCREENSHOTS } from './fixtures/core';

test.use({ viewport: { width: 1366, height: 768 } });

test('first run lands on the setup checklist; its next step links to the screen, and what is done is ticked', async ({ page, core }) => {
  await page.goto(core.url);
  await page.getByLabel('用户名').fill('boss');
  await page.getByLabel('姓名').fill('王芳');
  await page.getByLabel('经理 PIN 码（6–12 位数字）或密码（至少 8 位）').fill('864200');
  await page.getByLabel('再次输入').fill('864200');
  await page.getByRole('button', { name: '创建经理账号并登录' }).click();

  await expect(page.getByRole('heading', { name: '设置清单' })).toBeVisible();
  await expect(page).toHaveURL(/\/manage\/start$/);
  await expect(page.getByTestId('step-venue')).toHaveClass('next');
  await expect(page.getByTestId('step-users')).toHaveClass('todo');
  await page.screenshot({ path: `${SCREENSHOTS}/checklist-01-first-run.png` });

  // The next step's button goes to its screen; a clerk account done there is ticked on the way back.
  await page.getByTestId('step-users').getByRole('button', { name: '打开' }).click();
  await expect(page).toHaveURL(/\/manage\/people$/);
  const api = (name: string, body: unknown) =>
    page.evaluate(({ name, body }) => fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.status), { name, body });
  expect(await api('users.create', { username: 'lisi', displayName: '李四', role: 'clerk', secret: '246800' })).toBe(200);
  await page.getByRole('tab', { name: '设置清单' }).click();
  await expect(page.getByTestId('step-users')).toHaveClass('done');
  await expect(page.getByTestId('step-users')).toContainText('已有 1 个售票员或检票员账号。');
  await page.getByTestId('step-venue').getByRole('button', { name: '去登记场馆' }).click();
  await expect(page).toHaveURL(/\/manage\/venues$/);
  await page.getByRole('tab', { name: '设置清单' }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/checklist-02-user-done.png` });
});
