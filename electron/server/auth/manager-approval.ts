// A manager approving a clerk's action at the window with their PIN (a manual discount): checked like a login,
// counted before the check, one at a time, locked per source (login-guard.ts), so a PIN cannot be guessed here either.
import { appendAudit } from '../../../db/audit';
import { findUserByUsername } from '../../../db/users';
import { BoxOfficeError } from '../../boxoffice/errors';
import type { RequestContext } from '../procedures/context';
import { loginSource } from './login-source';
import { UNKNOWN_USER_HASH, verifySecret } from './secret-hash';

/** The approving manager's user id, or a refusal (audited either way, with what was approved). */
export async function managerApproval(ctx: RequestContext, approval: { username: string; pin: string }, action: string): Promise<string> {
  const { core } = ctx;
  const ticket = core.logins.begin({ username: approval.username, source: loginSource({ address: ctx.address, deviceId: ctx.client.device?.id ?? null }), address: ctx.address, knownSource: true });
  if ('reason' in ticket) throw new BoxOfficeError('RATE_LIMITED', 'Too many wrong PINs. Try again later.', { retryAfterSeconds: Math.max(1, Math.ceil(ticket.retryAfterMs / 1000)) });
  let ok = false;
  try {
    const user = findUserByUsername(core.db, approval.username);
    const matches = await verifySecret(approval.pin, user?.secretHash ?? UNKNOWN_USER_HASH);
    const approved = user !== undefined && matches && user.active && user.role === 'manager';
    appendAudit(core.db, {
      userId: ctx.actor.userId,
      username: ctx.actor.username,
      action: 'manager.approve',
      target: user?.id ?? null,
      outcome: approved ? 'ok' : 'refused',
      detail: { action, approver: approval.username },
      address: ctx.address,
    });
    if (!approved) throw new BoxOfficeError('MANUAL_DISCOUNT_APPROVAL', 'Only an active manager’s username and PIN approve this: check them and try again.', { field: 'manualDiscount.approval.pin' });
    ok = true;
    return user.id;
  } finally {
    ticket.finish(ok);
  }
}
