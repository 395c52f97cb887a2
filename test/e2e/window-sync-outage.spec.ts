import { expect, type Page } from '@playwright/test';
import { SCREENSHOTS } from './fixtures/core';
import { api, demoTest, logIn } from './fixtures/window';
import type { SeatMapSeat, SessionListItem } from '../../electron/server/contract';

const test = demoTest(['--orders', '10', '--refunds', '0', '--checkins', '0']);
test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/window-sync-outage-${name}.png` });

test('through an HTTP 503 outage the badge and the dashboard never say online: retrying, why, a countdown; sync now says what it waits for and can be stopped', async ({ page, demo }) => {
  test.setTimeout(120_000);
  await logIn(page, demo.url, 'manager', '1111', '王经理');
  const badge = page.getByTestId('sync-badge');
  await expect(badge).toContainText('已全部报送', { timeout: 60_000 });
  await expect(badge).toHaveClass(/badge-ok/);

  // The platform answers every call with HTTP 503 (Retry-After) for the next 90 s.
  const { url: platformUrl } = await api<{ url: string }>(page, 'platform.get', {});
  expect((await fetch(`${platformUrl}/__sandbox/faults`, { method: 'PUT', body: 'outage=now/+90s' })).status).toBe(200);

  // One change to report: two seats of tomorrow's drama set aside (an inventory record for the platform).
  const sessions = await api<SessionListItem[]>(page, 'sessions.list', { from: Date.now() - 86_400_000, to: Date.now() + 7 * 86_400_000 });
  const tomorrow = sessions.find((s) => s.name === '明晚场');
  if (!tomorrow) throw new Error('no 明晚场 in the demo');
  const { seats } = await api<{ seats: SeatMapSeat[] }>(page, 'sessions.seatMap', { sessionId: tomorrow.id });
  const free = seats.filter((s) => s.state === 'available').slice(0, 2);
  await api(page, 'catalog.setTicketStatus', { sessionId: tomorrow.id, ticketIds: free.map((s) => s.ticketId), status: 'reserved', note: '音控台' });

  // The badge: not green, not "online"; it says retrying (or offline) with a countdown.
  await expect(badge).toContainText(/报送重试中|平台离线/);
  await expect(badge).toContainText(/\d+ 秒后重试|正在重试/);
  await expect(badge).not.toHaveClass(/badge-ok/);
  await expect(badge).not.toContainText('报送在线');
  expect((await page.locator('.frame-header').boundingBox())?.height, 'the header stays on one line').toBeLessThan(70);
  await shot(page, '01-badge');

  // The dashboard says the same, with the reason and the countdown.
  await badge.click();
  const state = page.getByTestId('sync-state');
  await expect(state).toContainText(/重试中|离线/);
  await expect(state).not.toContainText('报送正常进行');
  await expect(state).toContainText('HTTP 503');
  await expect(page.getByTestId('sync-next-try')).toContainText(/\d+ 秒后重试|正在重试/);
  await shot(page, '02-dashboard');

  // Sync now: it says what it waits for and when it tries next; the manager stops waiting, nothing is dropped.
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByTestId('sync-now-waiting')).toContainText(/正在等待平台：HTTP 503/);
  await expect(page.getByTestId('sync-now-waiting')).toContainText(/\d+ 秒后重试|正在重试/);
  await shot(page, '03-sync-now-waiting');
  await page.getByRole('button', { name: '停止等待' }).click();
  await expect(page.getByTestId('sync-now-outcome')).toContainText('已停止等待');
  await expect(page.getByTestId('sync-state')).not.toContainText('报送正常进行');

  // The platform is back: sync now delivers, and only then is it online and green.
  expect((await fetch(`${platformUrl}/__sandbox/faults`, { method: 'DELETE' })).status).toBe(200);
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByTestId('sync-now-outcome')).toContainText('同步完成', { timeout: 30_000 });
  await expect(state).toContainText('报送正常进行');
  await expect(badge).toContainText('报送在线');
  await expect(badge).toHaveClass(/badge-ok/);
  await shot(page, '04-back-online');
});
