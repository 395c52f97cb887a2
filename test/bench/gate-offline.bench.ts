// `npm run bench gate-offline`: a gate device judging alone from its IndexedDB cache of 100,000 sold tickets, in
// Chromium against a real core (`boxoffice serve`), beside an online scan measured in the same run from the same
// page. Figures: the cache's first fill and its size on disk, its reload from disk, scan → verdict painted online
// and offline, one refresh of 1,000 changes (request, apply, save), and the upload of 5,000 queued scans.
// BO_BENCH_SCANS=N scans N tickets each way (default 500); BO_BENCH_GATE_SESSIONS as in gate-scan.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { Figures } from './run';
import { buildSoldOut, INSTRUMENT, roundTrips, startCore, stats, type BenchGlobals } from './gate-scan.bench';
import { buildApp, launchChromium } from './browser';

const SCANS = Number(process.env.BO_BENCH_SCANS ?? 500);
const WARM_UP = 50;
const QUEUED = 5_000;
const CHANGES = 1_000;

interface Measured {
  start: number;
  end: number;
  ms: number;
  count: number;
}

// Run in the page (plain JS: this file is typechecked without the DOM library).
/** The User Timing entries the gate's cache leaves (renderer/src/stores/gate-offline-slice.ts). */
const measures = (page: Page, name: string): Promise<Measured[]> =>
  page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)}, 'measure').map((e) => ({ start: e.startTime, end: e.startTime + e.duration, ms: e.duration, count: e.detail.tickets ?? e.detail.scans ?? 0 }))`);

/** Adds scans to the device's queue on disk as the offline judge does (the store reads the queue from there). */
const enqueue = (page: Page, scans: Record<string, unknown>[]): Promise<void> =>
  page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('boxoffice-gate');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction('queue', 'readwrite');
      for (const scan of ${JSON.stringify(scans)}) tx.objectStore('queue').add(scan);
      tx.oncomplete = () => { request.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  })`);

async function scanThrough(page: Page, codes: string[], from: number): Promise<number[]> {
  const start = await page.evaluate(() => (globalThis as unknown as BenchGlobals).__gateBench.results.length);
  for (let i = 0; i < codes.length; i++) {
    await page.keyboard.type(codes[i] ?? '');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (globalThis as unknown as BenchGlobals).__gateBench.results.length >= n, start + i + 1, { polling: 'raf' });
  }
  const results = (await page.evaluate(() => (globalThis as unknown as BenchGlobals).__gateBench.results)).slice(start + from);
  const notValid = results.filter((r) => r.verdict !== 'valid').length;
  if (notValid > 0) throw new Error(`${notValid} scans were not valid: the benchmark must measure admissions`);
  return results.map((r) => r.painted);
}

const ms = (value: number) => Number(value.toFixed(2));
const line = (what: string, m: { p50: number; p99: number }, n: number) => `${what.padEnd(50)} p50 ${m.p50.toFixed(2).padStart(7)} ms  p99 ${m.p99.toFixed(2).padStart(7)} ms  (n=${n})`;

/** The benchmark (see test/bench/run.ts). */
export default async function gateOfflineBench(): Promise<Figures> {
  buildApp();
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-gate-offline-'));
  const file = join(dir, 'gate.db');
  let core: ChildProcess | undefined;
  const browser = await launchChromium();
  try {
    const { sessionIds, codes } = await buildSoldOut(file);
    const started = await startCore(file);
    core = started.child;
    console.log(`setup: ${codes.length.toLocaleString('en-US')} sold tickets in ${sessionIds.length} sessions, core at ${started.url}`);
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addInitScript(`localStorage.setItem('boxoffice.gate.setup', ${JSON.stringify(JSON.stringify({ gateName: '1号口', sessionIds }))});`);
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    await page.goto(started.url);
    await page.getByLabel('用户名').fill('gate');
    await page.getByLabel('PIN 码或密码').fill('3333');
    await page.keyboard.press('Enter');
    await page.locator('section.verdict[data-verdict="idle"]').waitFor();

    // The first fill: every ticket of the ten sessions, page by page.
    await page.locator(`[data-cache="${codes.length}"]`).waitFor({ timeout: 300_000 });
    const fill = await measures(page, 'gate.cache-page');
    const fillSeconds = ((fill.at(-1)?.end ?? 0) - (fill[0]?.start ?? 0)) / 1000;
    const usage = await page.evaluate<number>('navigator.storage.estimate().then((e) => e.usage ?? 0)');
    console.log(`cache fill: ${codes.length.toLocaleString('en-US')} tickets in ${fill.filter((f) => f.count > 0).length} pages, ${fillSeconds.toFixed(1)} s; storage used ${(usage / 1e6).toFixed(1)} MB`);

    // A restart of the tablet: the cache comes back from disk (and the refresh after it finds nothing new).
    await page.reload();
    await page.locator(`[data-cache="${codes.length}"]`).waitFor({ timeout: 60_000 });
    const reload = (await measures(page, 'gate.cache-load')).at(-1);
    console.log(`cache reload from IndexedDB after a restart: ${reload?.count.toLocaleString('en-US')} tickets in ${reload?.ms.toFixed(0)} ms`);

    // Distinct tickets for each part, spread over the sessions.
    const stride = Math.floor(codes.length / (2 * (WARM_UP + SCANS) + CHANGES + QUEUED + 10));
    let next = 0;
    const take = (n: number) => Array.from({ length: n }, () => codes[(next++) * stride] ?? '');

    // Online: the core judges; the bare API call from the same page is the floor.
    const online = await scanThrough(page, take(WARM_UP + SCANS), WARM_UP);
    const api = await page.evaluate(roundTrips, { count: SCANS, url: '/api/gate.checkIn', bodies: take(SCANS).map((code) => JSON.stringify({ gateName: '2号口', sessionIds, code })) });

    // Offline: every request refused (the port blocked); the device notices and judges from its cache.
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.locator('[data-link="lost"]').waitFor({ timeout: 30_000 });
    const offline = await scanThrough(page, take(WARM_UP + SCANS), WARM_UP);
    const queuedByScans = WARM_UP + SCANS;

    // The queue grows to 5,000 (the rest as the offline judge writes them), then the link returns.
    const now = Date.now();
    const extra = take(QUEUED - queuedByScans).map((code, i) => ({ clientId: `bench-${i}-${now}`, code, sessionIds, scannedAt: now + i, verdict: 'valid', entry: 'device', checkingType: 'code', gateName: '1号口' }));
    await enqueue(page, extra);
    // Only the drain after the link returns (a slow link earlier may already have sent a few offline scans).
    const linkBack = await page.evaluate<number>('performance.now()');
    await page.unroute('**/api/**');
    await page.locator('[data-queued]').waitFor({ state: 'detached', timeout: 120_000 });
    const uploads = (await measures(page, 'gate.upload-batch')).filter((u) => u.start >= linkBack);
    const uploaded = uploads.reduce((sum, u) => sum + u.count, 0);
    const uploadSeconds = ((uploads.at(-1)?.end ?? 0) - (uploads[0]?.start ?? 0)) / 1000;
    console.log(`upload: ${uploaded.toLocaleString('en-US')} queued scans in ${uploads.length} batches, ${uploadSeconds.toFixed(2)} s`);

    // 1,000 changes at the core (another gate admits), then one refresh of this device's cache.
    const other = await browser.newPage();
    await other.goto(started.url);
    await other.getByLabel('用户名').fill('gate');
    await other.getByLabel('PIN 码或密码').fill('3333');
    await other.keyboard.press('Enter');
    await other.waitForLoadState('networkidle');
    // Hold this device's refreshes while the changes are made, so one refresh carries them all.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/gate.cache', async (route) => {
      await held;
      await route.continue();
    });
    await other.evaluate(roundTrips, { count: CHANGES, url: '/api/gate.checkIn', bodies: take(CHANGES).map((code) => JSON.stringify({ gateName: '2号口', sessionIds, code })) });
    const before = (await measures(page, 'gate.cache-page')).length;
    const refreshStart = await page.evaluate<number>('performance.now()');
    release();
    await page.waitForFunction(
      (n) => (globalThis as unknown as { performance: { getEntriesByName(name: string, type: string): unknown[] } }).performance.getEntriesByName('gate.cache-page', 'measure').length > n,
      before,
    );
    await page.unroute('**/api/gate.cache');
    const refresh = (await measures(page, 'gate.cache-page')).slice(before)[0];
    // The held request waited from its start: the refresh itself is counted from the release.
    const refreshMs = (refresh?.end ?? 0) - Math.max(refresh?.start ?? 0, refreshStart);
    console.log(`refresh: ${refresh?.count.toLocaleString('en-US')} changed tickets fetched, applied and saved in ${refreshMs.toFixed(0)} ms`);

    const onlineStats = stats(online);
    const offlineStats = stats(offline);
    const apiStats = stats(api);
    console.log(line('baseline: gate.checkIn API round trip from the page', apiStats, api.length));
    console.log(line('online scan → verdict painted', onlineStats, online.length));
    console.log(line('offline scan → verdict painted (100,000 cached)', offlineStats, offline.length));
    return {
      cachedTickets: codes.length,
      storageMB: Number((usage / 1e6).toFixed(1)),
      cacheFillSeconds: Number(fillSeconds.toFixed(1)),
      cacheReloadMs: ms(reload?.ms ?? NaN),
      apiCheckInP50Ms: ms(apiStats.p50),
      onlineScanP50Ms: ms(onlineStats.p50),
      onlineScanP99Ms: ms(onlineStats.p99),
      offlineScanP50Ms: ms(offlineStats.p50),
      offlineScanP99Ms: ms(offlineStats.p99),
      refreshChanges: refresh?.count ?? 0,
      refreshMs: ms(refreshMs),
      uploadedScans: uploaded,
      uploadSeconds: Number(uploadSeconds.toFixed(2)),
    };
  } finally {
    await browser.close();
    if (core && core.exitCode === null) {
      const exited = new Promise((resolve) => core?.once('exit', resolve));
      core.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
