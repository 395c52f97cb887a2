import { expect, type Browser, type Page } from '@playwright/test';
import { test, startCore, SCREENSHOTS } from './fixtures/core';
import { gb11643CheckChar } from '../../electron/boxoffice/personal-data/id-document';

const residentId = (first17: string) => first17 + gb11643CheckChar(first17);

async function openWindow(browser: Browser, url: string, username: string, pin: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.print = () => undefined;' });
  await page.goto(url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('PIN 码或密码').fill(pin);
  await page.keyboard.press('Enter');
  await page.locator('[data-session-row]', { hasText: '雷雨' }).filter({ hasText: '明晚场' }).click();
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-frames', /[1-9]/);
  return page;
}

const taken = async (page: Page) => Number(await page.getByTestId('seat-map').getAttribute('data-taken'));
/** The seats "best N together" just picked, from its notice. */
const foundSeats = async (page: Page) => ((await page.getByText(/^已选出 /).textContent()) ?? '').replace('已选出 ', '').split('、');
const vipLeft = async (page: Page) => Number(/余 (\d+)/.exec((await page.getByLabel(/票价/).locator('option').first().textContent()) ?? '')?.[1]);

test('two windows selling the same session see each other’s seats disappear, live', async ({ browser }) => {
  test.setTimeout(120_000);
  const core = await startCore({ demo: true, extraArgs: ['--orders', '40', '--refunds', '2', '--checkins', '5'] });
  try {
    const a = await openWindow(browser, core.url, 'clerk', '2222');
    const b = await openWindow(browser, core.url, 'manager', '1111');
    const takenA = await taken(a);
    const takenB = await taken(b);
    const vipB = await vipLeft(b);

    // A holds the best two VIP seats: B's map shows them taken within a moment, with no reload.
    await a.getByLabel('张数').fill('2');
    await a.getByRole('button', { name: '选出最佳连座' }).click();
    await expect(a.getByTestId('seat-map')).toHaveAttribute('data-mine', '2');
    const seatsA = await foundSeats(a);
    await expect.poll(() => taken(b)).toBe(takenB + 2);

    // B asks for the best two VIP seats too, and gets two others; A sees B's.
    await b.getByLabel('张数').fill('2');
    await b.getByRole('button', { name: '选出最佳连座' }).click();
    await expect(b.getByTestId('seat-map')).toHaveAttribute('data-mine', '2');
    const seatsB = await foundSeats(b);
    expect(seatsB.filter((seat) => seatsA.includes(seat))).toEqual([]);
    await expect.poll(() => taken(a)).toBe(takenA + 2);
    await b.screenshot({ path: `${SCREENSHOTS}/sell-18-two-windows-b.png` });

    // A sells its two: B's availability drops by two, and A's seats stay taken on B's map.
    const ids = [residentId('11010119750505006'), residentId('11010119750505014')];
    for (let i = 0; i < 2; i++) {
      const holder = a.getByRole('group', { name: new RegExp(`^第 ${i + 1} 张`) });
      await holder.getByLabel('姓名').fill(['周一', '吴二'][i] ?? '');
      await holder.getByLabel('证件号码').fill(ids[i] ?? '');
    }
    await a.keyboard.press('F9');
    await expect(a.getByRole('heading', { name: '出票成功' })).toBeVisible();
    await expect.poll(() => vipLeft(b)).toBe(vipB - 2);
    expect(await taken(b)).toBe(takenB + 2);
    await a.getByRole('button', { name: /下一单/ }).click();

    // B changes its mind: its seats go back on sale on A's map.
    await b.keyboard.press('Escape');
    await b.getByRole('dialog', { name: '取消本单？' }).getByRole('button', { name: '取消本单' }).click();
    await expect(b.getByTestId('seat-map')).toHaveAttribute('data-mine', '0');
    await expect.poll(() => taken(a)).toBe(takenA + 2);

    // A picks a seat and logs out mid-sale: the seat is back on sale on B's map at once, not five minutes later.
    const soldB = await taken(b);
    await a.getByLabel('张数').fill('1');
    await a.getByRole('button', { name: '选出最佳连座' }).click();
    await expect(a.getByTestId('seat-map')).toHaveAttribute('data-mine', '1');
    await expect.poll(() => taken(b)).toBe(soldB + 1);
    await a.getByRole('button', { name: '退出登录' }).click();
    await expect(a.getByLabel('用户名')).toBeVisible();
    await expect.poll(() => taken(b)).toBe(soldB);

    // The same window in English.
    await b.getByLabel('语言').first().selectOption('en');
    await expect(b.getByRole('button', { name: /Find the best seats/ })).toBeVisible();
    await b.getByLabel('Seats', { exact: true }).fill('3');
    await b.getByRole('button', { name: 'Find the best seats' }).click();
    await expect(b.getByText(/^Picked /)).toBeVisible();
    await b.screenshot({ path: `${SCREENSHOTS}/sell-19-sale-en.png` });
    await b.keyboard.press('F2');
    await expect(b.getByRole('heading', { name: 'Today' })).toBeVisible();
    await b.screenshot({ path: `${SCREENSHOTS}/sell-20-sessions-en.png` });
  } finally {
    await core.stop();
  }
});
