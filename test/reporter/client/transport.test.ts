// The whole exchange's limit (totalMs) over real loopback HTTP: it ends an answer that never stops arriving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Transport } from '../../../electron/reporter/client/transport';

test('an answer that trickles on past totalMs is a timeout, though no byte was ever late', { timeout: 5_000 }, async () => {
  const trickles = new Set<ReturnType<typeof setInterval>>();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"code":"0000","msg":"');
    // A byte every 20 ms: the header and body timeouts (seconds) never fire, only the total does.
    const trickle = setInterval(() => res.write(' '), 20);
    trickles.add(trickle);
    res.on('close', () => {
      clearInterval(trickle);
      trickles.delete(trickle);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const transport = new Transport({ baseUrl: `http://127.0.0.1:${port}`, timeouts: { headersMs: 10_000, bodyMs: 10_000, totalMs: 300 } });
  try {
    const started = performance.now();
    const outcome = await transport.exchange('performanceTypeList', {}, 'token');
    assert.deepEqual([outcome.kind, (outcome as { reason?: string }).reason], ['transient', 'timeout']);
    assert.ok(performance.now() - started >= 300, 'not before the limit');
    // The same transport goes on: a later exchange gets its own limit.
    assert.equal(((await transport.exchange('performanceTypeList', {}, 'token')) as { reason?: string }).reason, 'timeout');
  } finally {
    await transport.destroy();
    for (const trickle of trickles) clearInterval(trickle);
    await new Promise((resolve) => server.close(resolve));
  }
});
