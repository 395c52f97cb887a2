import { expect, type Page } from '@playwright/test';
import { test, SCREENSHOTS } from './fixtures/core';

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/manage-sync-${name}.png`, fullPage: true });

/** A day in China time, `days` from now, as the session form's datetime-local value. */
function chinaDay(days: number, time: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now() + days * 86_400_000);
  return `${day}T${time}`;
}

/** A figure of the sync tab's per-kind table: pending, in flight, delivered today, refused. */
const kindCell = (page: Page, kind: string, column: 'pending' | 'inFlight' | 'deliveredToday' | 'dead') =>
  page.getByTestId(`sync-kind-${kind}`).locator('td').nth(['pending', 'inFlight', 'deliveredToday', 'dead'].indexOf(column));

test('from an empty database to a sale delivered to the sandbox (after an outage, with sync now); a refused venue registration is corrected from the directory, requeued and delivered; another is given up with a reason', async ({ page, core }) => {
  // Headless Chromium has no print dialog: count prints instead (page code as text: the tests compile without DOM types).
  await page.addInitScript({ content: 'window.print = () => { window.printed = (window.printed || 0) + 1; };' });

  // First run: the manager account.
  await page.goto(core.url);
  await page.getByLabel('用户名').fill('boss');
  await page.getByLabel('姓名').fill('王芳');
  await page.getByLabel('经理 PIN 码（6–12 位数字）或密码（至少 8 位）').fill('864200');
  await page.getByLabel('再次输入').fill('864200');
  await page.keyboard.press('Enter');
  await expect(page.getByText('当前用户：王芳（经理）')).toBeVisible();

  // Platform: the sandbox answers the connection test; the performance types are downloaded.
  await page.goto(`${core.url}/manage/platform`);
  await expect(page.getByText('本机还没有演出类型列表。')).toBeVisible();
  await page.getByRole('button', { name: '测试连接' }).click();
  const testResult = page.getByTestId('platform-test');
  await expect(testResult.getByText(/连接正常：凭证有效，平台列出 \d+ 个演出类型。/)).toBeVisible();
  await expect(testResult.getByText(/获取令牌（appId \+ 密钥）：成功/)).toBeVisible();
  await page.getByRole('radio', { name: '正式平台' }).check();
  await page.getByLabel('平台地址').fill('http://platform.example.cn');
  await expect(page.getByText('平台地址须以 https:// 开头')).toBeVisible();
  await page.getByRole('radio', { name: /内置沙箱/ }).check();
  await page.getByRole('button', { name: '从平台下载演出类型' }).click();
  await expect(page.getByText(/已下载 \d+ 个演出类型（\d+ 个大类，\d+ 个小类）。/)).toBeVisible();
  await shot(page, '01-platform');

  // Venues: a venue and a small seated hall from a CSV layout; the worker registers it (venue/save) and its codes appear.
  await page.getByRole('tab', { name: '场馆' }).click();
  const venueForm = page.locator('form', { has: page.getByRole('heading', { name: '登记场馆' }) });
  await venueForm.getByLabel('场馆名称').fill('星河剧场');
  await venueForm.getByLabel('详细地址').fill('北京市东城区东长安街 1 号');
  await venueForm.getByLabel('省').selectOption({ label: '北京市' });
  await venueForm.getByLabel('市', { exact: true }).selectOption({ label: '北京市' });
  await venueForm.getByLabel('区县').selectOption({ label: '东城区' });
  await venueForm.getByRole('button', { name: '登记场馆' }).click();
  await expect(page.getByText('已登记场馆 星河剧场')).toBeVisible();
  const hallForm = page.locator('form', { has: page.getByRole('heading', { name: /为 星河剧场 新增演出厅/ }) });
  await hallForm.getByLabel('演出厅').fill('小剧场');
  await hallForm.getByRole('button', { name: '新增演出厅' }).click();
  await page.getByRole('button', { name: '导入座位图' }).click();
  const rows = Array.from({ length: 3 }, (_, r) => Array.from({ length: 8 }, (_, s) => `1层,A区,${r + 1}排,${s + 1},${s * 10},${r * 12}`).join('\n')).join('\n');
  await page.getByLabel('CSV 内容').fill(rows);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('已导入 24 个座位')).toBeVisible();

  // Performance, session and tier with a type from the downloaded list; tickets issued.
  await page.getByRole('tab', { name: '演出' }).click();
  const performanceForm = page.locator('form', { has: page.getByRole('heading', { name: '新增演出' }) });
  await performanceForm.getByLabel('演出名称').fill('日出');
  await performanceForm.getByLabel('演出批文号').fill('京演审字〔2026〕第002号');
  await performanceForm.getByLabel('演出类型').selectOption({ label: '话剧 · 大剧场话剧' });
  await performanceForm.getByRole('button', { name: '新增演出' }).click();
  await expect(page.getByText('已新增演出 日出')).toBeVisible();
  await page.getByRole('button', { name: '新增场次' }).click();
  const sessionForm = page.locator('form', { has: page.getByRole('heading', { name: /新增场次/ }) });
  await sessionForm.getByLabel('场次名称').fill('首演');
  await sessionForm.getByLabel('开演时间').fill(chinaDay(3, '19:30'));
  await sessionForm.getByLabel('结束时间').fill(chinaDay(3, '21:30'));
  await sessionForm.getByLabel('票档名称').fill('甲票');
  await sessionForm.getByLabel('票价（元）').fill('120');
  await sessionForm.getByRole('button', { name: '创建场次' }).click();
  await expect(page.getByText('已新增场次 首演')).toBeVisible();
  await page.getByRole('button', { name: '生成票' }).click();
  await page.locator('form', { has: page.getByRole('heading', { name: /为 首演 生成票/ }) }).getByRole('button', { name: '生成票' }).click();
  await expect(page.getByText('票已生成，可以开售')).toBeVisible();

  // The code request went with the session: once delivered, the session's code is on the performance screen.
  await page.getByRole('tab', { name: '同步' }).click();
  await expect(kindCell(page, 'performance.code', 'deliveredToday')).toHaveText('1');
  await page.getByRole('tab', { name: '演出' }).click();
  await expect(page.locator('td.code', { hasText: /^\d{12,}$/ })).toBeVisible();
  await shot(page, '02-session-code');

  // The platform goes down (the embedded sandbox's outage fault: HTTP 503 for every call); the sale still goes on.
  const platformUrl = await page.evaluate<string>("fetch('/api/platform.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.json()).then((v) => v.url)");
  expect((await fetch(`${platformUrl}/__sandbox/faults`, { method: 'PUT', body: 'outage=now/+10m' })).status).toBe(200);

  // A sale at the window: open a shift, one seat, cash.
  await page.goto(`${core.url}/sell/shift`);
  await page.getByLabel('备用金（元）').fill('100');
  await page.getByRole('button', { name: '开班', exact: true }).click();
  await expect(page.getByTestId('shift-chip')).toHaveText(/班次已开/);
  await page.keyboard.press('F2');
  await page.locator('[data-session-row]', { hasText: '日出' }).filter({ hasText: '首演' }).click();
  await expect(page.getByRole('heading', { name: /日出\s*首演/ })).toBeVisible();
  await page.getByLabel('张数').fill('1');
  await page.getByRole('button', { name: '选出最佳连座' }).click();
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-mine', '1');
  await page.keyboard.press('F8');
  await page.getByLabel('实收现金（元）').fill('200');
  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: '出票成功' })).toBeVisible();

  // The sync tab: offline, the order waiting with its age; then the platform is back and "sync now" delivers with a live bar.
  await page.goto(`${core.url}/manage/sync`);
  await expect(page.getByTestId('sync-state')).toContainText('离线');
  await expect(page.getByTestId('sync-state')).toContainText('平台暂时连不上');
  await expect(kindCell(page, 'order', 'pending')).toHaveText('1');
  await expect(page.getByTestId('sync-oldest')).toContainText('已等待');
  await shot(page, '03-offline');
  expect((await fetch(`${platformUrl}/__sandbox/faults`, { method: 'DELETE' })).status).toBe(200);
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByTestId('sync-now-outcome')).toHaveText(/同步完成：本次报送 [1-9]\d* 条，已没有待报送的记录。/);
  await expect(page.getByTestId('sync-state')).toContainText('在线');
  await expect(kindCell(page, 'order', 'deliveredToday')).toHaveText('1');
  await expect(kindCell(page, 'total', 'pending')).toHaveText('0');
  await expect(kindCell(page, 'total', 'dead')).toHaveText('0');
  await expect(page.getByText('没有被拒记录。')).toBeVisible();
  await expect(page.getByTestId('reconciliation').getByText('✓ 一致')).toBeVisible();
  await expect(page.getByTestId('sync-oldest')).toHaveText('没有待报送的记录');
  await shot(page, '04-delivered');

  // A refusal with real data: a venue the platform's directory already lists is registered again; venue/save is refused (4400).
  await page.getByRole('tab', { name: '场馆' }).click();
  await venueForm.getByLabel('场馆名称').fill('五棵松体育馆');
  await venueForm.getByLabel('详细地址').fill('北京市海淀区复兴路69号');
  await venueForm.getByLabel('省').selectOption({ label: '北京市' });
  await venueForm.getByLabel('市', { exact: true }).selectOption({ label: '北京市' });
  await venueForm.getByLabel('区县').selectOption({ label: '海淀区' });
  await venueForm.getByRole('button', { name: '登记场馆' }).click();
  await expect(page.getByText('已登记场馆 五棵松体育馆')).toBeVisible();
  await page.getByRole('button', { name: '五棵松体育馆' }).click();
  const arenaHall = page.locator('form', { has: page.getByRole('heading', { name: /为 五棵松体育馆 新增演出厅/ }) });
  await arenaHall.getByLabel('演出厅').fill('HI-ARENA');
  await arenaHall.getByRole('radio', { name: /无座/ }).check();
  await arenaHall.getByLabel('容纳人数').fill('3000');
  await arenaHall.getByRole('button', { name: '新增演出厅' }).click();
  await expect(page.getByRole('cell', { name: 'HI-ARENA' })).toBeVisible();

  await page.getByRole('tab', { name: '同步' }).click();
  const letter = page.getByTestId('dead-letter');
  await expect(letter).toBeVisible();
  await expect(letter.getByRole('heading')).toContainText('场馆登记');
  await expect(letter.getByText(/平台答复 4400：.*五棵松体育馆 is already in the directory as \d{9}/)).toBeVisible();
  await expect(kindCell(page, 'venue.save', 'dead')).toHaveText(/1/);
  await letter.getByText('报送内容（JSON）').click();
  await expect(letter.locator('pre.payload')).toContainText('"hallName": "HI-ARENA"');
  await shot(page, '05-dead-letter');
  // "Open the record" shows the venue the registration belongs to.
  await letter.getByRole('button', { name: '打开记录' }).click();
  await expect(page).toHaveURL(/\/manage\/venues\/ven_/);
  await expect(page.locator('.venue-card.selected')).toContainText('五棵松体育馆');

  // The correction: find the venue in the platform's directory and link its code to the local venue.
  await page.getByRole('tab', { name: '平台' }).click();
  const search = page.getByRole('search');
  await search.getByLabel('省').selectOption({ label: '北京市' });
  await search.getByLabel('市', { exact: true }).selectOption({ label: '北京市' });
  await search.getByLabel('区县').selectOption({ label: '海淀区' });
  await search.getByLabel('场馆名称（可只填一部分）').fill('五棵松');
  await search.getByRole('button', { name: '查找' }).click();
  const found = page.getByTestId('directory-venue').filter({ hasText: '五棵松体育馆' });
  await expect(found.getByRole('cell', { name: 'HI-ARENA' })).toBeVisible();
  await found.getByLabel('本地场馆', { exact: true }).selectOption({ label: '五棵松体育馆' });
  await shot(page, '06-directory');
  await found.getByRole('button', { name: '关联编码' }).click();
  await expect(page.getByText(/已把场馆编码 \d{9} 关联到 五棵松体育馆。/)).toBeVisible();
  await expect(found.getByText('已关联到本地场馆 五棵松体育馆')).toBeVisible();

  // Requeue: the registration is rebuilt with the venue's code; the platform gives the hall's code; nothing is left refused.
  await page.getByRole('tab', { name: '同步' }).click();
  await letter.getByRole('button', { name: '重新报送…' }).click();
  await page.getByRole('button', { name: '确认重新报送' }).click();
  await expect(page.getByText('已按当前数据重新生成并排队：场馆登记')).toBeVisible();
  await expect(page.getByText('没有被拒记录。')).toBeVisible();
  await expect(kindCell(page, 'venue.save', 'deliveredToday')).toHaveText('2');
  await expect(kindCell(page, 'total', 'pending')).toHaveText('0');
  await shot(page, '07-requeued-delivered');
  await page.getByRole('tab', { name: '平台' }).click();
  await expect(page.getByTestId('local-venues').getByText(/HI-ARENA：\d{11}/)).toBeVisible();
  await shot(page, '08-platform-codes');

  // Another refused registration is given up instead, with a reason (required, checked as typed).
  await page.getByRole('tab', { name: '场馆' }).click();
  await venueForm.getByLabel('场馆名称').fill('MAO Livehouse北京');
  await venueForm.getByLabel('详细地址').fill('北京市东城区鼓楼东大街111号');
  await venueForm.getByLabel('省').selectOption({ label: '北京市' });
  await venueForm.getByLabel('市', { exact: true }).selectOption({ label: '北京市' });
  await venueForm.getByLabel('区县').selectOption({ label: '东城区' });
  await venueForm.getByRole('button', { name: '登记场馆' }).click();
  await expect(page.getByText('已登记场馆 MAO Livehouse北京')).toBeVisible();
  await page.getByRole('button', { name: 'MAO Livehouse北京' }).click();
  const maoHall = page.locator('form', { has: page.getByRole('heading', { name: /为 MAO Livehouse北京 新增演出厅/ }) });
  await maoHall.getByLabel('演出厅').fill('主厅');
  await maoHall.getByRole('radio', { name: /无座/ }).check();
  await maoHall.getByLabel('容纳人数').fill('800');
  await maoHall.getByRole('button', { name: '新增演出厅' }).click();
  await page.getByRole('tab', { name: '同步' }).click();
  await expect(letter.getByText(/MAO Livehouse北京 is already in the directory/)).toBeVisible();
  await letter.getByRole('button', { name: '放弃…' }).click();
  await letter.getByRole('button', { name: '确认放弃' }).click();
  await expect(letter.getByText('必填')).toBeVisible();
  await letter.getByLabel('放弃原因').fill('平台目录已有此场馆，稍后关联编码');
  await letter.getByRole('button', { name: '确认放弃' }).click();
  await expect(page.getByText(/已放弃：场馆登记/)).toBeVisible();
  await expect(page.getByText('没有被拒记录。')).toBeVisible();

  // The same dashboard in English.
  await page.getByLabel('语言').first().selectOption('en');
  await page.getByRole('tab', { name: 'Sync' }).click();
  await expect(page.getByRole('heading', { name: 'Reporting' })).toBeVisible();
  await expect(page.getByTestId('sync-kind-venue.save').getByRole('rowheader')).toHaveText('Venue registration');
  await shot(page, '09-sync-english');
});
