// The seat-map benchmarks' shared parts: a hall of any size with one session and a share of it sold, the core
// serving it, and the window's seat map measured in Chromium (first render, click → seat shown picked).
import { basename, dirname } from 'node:path';
import { startCore } from '../e2e/fixtures/core';
import type { Page } from '@playwright/test';
import { percentile } from './sqlite-baseline';
import { openDatabase } from '../../db/open';
import { createUser } from '../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../electron/server/auth/actor';
import { loadOrCreateKeyFile } from '../../electron/boxoffice/personal-data/key-file';
import { createPersonalDataCipher } from '../../electron/boxoffice/personal-data/cipher';
import type { DomainContext } from '../../electron/boxoffice/context';
import { createHall, createVenue, importSeatLayout } from '../../electron/boxoffice/catalog/venues';
import { createPerformance } from '../../electron/boxoffice/catalog/performances';
import { createSession } from '../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../electron/boxoffice/catalog/tickets';
import { gridSeatLayoutCsv, type GridArea } from '../../electron/boxoffice/catalog/grid-layout';
export { gridAreas } from '../../electron/boxoffice/catalog/grid-layout';
import { seatMap } from '../../electron/boxoffice/catalog/queries';
import { sell } from '../../electron/boxoffice/sales/sell';
import { bestAvailable } from '../../electron/boxoffice/holds/best-available';
import { releaseHold } from '../../electron/boxoffice/holds/holds';
import { SeatIndex } from '../../renderer/src/sell/seat-map/geometry';
import { fitView, toScreen } from '../../renderer/src/sell/seat-map/view';
import { parseInput } from '../../electron/boxoffice/parse-input';
import { createHallInput, createPerformanceInput, createSessionInput, createVenueInput, generateTicketsInput, importSeatLayoutInput, sessionIdInput } from '../../electron/boxoffice/catalog/schemas';
import { bestAvailableInput } from '../../electron/boxoffice/holds/schemas';
import { sellInput } from '../../electron/boxoffice/sales/schemas';

export interface BuiltHall {
  sessionId: string;
  seats: number;
  sold: number;
  /** The layout's CSV imported (parsed, checked, stored, reported), in ms. */
  importMs: number;
  /** The session's tickets generated (one per seat, each reported), in ms. */
  generateMs: number;
  /** Best 4 seats together at any price, found and held by the domain: each try, in ms. */
  bestAvailableMs: number[];
}

const BEST_TRIES = 11;

/**
 * A hall of these areas with one session, every `soldEvery`-th seat sold as complimentary tickets, so the map has
 * the mix of states a real evening has; a manager (PIN 1111) and a clerk (2222).
 */
export async function buildHall(file: string, areas: readonly GridArea[], soldEvery: number, bestTries = BEST_TRIES): Promise<BuiltHall> {
  const { db } = openDatabase(file);
  try {
    const users = [];
    for (const user of [
      { username: 'manager', displayName: '王经理', role: 'manager' as const, secret: '111111' },
      { username: 'clerk', displayName: '李售票', role: 'clerk' as const, secret: '2222' },
    ]) {
      users.push(await createUser(db, user, SYSTEM_ACTOR));
    }
    const cipher = createPersonalDataCipher(loadOrCreateKeyFile(`${file}.key`).key);
    const manager: DomainContext = { db, cipher, clock: Date.now, actor: { userId: users[0]?.id ?? null, username: 'manager', role: 'manager', address: null } };
    const now = Date.now();
    const venue = createVenue(manager, parseInput(createVenueInput, { name: '体育中心', address: '体育路 1 号', provinceId: 440000, cityId: 440100, districtId: 440106 }));
    const hall = createHall(manager, parseInput(createHallInput, { venueId: venue.id, name: '主场馆', hasSeat: true }));
    const csv = gridSeatLayoutCsv(areas);
    let started = performance.now();
    importSeatLayout(manager, parseInput(importSeatLayoutInput, { hallId: hall.id, csv }));
    const importMs = performance.now() - started;
    const performance_ = createPerformance(manager, parseInput(createPerformanceInput, { name: '巡回演唱会', approval: '粤文演〔2025〕1号', typeId: 1002 }));
    const session = createSession(manager, parseInput(createSessionInput, {
      performanceId: performance_.id,
      hallId: hall.id,
      name: '首场',
      startsAt: now + 3 * 86_400_000,
      endsAt: now + 3 * 86_400_000 + 3 * 3_600_000,
      salesOpenAt: now - 86_400_000,
      tiers: [
        { name: '内场', priceFen: 128_000 },
        { name: '看台', priceFen: 48_000 },
        { name: '后排', priceFen: 28_000 },
      ],
    }));
    const [front, stand, back] = session.tiers;
    const lastArea = areas.at(-1)?.area ?? '';
    started = performance.now();
    generateTickets(manager, parseInput(generateTicketsInput, {
      sessionId: session.id,
      seatRules: [{ priceTierId: stand?.id ?? '' }, { priceTierId: front?.id ?? '', area: 'A区' }, { priceTierId: back?.id ?? '', area: lastArea }],
    }));
    const generateMs = performance.now() - started;
    const tickets = seatMap(manager, parseInput(sessionIdInput, { sessionId: session.id })).seats.map((seat) => seat.ticketId);
    const sold = tickets.filter((_, i) => i % soldEvery === 0);
    for (let i = 0; i < sold.length; i += 50) {
      sell(manager, parseInput(sellInput, { sessionId: session.id, seats: sold.slice(i, i + 50).map((ticketId) => ({ ticketId })), ticketType: 'complimentary', payment: { method: 'none' } }));
    }
    const bestAvailableMs: number[] = [];
    for (let i = 0; i < bestTries; i++) {
      const t0 = performance.now();
      const found = bestAvailable(manager, parseInput(bestAvailableInput, { sessionId: session.id, count: 4 }));
      bestAvailableMs.push(performance.now() - t0);
      releaseHold(manager, { holdId: found.hold.holdId });
    }
    return { sessionId: session.id, seats: tickets.length, sold: sold.length, importMs, generateMs, bestAvailableMs };
  } finally {
    db.close();
  }
}

/**
 * Marks the reports the setup queued (one per ticket generated, one per sale) as delivered, as on an evening whose
 * morning reports went out long ago: otherwise the core would drain 100,000 of them into its embedded sandbox
 * while the map is measured (the sync benchmarks measure the drain). Nothing the map does writes reports.
 */
export function reportsDelivered(file: string): number {
  const { db } = openDatabase(file);
  try {
    return db.prepare("UPDATE outbox SET status = 'delivered', delivered_at = updated_at WHERE status = 'pending'").run().changes;
  } finally {
    db.close();
  }
}

/** `boxoffice serve` on a free port over this database (the e2e fixture's, which serves `boxoffice.db` of its folder): its URL, and `halt()` to stop it. */
export function serve(file: string) {
  if (basename(file) !== 'boxoffice.db') throw new Error(`the core is started on its folder's boxoffice.db, not on ${file}`);
  return startCore({ again: { url: 'http://127.0.0.1:0', dbFile: file, dir: dirname(file) } });
}

// The code run in the page is text: the benchmark compiles without DOM types (like the rest of test/).

/** Clicks the picker's session row and waits, in the page, for the first frame of the map: ms from the click. */
const FIRST_RENDER = `new Promise((resolve) => {
  const row = document.querySelector('[data-session-row]');
  const started = performance.now();
  const check = () => {
    const canvas = document.querySelector('[data-testid="seat-map"]');
    if (canvas && canvas.dataset.frames) {
      const fetched = performance.getEntriesByType('resource').filter((entry) => /\\/api\\/sessions\\.seat(Status|Geometry)$/.test(entry.name));
      resolve({ totalMs: performance.now() - started, drawMs: Number(canvas.dataset.drawMs), fetchMs: fetched.reduce((sum, entry) => sum + entry.duration, 0) });
    } else requestAnimationFrame(check);
  };
  performance.clearResourceTimings();
  row.click();
  requestAnimationFrame(check);
})`;

/** The draw of an empty canvas of the map's size (clear and fill, forced to happen now), and the length of one frame. */
const BASELINES = `(async () => {
  const map = document.querySelector('[data-testid="seat-map"]');
  const canvas = document.createElement('canvas');
  canvas.width = map ? map.width : 800;
  canvas.height = map ? map.height : 500;
  const ctx = canvas.getContext('2d');
  const draws = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.getImageData(0, 0, 1, 1);
    draws.push(performance.now() - t0);
  }
  const frames = [];
  let last = await new Promise((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < 30; i++) {
    const now = await new Promise((resolve) => requestAnimationFrame(resolve));
    frames.push(now - last);
    last = now;
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { emptyDrawMs: median(draws), frameMs: median(frames) };
})()`;

/** Arms the page to time the next click on the map: from the pointer's release to the frame that shows one more seat picked. */
const ARM_CLICK_TIMER = `(() => {
  const canvas = document.querySelector('[data-testid="seat-map"]');
  const before = Number(canvas.dataset.mine);
  window.clickMs = new Promise((resolve) => {
    canvas.addEventListener('pointerup', (event) => {
      const observer = new MutationObserver(() => {
        if (Number(canvas.dataset.mine) > before) {
          observer.disconnect();
          resolve(performance.now() - event.timeStamp);
        }
      });
      observer.observe(canvas, { attributes: true, attributeFilter: ['data-mine'] });
    }, { once: true, capture: true });
  });
})()`;

const seatsOf = (sessionId: string) => `fetch('/api/sessions.seatMap', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sessionId: ${JSON.stringify(sessionId)} }) })
  .then((response) => response.json()).then((body) => body.seats.map((seat) => ({ x: seat.x, y: seat.y, state: seat.state })))`;

interface Open {
  totalMs: number;
  drawMs: number;
  fetchMs: number;
}

export interface WindowFigures {
  /** Each opening of the session, click to whole hall drawn (the first one loads the code paths cold). */
  opens: Open[];
  emptyDrawMs: number;
  frameMs: number;
  clicks: number[];
  redraws: number[];
  picked: number;
}

/** Logs the clerk in, opens the session `opens` times, then clicks `clicks` free seats spread over the whole hall. */
export async function measureWindow(page: Page, url: string, sessionId: string, opens: number, clicks: number): Promise<WindowFigures> {
  // On a machine shared with other work the login page alone can take tens of seconds.
  page.setDefaultTimeout(120_000);
  await page.goto(url);
  await page.getByLabel('用户名').fill('clerk');
  await page.getByLabel('PIN 码或密码').fill('2222');
  await page.keyboard.press('Enter');
  await page.getByText('当前用户：李售票').waitFor();
  const opened: Open[] = [];
  for (let i = 0; i < opens; i++) {
    await page.goto(`${url}/sell/sessions`);
    await page.locator('[data-session-row]').first().waitFor();
    opened.push(await page.evaluate<Open>(FIRST_RENDER));
  }
  const canvas = page.getByTestId('seat-map');
  await canvas.waitFor();
  const base = await page.evaluate<{ emptyDrawMs: number; frameMs: number }>(BASELINES);
  // Where the seats are on screen: the map starts fitted to the hall, as geometry.ts and view.ts compute it.
  const seats = await page.evaluate<{ x: number; y: number; state: string }[]>(seatsOf(sessionId));
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the seat map is not on screen');
  const index = new SeatIndex(seats);
  const view = fitView(index.bounds, index.pitch, box.width, box.height);
  const free = seats.flatMap((seat, i) => (seat.state === 'available' ? [i] : []));
  const times: number[] = [];
  const redraws: number[] = [];
  for (let n = 0; n < clicks; n++) {
    const seat = seats[free[Math.floor(((n + 0.5) * free.length) / clicks)] ?? 0];
    if (!seat) continue;
    const point = toScreen(view, seat.x, seat.y);
    await page.evaluate(ARM_CLICK_TIMER);
    // A clerk's clicks are seconds apart: the next click waits for this one's hold to be answered, as it would be.
    const held = page.waitForResponse((response) => response.url().endsWith('/api/holds.hold'));
    await page.mouse.click(box.x + point.x, box.y + point.y);
    times.push(await page.evaluate<number>('window.clickMs'));
    redraws.push(Number(await canvas.getAttribute('data-draw-ms')));
    await held;
  }
  const picked = Number(await canvas.getAttribute('data-mine'));
  return { opens: opened, emptyDrawMs: base.emptyDrawMs, frameMs: base.frameMs, clicks: times, redraws, picked };
}

export const median = (values: number[]) => percentile(values, 50);
export const round = (value: number) => Number(value.toFixed(2));
