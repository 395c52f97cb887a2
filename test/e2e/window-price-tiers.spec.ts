import { expect, type Page } from '@playwright/test';
import { SCREENSHOTS } from './fixtures/core';
import { api, demoTest, logIn } from './fixtures/window';
import type { SessionListItem } from '../../electron/server/contract';

const test = demoTest(['--orders', '0', '--refunds', '0', '--checkins', '0']);
test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/window-price-tiers-${name}.png` });

test('generating tickets previews seats per tier and per rule as typed; "1-8排" is a range; a rule matching nothing or an empty tier cannot be generated', async ({ page, demo }) => {
  test.setTimeout(90_000);
  await logIn(page, demo.url, 'manager', '1111', '王经理');

  // A new session of 雷雨 in the 1,612-seat 歌剧厅, with two tiers and no tickets yet.
  const now = Date.now();
  const sessions = await api<SessionListItem[]>(page, 'sessions.list', { from: now - 86_400_000, to: now + 7 * 86_400_000 });
  const drama = sessions.find((s) => s.performanceName === '雷雨');
  if (!drama) throw new Error('no 雷雨 in the demo');
  const startsAt = now + 10 * 86_400_000;
  await api(page, 'catalog.createSession', {
    performanceId: drama.performanceId,
    hallId: drama.hallId,
    name: '加演场',
    startsAt,
    endsAt: startsAt + 2 * 3_600_000,
    salesOpenAt: now,
    tiers: [{ name: '前排票', priceFen: 68_000 }, { name: '普通票', priceFen: 28_000 }],
  });

  await page.getByRole('button', { name: /^管理/ }).click();
  await page.getByRole('tab', { name: '演出' }).click();
  await page.getByRole('button', { name: '生成票' }).first().click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: /为 加演场 生成票/ }) });
  const preview = form.getByTestId('tier-preview');

  // The first rule (前排票, anything): every seat; 普通票 has none yet, so nothing can be generated.
  await expect(form.getByTestId('rule-count').first()).toHaveText('匹配 1612 座');
  await expect(preview).toContainText('⚠ 普通票：0 座');
  await expect(form.getByRole('button', { name: '生成票' })).toBeDisabled();

  // 普通票 for every seat, then 前排票 for "1-8排" of the stalls: counted as typed.
  await form.getByLabel('票档').first().selectOption({ label: '普通票' });
  await form.getByRole('button', { name: '增加规则' }).click();
  await form.getByLabel('票档').nth(1).selectOption({ label: '前排票' });
  await form.getByLabel('楼层').nth(1).selectOption('1层');
  await form.getByLabel('排（逗号分隔）').nth(1).fill('1-8排');
  await expect(form.getByTestId('rule-count').nth(1)).toHaveText(`匹配 ${8 * (12 + 20 + 12)} 座`);
  await expect(preview).toContainText(`前排票：${8 * 44} 座`);
  await expect(preview).toContainText(`普通票：${1612 - 8 * 44} 座`);
  await expect(form.getByRole('button', { name: '生成票' })).toBeEnabled();

  // A third rule that matches nothing (a row the hall does not have): said at once, and generation is refused.
  await form.getByRole('button', { name: '增加规则' }).click();
  await form.getByLabel('排（逗号分隔）').nth(2).fill('99排');
  await expect(form.getByTestId('rule-count').nth(2)).toHaveText('⚠ 没有匹配任何座位');
  await expect(preview).toContainText('第 3 条规则没有匹配任何座位，请修改或删除');
  await expect(form.getByRole('button', { name: '生成票' })).toBeDisabled();
  await shot(page, '01-preview-refused');

  await form.getByRole('button', { name: '删除规则' }).nth(2).click();
  await form.getByRole('button', { name: '生成票' }).click();
  await expect(page.getByText('票已生成，可以开售')).toBeVisible();
  await shot(page, '02-generated');
});
