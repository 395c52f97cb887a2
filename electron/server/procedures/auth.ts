import type { authProcedures } from '../contract/auth';
import { appendAudit } from '../../../db/audit';
import { countUsers, findUserByUsername, listUsers } from '../../../db/users';
import { UNKNOWN_USER_HASH, verifySecret } from '../auth/secret-hash';
import { createFirstManager, createUser, resetSecret, setUserActive, toSummary } from '../auth/users';
import { ApiError } from '../errors';
import { requireUser, type Handlers, type RequestContext } from './context';
import type { SessionInfo, UserSummary } from '../contract/auth';
import { deviceRefusal, firstRunRefusal, roleRefusal } from '../lan/device-rules';

function startSession(ctx: RequestContext, user: UserSummary): SessionInfo {
  const { token, expiresAt } = ctx.core.sessions.create(user.id, ctx.address, ctx.userAgent, ctx.core.clock(), ctx.client.device?.id ?? null);
  ctx.setSessionCookie(token, expiresAt);
  return { user, expiresAt };
}

export const authHandlers: Handlers<keyof typeof authProcedures> = {
  'setup.status': (_input, ctx) => ({ needsFirstManager: countUsers(ctx.core.db) === 0 }),

  'setup.createFirstManager': async (input, ctx) => {
    firstRunRefusal(ctx);
    const user = await createFirstManager(ctx.core.db, input, ctx.address);
    return startSession(ctx, user);
  },

  'auth.login': async (input, ctx) => {
    const { core } = ctx;
    const userKey = input.username.toLowerCase();
    const wait = Math.max(core.throttle.user.retryAfter(userKey), core.throttle.address.retryAfter(ctx.address));
    const audit = (outcome: 'ok' | 'refused', reason?: string, userId?: string) =>
      appendAudit(core.db, { userId: userId ?? null, username: input.username, action: 'auth.login', outcome, detail: reason ? { reason } : {}, address: ctx.address });
    deviceRefusal(ctx, input.username);
    if (wait > 0) {
      audit('refused', 'throttled');
      const seconds = Math.ceil(wait / 1000);
      throw new ApiError('RATE_LIMITED', `Too many wrong PINs. Try again in ${seconds} seconds.`, { retryAfterSeconds: seconds });
    }
    const user = findUserByUsername(core.db, input.username);
    const matches = await verifySecret(input.secret, user?.secretHash ?? UNKNOWN_USER_HASH);
    if (!user || !matches || !user.active) {
      core.throttle.user.recordFailure(userKey);
      core.throttle.address.recordFailure(ctx.address);
      audit('refused', !user ? 'unknown_user' : !matches ? 'wrong_secret' : 'inactive', user?.id);
      throw new ApiError('INVALID_CREDENTIALS', 'Wrong username or PIN, or the account is deactivated.');
    }
    roleRefusal(ctx, user);
    core.throttle.user.recordSuccess(userKey);
    audit('ok', undefined, user.id);
    return startSession(ctx, toSummary(user));
  },

  'auth.logout': (_input, ctx) => {
    const session = requireUser(ctx);
    ctx.core.sessions.end(session.tokenHash);
    ctx.clearSessionCookie();
    appendAudit(ctx.core.db, { userId: session.user.id, username: session.user.username, action: 'auth.logout', outcome: 'ok', address: ctx.address });
    return { ok: true };
  },

  'auth.session': (_input, ctx) => (ctx.session ? { user: toSummary(ctx.session.user), expiresAt: ctx.session.expiresAt } : null),

  'users.list': (_input, ctx) => listUsers(ctx.core.db).map(toSummary),

  'users.create': async (input, ctx) => {
    const user = await createUser(ctx.core.db, input, ctx.actor);
    ctx.core.events.publish('users.changed', { userId: user.id });
    return user;
  },

  'users.resetSecret': async (input, ctx) => {
    await resetSecret(ctx.core.db, input.userId, input.secret, ctx.actor);
    ctx.core.events.publish('users.changed', { userId: input.userId });
    return { ok: true };
  },

  'users.setActive': (input, ctx) => {
    const user = setUserActive(ctx.core.db, input.userId, input.active, ctx.actor);
    ctx.core.events.publish('users.changed', { userId: user.id });
    return user;
  },
};
