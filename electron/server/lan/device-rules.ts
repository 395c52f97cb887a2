import { appendAudit } from '../../../db/audit';
import type { UserRow } from '../../../db/users';
import { BoxOfficeError } from '../../boxoffice/errors';
import type { RequestContext } from '../procedures/context';
import { ROLES_OF_KIND } from './devices';

const ROLE_NAMES = { manager: 'A manager', clerk: 'A clerk', gate: 'Gate staff' } as const;

/** Only the core's own PC creates the first manager: on a fresh database, anyone on the venue Wi-Fi could otherwise. */
export function firstRunRefusal(ctx: RequestContext): void {
  if (ctx.client.local) return;
  ctx.core.refusals.record({ action: 'setup.first_manager', reason: 'not_local', address: ctx.address });
  throw new BoxOfficeError('LOCAL_ONLY', "The first manager is created on the core's own PC (the computer running boxoffice), not from the venue network.");
}

/** Before any PIN is checked: a device on the venue network must be paired, and not revoked. */
export function deviceRefusal(ctx: RequestContext, username: string): void {
  const { client } = ctx;
  if (client.local || (client.device && client.device.revokedAt === null)) return;
  const revoked = client.device !== null;
  ctx.core.refusals.record({ username, action: 'auth.login', reason: revoked ? 'device_revoked' : 'device_not_paired', detail: { deviceId: client.device?.id ?? null }, address: client.address });
  if (revoked) throw new BoxOfficeError('DEVICE_REVOKED', 'A manager revoked this device: pair it again with a new code before logging in.');
  throw new BoxOfficeError('DEVICE_NOT_PAIRED', 'This device is not paired with the box office: a manager creates a pairing code in Manage → Devices.');
}

/** After the PIN: a gate tablet is for gate staff, a window PC for clerks and managers. */
export function roleRefusal(ctx: RequestContext, user: UserRow): void {
  const device = ctx.client.device;
  if (ctx.client.local || !device || ROLES_OF_KIND[device.kind].includes(user.role)) return;
  appendAudit(ctx.core.db, { userId: user.id, username: user.username, action: 'auth.login', outcome: 'refused', detail: { reason: 'device_role', deviceId: device.id, kind: device.kind }, address: ctx.address });
  throw new BoxOfficeError('DEVICE_ROLE', `${ROLE_NAMES[user.role]} may not log in on this ${device.kind === 'gate' ? 'gate device' : 'window PC'} ("${device.name}").`, { role: user.role, kind: device.kind });
}
