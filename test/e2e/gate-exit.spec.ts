import { expect, test, type Browser, type Page } from '@playwright/test';
import { openDatabase } from '../../db/open';
import { startCore, SCREENSHOTS, type RunningCore } from './fixtures/core';
import { buildGateWorld, type GateWorld } from './fixtures/gate-world';
import { logIn } from './fixtures/window';

// An exit gate and re-entry on two 360 px phones: the entrance admits, refuses a second entry while the ticket is
// inside, the exit lets it out (and refuses it going out twice), and the entrance admits it again.
let core: RunningCore & { stop(): Promise<void> };
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
