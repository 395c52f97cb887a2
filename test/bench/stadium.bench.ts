// `npm run bench stadium`: the seat map at stadium scale. A 100,000-seat stadium (40 areas of 50 × 50, a fifth
// sold) beside a 10,000-seat hall measured the same way in the same run: the map's size on the wire (the hall's
// geometry, fetched once per layout version, and a session's status, gzip as Chromium asks over http), the
// first render and click → seat shown picked in Chromium at 1366×860, best available (4 together, any price) at
// the domain, and the layout import and ticket generation. Each stadium figure is printed beside its target.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GridArea } from '../../electron/boxoffice/catalog/grid-layout';
import type { Figures } from './run';
import { buildApp, launchChromium } from './browser';
import { buildHall, gridAreas, reportsDelivered, measureWindow, median, round, serve } from './seat-map-hall';

const OPENS = 3;
const CLICKS = 10;

/** Answers POSTed as the browser would, gzip accepted: the bytes on the wire and the JSON they carry. */
function post(url: string, path: string, body: unknown, cookie: string): Promise<{ wireBytes: number; jsonBytes: number; cookie: string; json: unknown }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        const plain = res.headers['content-encoding'] === 'gzip' ? gunzipSync(wire) : wire;
        const setCookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
        resolve({ wireBytes: wire.length, jsonBytes: plain.length, cookie: setCookie || cookie, json: JSON.parse(plain.toString('utf8')) as unknown });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(text);
  });
}

interface HallFigures {
  seats: number;
  geometryWireBytes: number;
  geometryJsonBytes: number;
  statusWireBytes: number;
  statusJsonBytes: number;
  /** The plain map of before (`sessions.seatMap`, every seat as an object), for comparison. */
  plainMapWireBytes: number;
  plainMapJsonBytes: number;
  firstRenderMs: number;
  firstRenderColdMs: number;
  seatMapRequestsMs: number;
  firstDrawMs: number;
  clickP50Ms: number;
  clickMaxMs: number;
  bestAvailableP50Ms: number;
  importMs: number;
  generateMs: number;
  picked: number;
}

async function measureHall(label: string, areas: readonly GridArea[]): Promise<HallFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-stadium-'));
  const file = join(dir, 'boxoffice.db');
  try {
    const started = Date.now();
    const hall = await buildHall(file, areas, 5);
    reportsDelivered(file);
    console.log(`${label}: ${hall.seats.toLocaleString('en-US')} seats, ${hall.sold.toLocaleString('en-US')} sold, set up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const core = await serve(file);
    const { url } = core;
    try {
      const login = await post(url, '/api/auth.login', { username: 'clerk', secret: '2222' }, '');
      const status = await post(url, '/api/sessions.seatStatus', { sessionId: hall.sessionId }, login.cookie);
      const { hallId } = status.json as { hallId: string };
      const geometry = await post(url, '/api/sessions.seatGeometry', { hallId }, login.cookie);
      const plain = await post(url, '/api/sessions.seatMap', { sessionId: hall.sessionId }, login.cookie);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
        const window = await measureWindow(page, url, hall.sessionId, OPENS, CLICKS);
        const warm = window.opens.slice(1);
        return {
          seats: hall.seats,
          geometryWireBytes: geometry.wireBytes,
          geometryJsonBytes: geometry.jsonBytes,
          statusWireBytes: status.wireBytes,
          statusJsonBytes: status.jsonBytes,
          plainMapWireBytes: plain.wireBytes,
          plainMapJsonBytes: plain.jsonBytes,
          firstRenderMs: median(warm.map((o) => o.totalMs)),
          firstRenderColdMs: window.opens[0]?.totalMs ?? Number.NaN,
          seatMapRequestsMs: median(window.opens.map((o) => o.fetchMs)),
          firstDrawMs: median(window.opens.map((o) => o.drawMs)),
          clickP50Ms: median(window.clicks),
          clickMaxMs: Math.max(...window.clicks),
          bestAvailableP50Ms: median(hall.bestAvailableMs),
          importMs: hall.importMs,
          generateMs: hall.generateMs,
          picked: window.picked,
        };
      } finally {
        await browser.close();
      }
    } finally {
      await core.halt();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export default async function stadiumBench(): Promise<Figures> {
  buildApp();
  const hall = await measureHall('baseline hall', gridAreas(4, 2));
  const stadium = await measureHall('stadium', gridAreas(40, 8));
  const rows: [string, (f: HallFigures) => number, (v: number) => string, number | null][] = [
    ['hall geometry on the wire (gzip; once per layout version)', (f) => f.geometryWireBytes, kb, 1.5 * 1024 * 1024],
    ['  as JSON', (f) => f.geometryJsonBytes, kb, null],
    ["session's status on the wire (gzip)", (f) => f.statusWireBytes, kb, 100 * 1024],
    ['  as JSON', (f) => f.statusJsonBytes, kb, null],
    ['the plain map of before on the wire (gzip)', (f) => f.plainMapWireBytes, kb, null],
    ['  as JSON', (f) => f.plainMapJsonBytes, kb, null],
    ['first render in Chromium (click on the session → whole map drawn)', (f) => f.firstRenderMs, ms, 1000],
    ['  the first one, code paths cold', (f) => f.firstRenderColdMs, ms, null],
    ['  of which the map requests', (f) => f.seatMapRequestsMs, ms, null],
    ['  of which the first draw', (f) => f.firstDrawMs, ms, null],
    ['click → seat shown picked, p50', (f) => f.clickP50Ms, ms, 50],
    ['  max', (f) => f.clickMaxMs, ms, null],
    ['best available (4 together, any price), p50 at the domain', (f) => f.bestAvailableP50Ms, ms, 50],
    ['layout import (CSV parsed, checked, stored, reported)', (f) => f.importMs, ms, 10_000],
    ['ticket generation (one per seat, each reported)', (f) => f.generateMs, ms, 10_000],
  ];
  console.log(`\n${'figure'.padEnd(68)} ${'stadium'.padStart(12)}  target        ${'10,000-seat hall'.padStart(16)}`);
  let allMet = true;
  for (const [name, pick, format, target] of rows) {
    const value = pick(stadium);
    const met = target === null || value <= target;
    allMet &&= met;
    const goal = target === null ? '' : `≤ ${format(target)} ${met ? 'met' : 'NOT met'}`;
    console.log(`${name.padEnd(68)} ${format(value).padStart(12)}  ${goal.padEnd(22)} ${format(pick(hall)).padStart(16)}`);
  }
  if (stadium.picked !== CLICKS) console.log(`WARNING: ${CLICKS} clicks on the stadium picked ${stadium.picked} seats`);
  console.log(allMet ? 'every stadium target met' : 'some stadium targets NOT met');
  const figures = (prefix: string, f: HallFigures): Figures =>
    Object.fromEntries(Object.entries(f as unknown as Record<string, number>).map(([key, value]) => [`${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}`, round(value)]));
  return { ...figures('stadium', stadium), ...figures('hall', hall), allTargetsMet: allMet };
}
