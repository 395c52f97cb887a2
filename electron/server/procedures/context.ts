import type { Actor } from '../auth/actor';
import type { LiveSession } from '../auth/session-store';
import type { Core } from '../core';
import type { Client } from '../lan/client';
import type { OutputOf, ParsedInputOf, ProcedureName } from '../contract';

/** What a handler knows about the request it serves. */
export interface RequestContext {
  core: Core;
  actor: Actor;
  session: LiveSession | null;
  address: string;
  /** The core's own PC or a device on the venue network, with the paired device (per-device rules and throttles). */
  client: Client;
  userAgent: string;
  setSessionCookie(token: string, expiresAt: number): void;
  clearSessionCookie(): void;
  /** Gives a newly paired device its credential (HttpOnly, Secure). */
  setDeviceCookie(token: string): void;
}

export type Handler<K extends ProcedureName> = (input: ParsedInputOf<K>, ctx: RequestContext) => OutputOf<K> | Promise<OutputOf<K>>;
export type Handlers<K extends ProcedureName> = { [P in K]: Handler<P> };

/** The logged-in actor; handlers of non-public procedures may rely on it (the dispatcher checked it). */
export function requireUser(ctx: RequestContext): LiveSession {
  if (!ctx.session) throw new Error('handler of a protected procedure ran without a session');
  return ctx.session;
}
