import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileWorld } from '../../boxoffice/helpers/file-world';
import { buildTheatre, seatedShow } from '../../boxoffice/helpers/fixtures';
import { seatFinder } from '../../boxoffice/helpers/sales';
import { testWorld, type TestWorld } from '../../boxoffice/helpers/context';
import { memoryDb } from '../../helpers/memory-db';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { eticketDeliveries } from '../../../electron/boxoffice/eticket/status';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { smsSettingsInput } from '../../../electron/boxoffice/eticket/schemas';
import { ETicketSender, retryDelay, DEFAULT_SENDER_TUNING } from '../../../electron/server/eticket/sender';
import { readSmsSettings, smsSettingsView, writeSmsSettings } from '../../../electron/server/eticket/settings';
import { recordedSms } from '../../../electron/server/eticket/recorded';
import { AliyunSmsProvider } from '../../../electron/server/eticket/providers/aliyun';
import type { Clock } from '../../../electron/reporter/sync';
import { TEST_CERT } from '../../reporter/client/tls-fixture';
import { fakeAliyun } from './fake-aliyun';

const PHONE = '13912345678';

/** The world's clock as the sender's: rounds are run by the test (runOnce), timers never fire on their own. */
const clockOf = (world: TestWorld): Clock => ({ now: () => world.clock.now, setTimer: () => setTimeout(() => undefined, 0), clearTimer: (h) => clearTimeout(h) });

function electronicSale(world: TestWorld, seats: string[]) {
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  return sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: seats.map((n) => ({ ticketId: seat('3排', n) })), ticketMode: 'electronic', buyer: { name: '赵六', phone: PHONE }, payment: { method: 'card' } }));
}

/** Everything written to the console while `work` runs. */
async function consoleOf(work: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const saved = { log: console.log, error: console.error, warn: console.warn };
  for (const name of ['log', 'error', 'warn'] as const) console[name] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    Object.assign(console, saved);
  }
  return lines.join('\n');
}

test('in training every e-ticket goes to the recorder: the text carries the code, the number is masked, nothing logs it', async () => {
  const world = fileWorld('eticket-sender-training');
  // Even with a real provider set: training never sends an SMS.
  writeSmsSettings(world.db, world.cipher, parseInput(smsSettingsInput, { provider: 'aliyun', accessKeyId: 'LTAIkey', accessKeySecret: 'the-secret', signName: '大剧院', templateCode: 'SMS_123456' }), world.clock.now);
  const order = electronicSale(world, ['1', '2']);
  const sender = new ETicketSender({ db: world.db, cipher: () => world.cipher, clock: clockOf(world), training: () => true });
  const output = await consoleOf(() => sender.runOnce());
  await sender.stop();
  const view = eticketDeliveries(world.clerk, { orderId: order.id });
  assert.deepEqual(view.lines.map((l) => [l.status, l.provider, l.attempts]), [['sent', 'recorder', 1], ['sent', 'recorder', 1]]);
  const recorded = recordedSms(world.db, 10).reverse();
  assert.equal(recorded.length, 2);
  order.lines.forEach((line, i) => {
    const sms = recorded[i];
    assert.ok(sms);
    assert.equal(sms.maskedPhone, '139****5678');
    assert.ok(sms.text.includes(line.ticketCodeText), 'the SMS carries the ticket code');
  });
  assert.ok(!output.includes(PHONE));
  const stored = world.db.prepare('SELECT * FROM eticket_recorded_sms').all();
  assert.ok(!JSON.stringify(stored).includes(PHONE), 'the number is not kept in clear anywhere the recorder writes');
});

test('the real provider against the fake service: a throttled send backs off on the injected clock, then goes; a refused one fails with its reason', async () => {
  const world = fileWorld('eticket-sender-aliyun');
  const service = await fakeAliyun({ LTAIkey: 'the-secret' });
  writeSmsSettings(world.db, world.cipher, parseInput(smsSettingsInput, { provider: 'aliyun', accessKeyId: 'LTAIkey', accessKeySecret: 'the-secret', signName: '大剧院', templateCode: 'SMS_123456', endpoint: service.url }), world.clock.now);
  const order = electronicSale(world, ['3', '4']);
  const errors: unknown[] = [];
  const sender = new ETicketSender({
    db: world.db, cipher: () => world.cipher, clock: clockOf(world), training: () => false,
    aliyun: (s) => new AliyunSmsProvider({ ...s, ca: TEST_CERT, timeoutMs: 3000 }),
    onError: (e) => errors.push(e),
  });
  try {
    service.script.push('Throttling.User', 'isv.MOBILE_NUMBER_ILLEGAL');
    const output = await consoleOf(() => sender.runOnce());
    let lines = eticketDeliveries(world.clerk, { orderId: order.id }).lines;
    assert.deepEqual(lines.map((l) => [l.status, l.attempts]), [['queued', 1], ['failed', 1]]);
    assert.equal(lines[0]?.nextAttemptAt, world.clock.now + DEFAULT_SENDER_TUNING.firstRetryMs);
    assert.match(lines[1]?.lastError ?? '', /^isv\.MOBILE_NUMBER_ILLEGAL: 非法手机号 139\*\*\*\*5678$/);
    assert.ok(service.received.every((r) => r.signatureOk), 'every request signed as the service checks it');

    await sender.runOnce();
    assert.equal(service.received.length, 2, 'not due yet: nothing sent');
    world.clock.now += DEFAULT_SENDER_TUNING.firstRetryMs;
    await sender.runOnce();
    lines = eticketDeliveries(world.clerk, { orderId: order.id }).lines;
    assert.deepEqual(lines.map((l) => [l.status, l.attempts, l.provider]), [['sent', 2, 'aliyun'], ['failed', 1, 'aliyun']]);
    assert.deepEqual(errors, []);
    assert.ok(!output.includes(PHONE) && !output.includes('the-secret'));
  } finally {
    await sender.stop();
    await service.close();
  }
});

test('attempts back off exponentially to a cap and end as failed; a provider that throws never takes the loop down', async () => {
  const tuning = { ...DEFAULT_SENDER_TUNING, firstRetryMs: 1000, maxRetryMs: 3000, maxAttempts: 3 };
  assert.deepEqual([1, 2, 3, 4].map((n) => retryDelay(tuning, n)), [1000, 2000, 3000, 3000]);
  const world = fileWorld('eticket-sender-backoff');
  writeSmsSettings(world.db, world.cipher, parseInput(smsSettingsInput, { provider: 'aliyun', accessKeyId: 'LTAIkey', accessKeySecret: 'the-secret', signName: '大剧院', templateCode: 'SMS_123456', endpoint: 'https://127.0.0.1:9' }), world.clock.now);
  const order = electronicSale(world, ['5']);
  const sender = new ETicketSender({
    db: world.db, cipher: () => world.cipher, clock: clockOf(world), training: () => false, tuning,
    aliyun: () => ({ name: 'aliyun', send: () => Promise.reject(new Error(`socket hang up sending to ${PHONE}`)) }),
  });
  const output = await consoleOf(async () => {
    for (let i = 0; i < 3; i += 1) {
      await sender.runOnce();
      world.clock.now += 5000;
    }
  });
  await sender.stop();
  const [line] = eticketDeliveries(world.clerk, { orderId: order.id }).lines;
  assert.ok(line);
  assert.equal(line.status, 'failed');
  assert.equal(line.lastError, 'gave up after 3 attempts: socket hang up sending to 139****5678');
  assert.ok(!output.includes(PHONE));
});

test('provider settings: the secret is stored encrypted, never shown, kept when left empty, required the first time', () => {
  const world = fileWorld('eticket-settings');
  assert.equal(smsSettingsView(world.db, true).provider, 'recorder');
  const aliyun = (secret: string) => parseInput(smsSettingsInput, { provider: 'aliyun', accessKeyId: 'LTAIkey', accessKeySecret: secret, signName: '大剧院', templateCode: 'SMS_123456' });
  assert.throws(() => writeSmsSettings(world.db, world.cipher, aliyun(''), 1), (e: Error & { code?: string }) => e.code === 'SMS_SETTINGS_INVALID');
  writeSmsSettings(world.db, world.cipher, aliyun('the-secret'), 2);
  writeSmsSettings(world.db, world.cipher, aliyun(''), 3);
  const view = smsSettingsView(world.db, false);
  assert.deepEqual([view.provider, view.accessKeyId, view.hasSecret, view.endpoint, view.training], ['aliyun', 'LTAIkey', true, 'https://dysmsapi.aliyuncs.com', false]);
  assert.ok(!JSON.stringify(view).includes('the-secret'));
  assert.ok(!JSON.stringify(world.db.prepare('SELECT value FROM settings').all()).includes('the-secret'), 'not in the database in clear');
  const settings = readSmsSettings(world.db, world.cipher);
  assert.equal(settings.provider === 'aliyun' && settings.accessKeySecret, 'the-secret', 'kept when left empty');
  assert.throws(() => parseInput(smsSettingsInput, { provider: 'aliyun', accessKeyId: 'LTAIkey', signName: '大剧院', templateCode: '123' }), (e: Error & { code?: string }) => e.code === 'VALIDATION');
  assert.throws(() => writeSmsSettings(world.db, world.cipher, parseInput(smsSettingsInput, { provider: 'aliyun', accessKeyId: 'LTAIkey', accessKeySecret: 'x', signName: '大剧院', templateCode: 'SMS_123456', endpoint: 'http://sms.example.com' }), 4), /https/);
});

test('a round that fails (the database gone from under it) is reported, never thrown: the core stays up', async () => {
  const world = testWorld(memoryDb());
  world.db.close();
  const errors: unknown[] = [];
  const sender = new ETicketSender({ db: world.db, cipher: () => world.cipher, clock: clockOf(world), training: () => true, onError: (e) => errors.push(e) });
  await sender.runOnce();
  await sender.stop();
  assert.equal(errors.length, 1);
  assert.match(String(errors[0]), /not open/);
});
