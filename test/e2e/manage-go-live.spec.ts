// The manager goes live: trained on the sandbox, then Manage → 平台 to another platform (a second sandbox with
// its own codes and type list), discarding the training; the performances whose type it does not list get one.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test, startCore, SCREENSHOTS } from './fixtures/core';

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/manage-go-live-${name}.png`, fullPage: true });

/** A second platform: `boxoffice sandbox` with its own data file, code sequence and type list. */
async function startOtherPlatform(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const types = join(dir, 'live-types.json');
  writeFileSync(types, JSON.stringify([{ typeId: 30, typeName: '音乐', children: [[3001, '交响乐'], [3002, '民谣']] }, { typeId: 31, typeName: '戏剧', children: [[3101, '话剧']] }]));
  const args = ['bin/boxoffice.mjs', 'sandbox', '--port', '0', '--data', join(dir, 'live.db'), '--app-id', 'LIVE', '--secret', 'live-secret', '--code-start', '50', '--types', types];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the second platform exited with ${code}: ${output}`)));
  });
  return { url, stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))) };
}

test('the manager goes live from the sandbox: the test says what will happen, the switch is a choice explained first, the training is discarded, the performances get the platform’s types and the setup arrives', async ({ page }) => {
  const core = await startCore({ demo: true, extraArgs: ['--orders', '20', '--refunds', '2', '--checkins', '3'] });
  const other = await startOtherPlatform(core.dir);
  try {
    await page.goto(core.url);
    await page.getByLabel('用户名').fill('manager');
    await page.getByLabel('PIN 码或密码').fill('1111');
    await page.keyboard.press('Enter');
    await expect(page.getByText('当前用户：王经理（经理）')).toBeVisible();
    // Training: the badge says so, and the reports too.
    await expect(page.getByText('培训模式 · 沙箱')).toBeVisible();
    await expect(page.getByTestId('sync-badge')).toContainText('已全部报送', { timeout: 30_000 });
    await page.goto(`${core.url}/manage/reports`);
    await expect(page.getByTestId('training-banner')).toBeVisible();
    await shot(page, '01-training-reports');

    // The connection test on the new platform says what going live would do, before anything is saved.
    await page.goto(`${core.url}/manage/platform`);
    await page.getByRole('radio', { name: '正式平台' }).check();
    await page.getByLabel('平台地址').fill(other.url);
    await page.getByLabel('appId').fill('LIVE');
    await page.getByLabel('密钥（secret）').fill('live-secret');
    await page.getByRole('button', { name: '测试连接' }).click();
    const plan = page.getByTestId('go-live-plan');
    await expect(plan).toContainText(/在该平台登记 1 个场馆、2 个演出厅、5 个场次（报送 \d+ 条记录）/);
    await expect(plan).toContainText('本机现有 20 个订单、2 笔退票、3 次检票：切换时选择丢弃（培训数据）或保留（再报送 25 条记录）');
    await expect(plan).toContainText('2 个演出的类型该平台未列出');
    await shot(page, '02-test-says-what-going-live-does');

    // Saving asks for the decision first: nothing has changed yet.
    await page.getByRole('button', { name: '保存设置' }).click();
    const choice = page.getByRole('alertdialog', { name: '上线：沙箱中的数据怎么处理？' });
    await expect(choice).toBeVisible();
    await expect(choice).toContainText('20 个订单、2 笔退票、3 次检票');
    await expect(page.getByText('培训模式 · 沙箱')).toBeVisible();
    await expect(choice.getByRole('button', { name: '确认切换' })).toBeDisabled();
    await shot(page, '03-the-choice');
    await choice.getByRole('radio', { name: /丢弃培训数据/ }).check();
    await choice.getByRole('button', { name: '确认切换' }).click();
    await expect(page.getByText(/已切换到 http:\/\/127\.0\.0\.1:\d+：\d+ 条报送记录归档为 内置沙箱 的记录/)).toBeVisible();
    await expect(page.getByText(/培训订单 20 个已归档，\d+ 个座位重新开售。/)).toBeVisible();
    await expect(page.getByText('正式平台', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('培训模式 · 沙箱')).toHaveCount(0);

    // The two performances wait for a type from the new platform's list; the manager picks them.
    const needs = page.getByTestId('needs-type');
    await expect(needs.getByRole('listitem')).toHaveCount(2);
    await shot(page, '04-needs-a-type');
    await needs.getByLabel('选择类型 · 雷雨').selectOption({ label: '　3101 话剧' });
    await needs.getByRole('listitem').filter({ hasText: '雷雨' }).getByRole('button', { name: '设定类型' }).click();
    await expect(needs.getByText('已设定：1 个演出改为 3101 话剧。')).toBeVisible();
    await needs.getByLabel('选择类型 · 城市民谣音乐节').selectOption({ label: '　3002 民谣' });
    await needs.getByRole('listitem').filter({ hasText: '城市民谣音乐节' }).getByRole('button', { name: '设定类型' }).click();
    await expect(needs.getByText('所有演出的类型当前平台都已列出。')).toBeVisible();

    // The setup reaches the new platform; no sale does.
    await expect(page.getByTestId('sync-badge')).toContainText('已全部报送', { timeout: 60_000 });
    const seen = (await (await fetch(`${other.url}/__sandbox/inspect`)).json()) as { state: Record<string, number>; totals: { rejected: number }; rejections: unknown };
    expect([seen.state.performances, seen.state.sessions, seen.state.orders, seen.totals.rejected], JSON.stringify(seen.rejections)).toEqual([2, 5, 0, 0]);
    await shot(page, '05-live');
  } finally {
    await other.stop();
    await core.stop();
  }
});
