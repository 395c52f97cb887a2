import { expect, test, type Browser, type Page } from '@playwright/test';
import { openDatabase } from '../../db/open';
import { startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';
import { coreDbRows } from './fixtures/core-db';
import { buildGateWorld, type GateWorld } from './fixtures/gate-world';
import { logIn } from './fixtures/window';

// An exit gate and re-entry on two 360 px phones: the entrance admits, refuses a second entry while the ticket is
// inside, the exit lets it out (and refuses it going out twice), and the entrance admits it again.
let core: RunningCore & { stop(): Promise<void>; halt(): Promise<void> };
let world: GateWorld;

test.beforeAll(async () => {
  core = await startCore({ demo: true });
  world = buildGateWorld(core.dbFile);
  // The manager allows re-entry for the talk show (as Manage → 演出 → 场次 does).
  const { db } = openDatabase(core.dbFile);
  db.prepare('UPDATE sessions SET allow_reentry = 1 WHERE id = ?').run(world.openPlain.id);
  db.close();
});

test.afterAll(async () => {
  world.close();
  await core.stop();
});

type PageGlobals = { localStorage: { setItem(key: string, value: string): void } };

async function phone(browser: Browser, setup: { gateName: string; sessionIds: string[]; direction?: 'exit' } | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (setup) await page.addInitScript((value) => (globalThis as unknown as PageGlobals).localStorage.setItem('boxoffice.gate.setup', value), JSON.stringify(setup));
  await logIn(page, core.url, 'gate', '3333', '张检票');
  return page;
}

async function scan(page: Page, code: string) {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

async function expectVerdict(page: Page, name: string, words: (string | RegExp)[]) {
  const verdict = page.locator('section.verdict');
  await expect(verdict).toHaveAttribute('data-verdict', name);
  for (const word of words) await expect(verdict).toContainText(word);
}

test('exit and re-entry at the gate: the last scan decides, on two phones, with the inside count on the gate and the manager’s report', async ({ browser }) => {
  const [between, other, code] = world.codes.plain.slice(-3);
  if (!code || !other || !between) throw new Error('the world sells plain tickets');
  const entrance = await phone(browser, { gateName: '南门', sessionIds: [world.openPlain.id] });

  // The exit phone is set up on its screen: the gate type is part of the setup.
  const exit = await phone(browser, null);
  await exit.getByLabel('检票口名称').fill('北出口');
  await exit.getByRole('radio', { name: '出口' }).check();
  await exit.getByRole('checkbox', { name: new RegExp(world.openPlain.label) }).check();
  await exit.screenshot({ path: `${SCREENSHOTS}/gate-exit-01-setup-360.png`, fullPage: true });
  await exit.getByRole('button', { name: '开始检票' }).click();
  await expect(exit.locator('.gate-exit-badge')).toHaveText('出口');

  await expectVerdict(entrance, 'idle', ['请扫码']);
  await scan(entrance, code);
  await expectVerdict(entrance, 'valid', ['有效', '请入场']);
  // The next person between, as at a real gate (the same code twice within a second is one scan: dedupe.ts).
  await scan(entrance, other);
  await expectVerdict(entrance, 'valid', ['有效']);
  await scan(entrance, code);
  await expectVerdict(entrance, 'still_inside', ['已在场内', '拒绝入场', /在 南门 入场，尚未出场：须先经出口扫码出场/]);
  await entrance.screenshot({ path: `${SCREENSHOTS}/gate-exit-02-still-inside-360.png` });

  await scan(exit, code);
  await expectVerdict(exit, 'exit', ['可出场', '请出场，可凭票再次入场']);
  await exit.screenshot({ path: `${SCREENSHOTS}/gate-exit-03-out-360.png` });
  await scan(exit, other);
  await expectVerdict(exit, 'exit', ['可出场']);
  // The same ticket again at the exit: it is not inside.
  await scan(exit, code);
  await expectVerdict(exit, 'not_inside', ['未在场内', '不记录出场', /出场，尚未再次入场/]);
  await exit.screenshot({ path: `${SCREENSHOTS}/gate-exit-04-not-inside-360.png` });

  // Someone else enters between (the same code twice at one gate within a second would be one scan: dedupe.ts).
  await scan(entrance, between);
  await expectVerdict(entrance, 'valid', ['有效']);
  await scan(entrance, code);
  await expectVerdict(entrance, 'reentry', ['再次入场，请放行', '第 2 次入场']);
  await expect(entrance.locator('[data-counter="inside"]')).toHaveText(/^\d+$/);
  await entrance.screenshot({ path: `${SCREENSHOTS}/gate-exit-05-reentry-360.png` });
  expect(world.ticketCount(code)).toBe(2);

  // The manager's report: who is inside per session (the gate world admitted none of the talk show but these).
  const manager = await browser.newPage();
  await logIn(manager, core.url, 'manager', '1111', '王经理');
  await manager.goto(`${core.url}/manage/reports`);
  const row = manager.locator('table.presence-table tr', { hasText: '脱口秀之夜' });
  await expect(row.locator('[data-presence="inside"]'), 'the re-entered ticket and the one between are inside; the other went out').toHaveText('2');
  await row.scrollIntoViewIfNeeded();
  await manager.screenshot({ path: `${SCREENSHOTS}/gate-exit-06-report.png` });
});

/** Turns the phone's door the other way from its setup screen, as the gate staff do (it works with the core away). */
async function turnDoor(page: Page, direction: '入口' | '出口') {
  await page.getByRole('button', { name: '检票口设置' }).click();
  await page.getByRole('radio', { name: direction }).check();
  await page.getByRole('button', { name: '开始检票' }).click();
  if (direction === '出口') await expect(page.locator('.gate-exit-badge')).toHaveText('出口');
  else await expect(page.locator('.gate-exit-badge')).toHaveCount(0);
}

test('a side door offline: it lets a ticket out and back in from its cache, uploads both in the order scanned, and the inside count is right', async ({ browser }) => {
  const [code, other] = world.codes.plain.slice(-6, -4);
  if (!code || !other) throw new Error('the world sells plain tickets');
  const door = await phone(browser, { gateName: '侧门', sessionIds: [world.openPlain.id] });
  await expect(door.locator('[data-cache]')).toContainText(/本机缓存 \d+ 张/);
  const inside = door.locator('[data-counter="inside"]');
  await expect(inside).toHaveText(/^\d+$/);
  const before = Number(await inside.textContent()) + 2;
  await scan(door, code);
  await expectVerdict(door, 'valid', ['有效']);
  await scan(door, other);
  await expectVerdict(door, 'valid', ['有效']);
  await expect(inside).toHaveText(String(before));

  // The core goes away. The door lets the ticket out, then (turned back to an entrance) in again: its own cache knows.
  await core.halt();
  await turnDoor(door, '出口');
  await scan(door, code);
  await expectVerdict(door, 'exit', ['可出场', '离线判定']);
  await expect(door.locator('section.verdict')).toHaveAttribute('data-offline', 'true');
  await door.screenshot({ path: `${SCREENSHOTS}/gate-exit-07-offline-out-360.png` });
  await turnDoor(door, '入口');
  // The one that never went out is still inside: refused from the cache, in words (and the next person between
  // two scans of one code, as at a real door: the same code within a second is one scan).
  await scan(door, other);
  await expectVerdict(door, 'still_inside', ['已在场内', /在 侧门 入场，尚未出场/]);
  await scan(door, code);
  await expectVerdict(door, 'reentry', ['再次入场，请放行', '离线判定']);
  await expect(door.locator('[data-queued]')).toHaveAttribute('data-queued', '3');
  await door.screenshot({ path: `${SCREENSHOTS}/gate-exit-08-offline-back-in-360.png` });

  // The link returns: exit, re-entry and refusal upload in the order scanned, each judged at its own time.
  core = await startCore({ again: core });
  await expect(door.locator('[data-link="ok"]')).toBeVisible({ timeout: 20_000 });
  await expect(door.locator('[data-queued]')).toHaveCount(0, { timeout: 20_000 });
  const rows = <T>(sql: string, ...params: unknown[]) => coreDbRows<T>(core.dbFile, sql, ...params);
  expect(rows<{ outcome: string }>('SELECT outcome FROM gate_offline_exits WHERE code = ?', code).map((r) => r.outcome)).toEqual(['exited']);
  expect(rows<{ outcome: string; verdict: string }>('SELECT outcome, offline_verdict AS verdict FROM gate_offline_scans WHERE code IN (?, ?) ORDER BY scanned_at', code, other).map((r) => [r.verdict, r.outcome])).toEqual([
    ['still_inside', 'refused'],
    ['reentry', 'admitted'],
  ]);
  expect(world.ticketCount(code)).toBe(2);
  expect(rows('SELECT 1 FROM gate_conflicts WHERE client_id IN (SELECT client_id FROM gate_offline_exits)')).toHaveLength(0);
  // Both tickets inside: the one that went out and came back, and the one that never left.
  await expect(inside).toHaveText(String(before), { timeout: 20_000 });
  await scan(door, other);
  await expectVerdict(door, 'still_inside', ['已在场内']);
  await scan(door, code);
  await expectVerdict(door, 'still_inside', ['已在场内']);
});
