import { expect, test, type Browser, type Page } from '@playwright/test';
import { startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';
import { coreDbRows } from './fixtures/core-db';
import { openDatabase } from '../../db/open';
import { createPersonalDataCipher } from '../../electron/boxoffice/personal-data/cipher';
import { loadOrCreateKeyFile } from '../../electron/boxoffice/personal-data/key-file';
import { bestAvailable } from '../../electron/boxoffice/holds/best-available';
import { sell } from '../../electron/boxoffice/sales/sell';
import { openShift } from '../../electron/boxoffice/shifts/shifts';
import { parseInput } from '../../electron/boxoffice/parse-input';
import { sellInput } from '../../electron/boxoffice/sales/schemas';
import { bestAvailableInput } from '../../electron/boxoffice/holds/schemas';
import { openShiftInput } from '../../electron/boxoffice/shifts/schemas';
import type { DomainContext } from '../../electron/boxoffice/context';
import { residentId } from './fixtures/gate-world';
import { logIn } from './fixtures/window';

// One ID document, two tickets of one session (一票一证): the gate warns and admits with one key, the window
// refuses a second ticket once the manager says so; and a gate tablet restarted while the core is away logs in
// offline and keeps judging, the same-ID rule included. Each test on its own demo core.
let core: RunningCore & { stop(): Promise<void>; halt(): Promise<void> };

test.afterEach(async () => {
  await core.stop();
});

/** Tonight's drama (雷雨, one ticket one ID, up to 4 per ID in the demo): `count` seats held by one person, sold beside the core. */
function sameHolderTickets(dbFile: string, idNumber: string, count: number): { sessionId: string; codes: string[] } {
  const { db } = openDatabase(dbFile);
  try {
    const cipher = createPersonalDataCipher(loadOrCreateKeyFile(`${dbFile}.key`).key);
    const manager = db.prepare("SELECT id FROM users WHERE role = 'manager'").get() as { id: string };
    const ctx: DomainContext = { db, cipher, clock: Date.now, actor: { userId: manager.id, username: 'manager', role: 'manager', address: null } };
    const tonight = db.prepare("SELECT s.id FROM sessions s JOIN performances p ON p.id = s.performance_id WHERE p.name = '雷雨' ORDER BY s.starts_at LIMIT 1").get() as { id: string };
    const tier = db.prepare('SELECT id FROM price_tiers WHERE session_id = ? ORDER BY price_fen LIMIT 1').get(tonight.id) as { id: string };
    openShift(ctx, parseInput(openShiftInput, { floatFen: 0 }));
    const found = bestAvailable(ctx, parseInput(bestAvailableInput, { sessionId: tonight.id, priceTierId: tier.id, count }));
    const order = sell(ctx, parseInput(sellInput, {
      sessionId: tonight.id,
      holdId: found.hold.holdId,
      seats: found.seats.map((s) => ({ ticketId: s.ticketId, holder: { name: '欧阳春花', idType: 'resident_id', idNumber } })),
      payment: { method: 'card' },
    }));
    return { sessionId: tonight.id, codes: order.lines.map((l) => l.ticketCode) };
  } finally {
    db.close();
  }
}

const coreRows = <T>(sql: string, ...params: unknown[]): T[] => coreDbRows<T>(core.dbFile, sql, ...params);

type PageGlobals = { localStorage: { setItem(key: string, value: string): void; getItem(key: string): string | null } };

async function gatePhone(browser: Browser, sessionIds: string[]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await page.addInitScript((setup) => (globalThis as unknown as PageGlobals).localStorage.setItem('boxoffice.gate.setup', setup), JSON.stringify({ gateName: '东门', sessionIds }));
  await page.goto(core.url);
  await page.getByLabel('用户名').fill('gate');
  await page.getByLabel('PIN 码或密码').fill('3333');
  await page.keyboard.press('Enter');
  await expect(page.locator('.gate-name')).toHaveText('东门');
  return page;
}

async function wedge(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

const verdict = (page: Page) => page.locator('section.verdict');

/** A real-name ticket scanned, then its holder's ID typed into the ID field the gate opens. */
async function scanWithId(page: Page, code: string, idNumber: string) {
  await wedge(page, code);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'id_required');
  await page.getByLabel('证件号码').fill(idNumber);
  await page.keyboard.press('Enter');
}

/** A demo core, two of tonight's tickets held by one person (this ID), and a gate phone logged in for tonight. */
async function twoTicketsAtTheGate(browser: Browser, first17: string) {
  core = await startCore({ demo: true });
  const idNumber = residentId(first17);
  const { sessionId, codes } = sameHolderTickets(core.dbFile, idNumber, 2);
  const [first, second] = codes;
  if (!first || !second) throw new Error('two tickets were sold');
  return { page: await gatePhone(browser, [sessionId]), idNumber, first, second };
}

const noHorizontalScroll = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

test('the same ID document with a second ticket: the gate warns with the first entry’s time and gate, and admits on Enter', async ({ browser }) => {
  const { page, idNumber, first, second } = await twoTicketsAtTheGate(browser, '31010419770707123');

  await scanWithId(page, first, idNumber);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'valid');
  await scanWithId(page, second, idNumber);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'same_id_warning');
  await expect(verdict(page)).toContainText(/此证件已于 \d\d:\d\d 在 东门 入场/);
  await expect(verdict(page).getByRole('button', { name: /仍然放行/ })).toBeVisible();
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-same-id-01-warning-360.png` });
  expect(coreRows('SELECT 1 FROM check_ins c JOIN order_lines l ON l.id = c.order_line_id WHERE l.ticket_code = ?', second)).toHaveLength(0);

  // One key: Enter on the empty scan field admits (a scanner always types a code before its Enter).
  await page.keyboard.press('Enter');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'valid');
  await page.screenshot({ path: `${SCREENSHOTS}/gate-same-id-02-admitted-360.png` });
  expect(coreRows('SELECT 1 FROM check_ins c JOIN order_lines l ON l.id = c.order_line_id WHERE l.ticket_code = ?', second)).toHaveLength(1);
  expect(coreRows("SELECT 1 FROM rejected_scans WHERE verdict LIKE 'same_id%'")).toHaveLength(0);
});

test('the manager turns on one ticket per ID per session for 雷雨; the window refuses a second ticket for that ID in words', async ({ browser }) => {
  core = await startCore({ demo: true });
  const idNumber = residentId('31010419660606456');
  sameHolderTickets(core.dbFile, idNumber, 1);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const manager = await context.newPage();
  await logIn(manager, core.url, 'manager', '1111', '王经理（经理）');
  await manager.keyboard.press('Alt+3');
  const card = manager.locator('.performance-card', { has: manager.getByRole('heading', { name: '雷雨' }) });
  const setting = card.getByLabel('一证一场一票');
  await expect(setting).not.toBeChecked();
  await setting.click();
  await expect(setting).toBeChecked();
  await expect(manager.getByText('已开启一证一场一票')).toBeVisible();
  await expect(card).toContainText('每证每场限购 1 张');
  await card.scrollIntoViewIfNeeded();
  await manager.screenshot({ path: `${SCREENSHOTS}/sale-one-id-01-manager-1366.png` });
  await context.clearCookies();

  const clerk = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await logIn(clerk, core.url, 'clerk', '2222', '李售票');
  await clerk.locator('[data-session-row]', { hasText: '雷雨' }).first().click();
  await expect(clerk.getByTestId('seat-map')).toHaveAttribute('data-frames', /[1-9]/);
  await clerk.keyboard.press('F6');
  await clerk.getByLabel('张数').fill('1');
  await clerk.keyboard.press('Enter');
  await expect(clerk.getByTestId('seat-map')).toHaveAttribute('data-mine', '1');
  await clerk.keyboard.press('F7');
  const holder = clerk.getByRole('group', { name: /^第 1 张/ });
  await holder.getByLabel('姓名').fill('欧阳春花');
  await holder.getByLabel('证件号码').fill(idNumber);
  await expect(holder.getByText('证件号码校验通过')).toBeVisible();
  const orders = coreRows('SELECT 1 FROM orders').length;
  await clerk.keyboard.press('F9');
  const refusal = clerk.getByRole('alert').filter({ hasText: '一证一场只售一张' });
  await expect(refusal).toHaveText(/证件 3101\*+\d{3}[\dX] 已持有本场门票：本演出一证一场只售一张，不能再买。/);
  await clerk.screenshot({ path: `${SCREENSHOTS}/sale-one-id-02-refused-1366.png` });
  expect(coreRows('SELECT 1 FROM orders')).toHaveLength(orders);
});

test('a gate phone restarted while the core is away: the gate user logs in offline with the PIN and keeps judging, same-ID warning included', async ({ browser }) => {
  const { page, idNumber, first, second } = await twoTicketsAtTheGate(browser, '44030519850505789');
  await expect(page.locator('[data-cache]')).toContainText(/本机缓存 \d+ 张/);
  // The online login left a PIN verifier on the device, and the app's files are kept by its service worker.
  await expect.poll(() => page.evaluate<string | null>("localStorage.getItem('boxoffice.gate.offlineUnlock')")).toContain('"hash"');
  await page.evaluate('navigator.serviceWorker.ready');

  await core.halt();
  await page.reload();
  const form = page.locator('[data-offline-login]');
  await expect(form).toContainText('无法连接票务核心');
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-offline-login-01-360.png` });
  await form.getByLabel('用户名').fill('gate');
  await form.getByLabel('PIN 码或密码').fill('9999');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert').filter({ hasText: '不正确' })).toContainText('还可尝试 4 次');
  await form.getByLabel('PIN 码或密码').fill('3333');
  await page.keyboard.press('Enter');
  await expect(page.locator('.gate-name')).toHaveText('东门');

  // Judged from the cache kept across the restart, with the same rules: the same document twice warns.
  await scanWithId(page, first, idNumber);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'valid');
  await expect(verdict(page)).toHaveAttribute('data-offline', 'true');
  await scanWithId(page, second, idNumber);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'same_id_warning');
  await expect(verdict(page)).toContainText(/此证件已于 \d\d:\d\d 在 东门 入场/);
  await page.screenshot({ path: `${SCREENSHOTS}/gate-offline-login-02-same-id-360.png` });
  await verdict(page).getByRole('button', { name: /仍然放行/ }).click();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'valid');
  await expect(page.locator('[data-queued]')).toHaveAttribute('data-queued', '2');

  // The core returns and still holds this device's login of the same user: the screen goes online by itself and
  // its queue uploads exactly once (another user's login would be asked for again instead).
  core = await startCore({ again: core });
  await expect(page.locator('[data-link="ok"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-queued]')).toHaveCount(0, { timeout: 20_000 });
  expect(coreRows<{ outcome: string }>('SELECT outcome FROM gate_offline_scans ORDER BY scanned_at').map((r) => r.outcome)).toEqual(['admitted', 'admitted']);
});
