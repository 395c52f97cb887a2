// How fast the reporter client and the sandbox platform exchange reports on loopback: the ceiling
// any sync worker can reach against the sandbox, with and without 20 ms of added latency per call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlatformClient } from '../../electron/reporter/client/platform-client';
import { startSandbox } from '../../electron/sandbox';
import * as fx from '../sandbox/helpers/fixtures';
import type { Figures } from './run';
import { percentile, rawSingleRowTransactionRate } from './sqlite-baseline';

async function ordersPerSecond(client: PlatformClient, place: fx.Place, prefix: string, count: number, parallel: number): Promise<{ rate: number; p95: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        const outcome = await client.reportOrder(fx.order(`${prefix}-${i}`, place, [`${prefix}-T${i}`]));
        if (outcome.kind !== 'success') throw new Error(`order ${i}: ${JSON.stringify(outcome)}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { rate: count / ((performance.now() - started) / 1000), p95: percentile(latencies, 95) };
}

export default async function sandboxThroughput(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-sandbox-'));
  const sandbox = await startSandbox({ dataFile: join(dir, 'sandbox.db') });
  const client = new PlatformClient({ baseUrl: sandbox.url, appId: sandbox.appId, secret: sandbox.secret, connections: 8 });
  try {
    const codes = await client.performanceCode(fx.performance('BENCH', [fx.session('BENCH-S1')]));
    if (codes.kind !== 'success') throw new Error(JSON.stringify(codes));
    const place = { performanceId: 'BENCH', sessionId: 'BENCH-S1', sessionCode: codes.data['BENCH-S1'] ?? '' };
    const sequential = await ordersPerSecond(client, place, 'SEQ', 1000, 1);
    const parallel = await ordersPerSecond(client, place, 'PAR', 2000, 8);
    sandbox.faults.setLatency(20);
    const slowOne = await ordersPerSecond(client, place, 'L1', 100, 1);
    const slowEight = await ordersPerSecond(client, place, 'L8', 400, 8);
    const baseline = rawSingleRowTransactionRate();
    const figures: Figures = {
      ordersPerSecondSequential: Math.round(sequential.rate),
      ordersPerSecond8Parallel: Math.round(parallel.rate),
      p95MsSequential: Number(sequential.p95.toFixed(2)),
      ordersPerSecondLatency20msSequential: Math.round(slowOne.rate),
      ordersPerSecondLatency20ms8Parallel: Math.round(slowEight.rate),
      baselineSqliteSingleRowTxPerSecond: Math.round(baseline),
      tokenRequests: client.tokens.stats.tokenRequests,
    };
    for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(40)} ${String(value)}`);
    return figures;
  } finally {
    await client.close();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
