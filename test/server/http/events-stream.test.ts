import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createUser } from '../../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../../electron/server/auth/actor';
import { serveEventsStream, type EventsStreamOptions } from '../../../electron/server/http/events-stream';
import { cookieOf, startTestCore, type TestCore } from '../../helpers/core-server';

/** A core with a logged-in clerk and gate. */
async function office(t: TestContext): Promise<{ core: TestCore; clerk: string; gate: string }> {
  const core = await startTestCore();
  t.after(() => core.close());
  for (const role of ['clerk', 'gate'] as const) await createUser(core.core.db, { username: role, displayName: role, role, secret: '2468' }, SYSTEM_ACTOR);
  const login = async (username: string) => cookieOf((await core.call('auth.login', { username, secret: '2468' })).setCookie);
  return { core, clerk: await login('clerk'), gate: await login('gate') };
}

/** An open event stream: what it carried so far, a wait for a text in it, and how it ended. */
interface Stream {
  response: IncomingMessage;
  text: () => string;
  waitFor: (needle: string) => Promise<void>;
  ended: Promise<'end' | 'aborted'>;
}

function openStream(url: string, cookie: string, host?: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/events`, { agent: false, headers: { cookie, ...(host ? { host } : {}) } }, (response) => {
      let text = '';
      const waiting = new Set<{ needle: string; done: () => void }>();
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        for (const wait of waiting) {
          if (!text.includes(wait.needle)) continue;
          waiting.delete(wait);
          wait.done();
        }
      });
      const ended = new Promise<'end' | 'aborted'>((done) => {
        response.once('end', () => done('end'));
        response.once('aborted', () => done('aborted'));
        response.once('error', () => done('aborted'));
      });
      resolve({
        response,
        text: () => text,
        waitFor: (needle) => (text.includes(needle) ? Promise.resolve() : new Promise((done) => waiting.add({ needle, done }))),
        ended,
      });
    });
    req.on('error', reject);
    req.end();
  });
}

test('each window receives the events of its role as server-sent-events frames, the first being hello', async (t) => {
  const { core, clerk, gate } = await office(t);
  const clerkStream = await openStream(core.url, clerk);
  const gateStream = await openStream(core.url, gate);
  assert.equal(clerkStream.response.statusCode, 200);
  assert.match(String(clerkStream.response.headers['content-type']), /^text\/event-stream/);
  assert.equal(clerkStream.response.headers['x-content-type-options'], 'nosniff', 'the headers every answer carries');
  await Promise.all([clerkStream.waitFor('event: hello\n'), gateStream.waitFor('event: hello\n')]);

  const changes = { sessionId: 'ses_1', feed: 'f', seq: 1, changes: [] };
  core.core.events.publish('seats.changed', changes);
  core.core.events.publish('system.restored', { backup: 'line\nbreak "quoted"' });
  const restored = `event: system.restored\ndata: ${JSON.stringify({ backup: 'line\nbreak "quoted"' })}\n\n`;
  await Promise.all([clerkStream.waitFor(restored), gateStream.waitFor(restored)]);
  assert.ok(clerkStream.text().includes(`event: seats.changed\ndata: ${JSON.stringify(changes)}\n\n`));
  assert.ok(!gateStream.text().includes('seats.changed'), 'a gate is not told of seat changes');
  clerkStream.response.destroy();
  gateStream.response.destroy();
});

test('the event stream refuses a foreign host name and a missing login', async (t) => {
  const { core } = await office(t);
  const foreign = await openStream(core.url, '', 'evil.example');
  assert.equal(foreign.response.statusCode, 403);
  await foreign.ended;
  assert.equal((JSON.parse(foreign.text()) as { code: string }).code, 'FORBIDDEN_HOST');
  const anonymous = await openStream(core.url, '');
  assert.equal(anonymous.response.statusCode, 401);
  await anonymous.ended;
  assert.equal((JSON.parse(anonymous.text()) as { code: string }).code, 'UNAUTHENTICATED');
});

/** serveEventsStream on a server of the test's own, with its options. */
async function streamServer(t: TestContext, core: TestCore, options: Omit<EventsStreamOptions, 'allowedHostNames'>): Promise<string> {
  const server = createServer((req, res) => serveEventsStream(core.core, req, res, { allowedHostNames: [], ...options }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test('a window that stops reading is cut off once its stream holds too much, and leaves the bus', async (t) => {
  const { core, clerk } = await office(t);
  const url = await streamServer(t, core, { maxUnsentBytes: 64 * 1024 });
  const stream = await openStream(url, clerk);
  await stream.waitFor('event: hello\n');
  assert.equal(core.core.events.size, 1);
  stream.response.pause();
  // Far more than the kernel's socket buffers take: the rest waits in the core, until the limit ends the stream.
  const big = 'x'.repeat(100_000);
  const bus = core.core.events;
  for (let i = 0; i < 400 && bus.size === 1; i++) bus.publish('system.restored', { backup: big });
  assert.equal(core.core.events.size, 0, 'the stream was ended');
  stream.response.resume();
  const how = await stream.ended;
  assert.equal(how, 'aborted', 'its connection was dropped, not drained');
});

test('a stream whose login ended closes at its next heartbeat', async (t) => {
  const { core, clerk } = await office(t);
  const url = await streamServer(t, core, { heartbeatMs: 20 });
  const stream = await openStream(url, clerk);
  await stream.waitFor(': beat\n\n');
  assert.equal((await core.call('auth.logout', {}, clerk)).status, 200);
  assert.equal(await stream.ended, 'end');
  assert.equal(core.core.events.size, 0);
});

test('frames that follow one within its window go out together at the window\'s end, in order, and a stream that ends sends them first', async (t) => {
  const { core, clerk } = await office(t);
  const windows: (() => void)[] = [];
  const url = await streamServer(t, core, { gather: { ms: 50, timer: (_ms, fire) => (windows.push(fire), { cancel: () => undefined }) } });
  const stream = await openStream(url, clerk);
  await stream.waitFor('event: hello\n');
  assert.equal(windows.length, 1, 'hello went out at once and opened a window');
  const bus = core.core.events;
  bus.publish('seats.changed', { sessionId: 'ses_1', feed: 'f', seq: 1, changes: [] });
  bus.publish('seats.changed', { sessionId: 'ses_1', feed: 'f', seq: 2, changes: [] });
  windows[0]?.();
  const frame = (seq: number) => `event: seats.changed\ndata: ${JSON.stringify({ sessionId: 'ses_1', feed: 'f', seq, changes: [] })}\n\n`;
  await stream.waitFor(frame(1) + frame(2));
  // Gathered again while the window that write opened lasts; the stream ended by the core sends it first.
  bus.publish('seats.changed', { sessionId: 'ses_1', feed: 'f', seq: 3, changes: [] });
  bus.disconnectUser((core.core.db.prepare("SELECT id FROM users WHERE username = 'clerk'").get() as { id: string }).id, (listener) => listener.end?.());
  assert.equal(await stream.ended, 'end');
  assert.ok(stream.text().endsWith(frame(3)), 'the gathered frame went before the end');
});
