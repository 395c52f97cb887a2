import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCore, type RunningCore, type StartOptions } from '../../electron/server/start-core';

export interface TestCore extends RunningCore {
  dir: string;
  /** POSTs a procedure as a browser of this origin would, with an optional session cookie. */
  call(name: string, body: unknown, cookie?: string, headers?: Record<string, string>): Promise<{ status: number; json: unknown; setCookie: string | null }>;
  close(): Promise<void>;
}

/** A real core on 127.0.0.1 with a fresh database file, served in this process. */
export async function startTestCore(options: Partial<StartOptions> = {}): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-core-'));
  const running = await startCore({ dbFile: join(dir, 'boxoffice.db'), host: '127.0.0.1', port: 0, allowedHostNames: [], ...options });
  return {
    ...running,
    dir,
    async call(name, body, cookie, headers = {}) {
      const response = await fetch(`${running.url}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null, setCookie: response.headers.get('set-cookie') };
    },
    async close() {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The `name=value` part of a Set-Cookie header, to send back. */
export function cookieOf(setCookie: string | null): string {
  if (!setCookie) throw new Error('no Set-Cookie header');
  return setCookie.split(';')[0] ?? '';
}

/**
 * A POST with node:http that reports the answer even when the server answers before reading the
 * whole body and then closes the connection (what a 413 does); fetch would only see the reset.
 */
export async function rawPost(url: string, body: string): Promise<{ status: number; body: string }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(body);
  });
}

/** A test core with the demo's users, venue, performances and a few sales; returns logged-in cookies per role. */
export async function startDemoCore(options: { orders?: number; refunds?: number; checkins?: number; core?: Partial<StartOptions> } = {}): Promise<TestCore & { cookies: Record<'manager' | 'clerk' | 'gate', string> }> {
  const core = await startTestCore(options.core);
  const { createUser } = await import('../../electron/server/auth/users');
  const { SYSTEM_ACTOR } = await import('../../electron/server/auth/actor');
  const { buildDemo } = await import('../../electron/boxoffice/demo/build-demo');
  const roles = ['manager', 'clerk', 'gate'] as const;
  const users = await Promise.all(roles.map((role) => createUser(core.core.db, { username: role, displayName: role, role, secret: '1357' }, SYSTEM_ACTOR)));
  const as = (role: (typeof roles)[number]) => {
    const user = users.find((u) => u.role === role);
    return { db: core.core.db, cipher: core.core.cipher, clock: core.core.clock, actor: { userId: user?.id ?? null, username: role, role, address: null } };
  };
  buildDemo({ manager: as('manager'), clerk: as('clerk'), gate: as('gate') }, { orders: options.orders ?? 5, refunds: options.refunds ?? 1, checkins: options.checkins ?? 2 });
  const cookies = { manager: '', clerk: '', gate: '' };
  for (const role of roles) cookies[role] = cookieOf((await core.call('auth.login', { username: role, secret: '1357' })).setCookie);
  return { ...core, cookies };
}
