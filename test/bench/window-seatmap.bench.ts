// `npm run bench window-seatmap`: the box-office window's seat map in Chromium against a real core, on a hall of
// 10,000 seats (a fifth of them sold): the first render (opening the session → the whole hall drawn) and the time
// from a click on a seat to that seat drawn as picked. Baselines from the same page in the same run: the draw
// of an empty canvas of the same size, and one animation frame (nothing can be shown sooner than the next frame).
// Needs Debian's Chromium (CHROMIUM_PATH to use another). `npm run bench stadium` does the same for 100,000 seats.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figures } from './run';
import { percentile } from './sqlite-baseline';
import { buildApp, launchChromium } from './browser';
import { buildHall, gridAreas, measureWindow, median, round, serve } from './seat-map-hall';

const CLICKS = 20;
const OPENS = 5;

export default async function windowSeatmapBench(): Promise<Figures> {
  // Always built (about a second): a dist/ left from an older checkout would serve an older core and schema.
  buildApp();
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-window-'));
  const file = join(dir, 'boxoffice.db');
  const setup = Date.now();
  const hall = await buildHall(file, gridAreas(4, 2), 5);
  console.log(`setup: ${hall.seats.toLocaleString('en-US')} seats, ${hall.sold.toLocaleString('en-US')} sold, in ${((Date.now() - setup) / 1000).toFixed(1)} s`);
  const core = await serve(file);
  const { url } = core;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const { opens, clicks, redraws, picked, emptyDrawMs, frameMs } = await measureWindow(page, url, hall.sessionId, OPENS, CLICKS);
    const first = opens[0] ?? { totalMs: Number.NaN, drawMs: Number.NaN, fetchMs: Number.NaN };
    const warm = opens.slice(1);
    console.log(`first render of ${hall.seats.toLocaleString('en-US')} seats (click on the session → whole hall drawn): first ${first.totalMs.toFixed(1)} ms, then ${warm.map((o) => o.totalMs.toFixed(1)).join(', ')} ms`);
    console.log(`  of which the seat map requests ${median(opens.map((o) => o.fetchMs)).toFixed(1)} ms and the canvas draw ${median(opens.map((o) => o.drawMs)).toFixed(2)} ms (empty canvas of the same size: ${emptyDrawMs.toFixed(2)} ms)`);
    console.log(`click → seat shown picked: p50 ${median(clicks).toFixed(1)} ms, p95 ${percentile(clicks, 95).toFixed(1)} ms, max ${Math.max(...clicks).toFixed(1)} ms over ${clicks.length} clicks (one frame: ${frameMs.toFixed(1)} ms)`);
    console.log(`  redraw with the selection: p50 ${median(redraws).toFixed(2)} ms; ${picked} seats picked`);
    if (picked !== clicks.length) console.log(`  WARNING: ${clicks.length} clicks picked ${picked} seats`);
    return {
      seats: hall.seats,
      soldSeats: hall.sold,
      firstRenderColdMs: round(first.totalMs),
      firstRenderMs: round(median(warm.map((o) => o.totalMs))),
      seatMapRequestMs: round(median(opens.map((o) => o.fetchMs))),
      firstDrawMs: round(median(opens.map((o) => o.drawMs))),
      emptyCanvasDrawMs: round(emptyDrawMs),
      clickToShownP50Ms: round(median(clicks)),
      clickToShownP95Ms: round(percentile(clicks, 95)),
      clickToShownMaxMs: round(Math.max(...clicks)),
      frameMs: round(frameMs),
      redrawWithSelectionMs: round(median(redraws)),
      seatsPicked: picked,
    };
  } finally {
    await browser.close();
    await core.halt();
    rmSync(dir, { recursive: true, force: true });
  }
}
