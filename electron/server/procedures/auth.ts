import type { authProcedures } from '../contract/auth';
import { appendAudit, loggedInFrom } from '../../../db/audit';
import { countUsers, findUserById, findUserByUsername, listUsers } from '../../../db/users';
import { loginSource } from '../auth/login-source';
import { strongEnoughForManager } from '../auth/pin-policy';
import { UNKNOWN_USER_HASH, verifySecret } from '../auth/secret-hash';
import { createFirstManager, createUser, managerPinRefusal, resetSecret, setUserActive, toSummary } from '../auth/users';
import { BoxOfficeError } from '../../boxoffice/errors';
import { requireUser, type Handlers, type RequestContext } from './context';
import type { SessionInfo, UserSummary } from '../contract/auth';
import { deviceRefusal, firstRunRefusal, roleRefusal } from '../lan/device-rules';

/** A device a user logged in from within this time is theirs: the per-username slow-down does not apply to it. */
const KNOWN_SOURCE_MS = 90 * 24 * 3_600_000;

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
    const now = core.clock();
    // Before anything is counted or checked: a device on the venue network must be paired and not revoked.
    deviceRefusal(ctx, input.username);
    const attempt = {
      username: input.username,
      source: loginSource({ address: ctx.address, deviceId: ctx.client.device?.id ?? null }),
      address: ctx.address,
      knownSource: loggedInFrom(core.db, input.username, ctx.address, now - KNOWN_SOURCE_MS),
    };
    const ticket = core.logins.begin(attempt);
    if ('reason' in ticket) {
      core.refusals.record({ action: 'auth.login', username: input.username, reason: ticket.reason === 'locked' ? 'throttled' : ticket.reason, address: ctx.address });
      const seconds = Math.max(1, Math.ceil(ticket.retryAfterMs / 1000));
      throw new BoxOfficeError('RATE_LIMITED', `Too many wrong PINs. Try again in ${seconds} seconds.`, { retryAfterSeconds: seconds });
    }
    let ok = false;
    try {
      const audit = (outcome: 'ok' | 'refused', reason?: string, userId?: string) =>
        appendAudit(core.db, { userId: userId ?? null, username: input.username, action: 'auth.login', outcome, detail: reason ? { reason } : {}, address: ctx.address });
      const user = findUserByUsername(core.db, input.username);
      const matches = await verifySecret(input.secret, user?.secretHash ?? UNKNOWN_USER_HASH);
      if (!user || !matches || !user.active) {
        audit('refused', !user ? 'unknown_user' : !matches ? 'wrong_secret' : 'inactive', user?.id);
        throw new BoxOfficeError('INVALID_CREDENTIALS', 'Wrong username or PIN, or the account is deactivated.');
      }
      // The right PIN on the wrong kind of device: the attempt still counts, as any refused one.
      roleRefusal(ctx, user);
      const session = startSession(ctx, toSummary(user));
      audit('ok', undefined, user.id);
      ok = true;
      // A manager still on a short PIN (the demo's, or one from before the rule) is asked to change it now.
      return user.role === 'manager' && !strongEnoughForManager(input.secret) ? { ...session, mustChangePin: true } : session;
    } finally {
      // The attempt was counted as failed before the check; only a login that went through gives it back.
      ticket.finish(ok);
    }
  },

  'auth.changeOwnPin': async (input, ctx) => {
    const session = requireUser(ctx);
    const { user } = session;
    if (user.role === 'manager' && !strongEnoughForManager(input.next)) throw managerPinRefusal();
    // The current PIN is checked like a login: counted first, one at a time, locked per source.
    const ticket = ctx.core.logins.begin({ username: user.username, source: loginSource({ address: ctx.address }), address: ctx.address, knownSource: true });
    if ('reason' in ticket) throw new BoxOfficeError('RATE_LIMITED', 'Too many wrong PINs. Try again later.', { retryAfterSeconds: Math.max(1, Math.ceil(ticket.retryAfterMs / 1000)) });
    let ok = false;
    try {
      if (!(await verifySecret(input.current, user.secretHash))) throw new BoxOfficeError('INVALID_CREDENTIALS', 'The current PIN is wrong.');
      ok = true;
    } finally {
      ticket.finish(ok);
    }
    // Like a reset: every login of the user ends (whoever knew the old PIN is out), then this window logs in anew.
    await resetSecret(ctx.core.db, user.id, input.next, ctx.actor);
    return startSession(ctx, toSummary(user));
  },

  'users.unlockLogin': (input, ctx) => {
    const user = findUserById(ctx.core.db, input.userId);
    if (!user) throw new BoxOfficeError('NOT_FOUND', 'There is no such user.');
    ctx.core.logins.unlock(user.username);
    appendAudit(ctx.core.db, { userId: ctx.actor.userId, username: ctx.actor.username, action: 'user.unlock_login', target: user.id, outcome: 'ok', address: ctx.address });
    return { ok: true };
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
    if (input.role === 'manager' && !strongEnoughForManager(input.secret)) throw managerPinRefusal();
    const user = await createUser(ctx.core.db, input, ctx.actor);
    ctx.core.events.publish('users.changed', { userId: user.id });
    return user;
  },

  'users.resetSecret': async (input, ctx) => {
    if (findUserById(ctx.core.db, input.userId)?.role === 'manager' && !strongEnoughForManager(input.secret)) throw managerPinRefusal();
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
