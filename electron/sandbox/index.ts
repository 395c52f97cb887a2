import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_TOKEN_TTL_SECONDS } from '../reporter/wire/inferred';
import { ADMIN_PREFIX, handleAdmin, type AdminContext } from './admin';
import { isLoopbackBind } from './bind';
import { FaultController } from './faults/controller';
import type { FaultSpec } from './faults/spec';
import { sendJson } from './http-io';
import { inspect, type Inspection } from './inspect';
import { SandboxPlatform } from './platform';
import type { SeedOptions } from './seed/apply';
import { openSandboxDb } from './store';
import { revokeAllTokens } from './tokens';

export { FaultController } from './faults/controller';
export { FAULT_GRAMMAR, parseFaultSpec, formatFaultSpec, type FaultSpec } from './faults/spec';
export type { Inspection } from './inspect';
export type { SeedOptions } from './seed/apply';
export type { SeedType } from './seed/types';

/** Credentials and address used when none are given; printed at start. */
export const SANDBOX_DEFAULTS = { appId: 'BOXOFFICE-SANDBOX', secret: 'sandbox-secret', host: '127.0.0.1', port: 7710 } as const;

export interface SandboxOptions {
  /** The sandbox's own SQLite file (state survives restarts); ':memory:' for a throwaway one. */
  dataFile: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. Anything beyond loopback turns the admin endpoints off unless `admin` is set. */
  host?: string;
  appId?: string;
  secret?: string;
  tokenTtlSeconds?: number;
  /** Token requests allowed per 24 h (then 5100); default none. */
  tokenDailyCap?: number | null;
  faults?: string | FaultSpec;
  /** Allow the admin endpoints on a non-loopback address. */
  admin?: boolean;
  maxBodyBytes?: number;
  /** The platform's clock (tests move it to expire tokens). */
  now?: () => number;
  /** Another platform than the default sandbox (another code sequence, another type list); read when the data file is new. */
  seed?: SeedOptions;
}

/** A running sandbox platform. */
export interface RunningSandbox {
  /** Base URL for the reporter client, e.g. http://127.0.0.1:7710. */
  url: string;
  port: number;
  host: string;
  appId: string;
  secret: string;
  tokenTtlSeconds: number;
  adminEnabled: boolean;
  faults: FaultController;
  /** Everything received so far. */
  inspect(): Inspection;
  /** Expires every token now; returns how many were live. */
  expireTokens(): number;
  /** Stops listening, drops open connections (hung ones included) and closes the file. */
  close(): Promise<void>;
}

/** Starts the sandbox platform over plain HTTP, in this process. */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const now = options.now ?? Date.now;
  const host = options.host ?? SANDBOX_DEFAULTS.host;
  const appId = options.appId ?? SANDBOX_DEFAULTS.appId;
  const secret = options.secret ?? SANDBOX_DEFAULTS.secret;
  const tokenTtlSeconds = options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const db = openSandboxDb(options.dataFile, { now: now(), ...(options.seed ? { seed: options.seed } : {}) });
  const faults = new FaultController(options.faults, now);
  faults.onExpireTokens(() => revokeAllTokens(db));
  const platform = new SandboxPlatform(db, { appId, secret, tokenTtlSeconds, tokenDailyCap: options.tokenDailyCap ?? null, maxBodyBytes: options.maxBodyBytes ?? 8 * 1024 * 1024, now }, faults);
  let url = '';
  const admin: AdminContext = {
    enabled: isLoopbackBind(host) || options.admin === true,
    faults,
    inspect: () => inspect(db, 100, now()),
    expireTokens: () => revokeAllTokens(db),
    info: () => ({ url, appId, faults: faults.describe(), tokenTtlSeconds }),
  };
  const server = createServer((req, res) => {
    route(req, res, platform, admin).catch((error: unknown) => {
      console.error(`sandbox: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { code: '5000', data: null, msg: '系统异常，请稍后重试', success: false });
      else res.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    db.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  url = `http://${urlHost(host)}:${port}`;
  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    host,
    appId,
    secret,
    tokenTtlSeconds,
    adminEnabled: admin.enabled,
    faults,
    inspect: admin.inspect,
    expireTokens: admin.expireTokens,
    close() {
      closed ??= new Promise<void>((resolve) => {
        platform.close();
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

async function route(req: IncomingMessage, res: ServerResponse, platform: SandboxPlatform, admin: AdminContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  if (url.pathname === ADMIN_PREFIX || url.pathname.startsWith(`${ADMIN_PREFIX}/`)) return handleAdmin(req, res, url, admin);
  return platform.handle(req, res, url);
}

// A wildcard bind is reached locally through loopback; an IPv6 literal needs brackets in a URL.
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
