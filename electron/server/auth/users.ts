import { newId } from '../../../db/ids';
import type { Db } from '../../../db/open';
import { countUsers, findUserById, findUserByUsername, insertUser, listUsers, updateUser, type UserRow } from '../../../db/users';
import type { Role } from '../../../db/roles';
import { appendAudit } from '../../../db/audit';
import { deleteAuthSessionsOfUser } from '../../../db/auth-sessions';
import { hashSecret } from './secret-hash';
import { MANAGER_PIN_MESSAGE } from './pin-policy';
import { BoxOfficeError } from '../../boxoffice/errors';
import type { Actor } from './actor';
import type { UserSummary } from '../contract/auth';

/** A manager's new PIN that is too short: refused naming the field (at the API; the demo and tests make short ones on purpose). */
export function managerPinRefusal(): BoxOfficeError {
  return new BoxOfficeError('VALIDATION', `secret: ${MANAGER_PIN_MESSAGE}`, { issues: [{ path: 'secret', message: MANAGER_PIN_MESSAGE }] });
}

export function toSummary(user: UserRow): UserSummary {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, active: user.active };
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  secret: string;
}

/** Creates a user; refuses a taken username. Audited as `user.create` by `actor`. */
export async function createUser(db: Db, input: NewUser, actor: Actor, now = Date.now()): Promise<UserSummary> {
  const secretHash = await hashSecret(input.secret);
  const id = newId('usr_');
  db.transaction(() => {
    if (findUserByUsername(db, input.username)) throw new BoxOfficeError('CONFLICT', `The username "${input.username}" is already taken.`, { field: 'username' });
    insertUser(db, { id, username: input.username, displayName: input.displayName, role: input.role, secretHash, active: true, createdAt: now });
    appendAudit(db, { at: now, userId: actor.userId, username: actor.username, action: 'user.create', target: id, outcome: 'ok', detail: { username: input.username, role: input.role }, address: actor.address });
  }).immediate();
  const created = findUserById(db, id);
  if (!created) throw new BoxOfficeError('INTERNAL', 'The user was not saved.');
  return toSummary(created);
}

/**
 * The very first account: only possible while the database has no users at all,
 * checked inside the write transaction so two first-run screens cannot both succeed.
 */
export async function createFirstManager(db: Db, input: Omit<NewUser, 'role'>, address: string, now = Date.now()): Promise<UserSummary> {
  const secretHash = await hashSecret(input.secret);
  const id = newId('usr_');
  db.transaction(() => {
    if (countUsers(db) > 0) throw new BoxOfficeError('ALREADY_SET_UP', 'This box office already has users: log in instead.');
    insertUser(db, { id, username: input.username, displayName: input.displayName, role: 'manager', secretHash, active: true, createdAt: now });
    appendAudit(db, { at: now, userId: id, username: input.username, action: 'setup.first_manager', target: id, outcome: 'ok', address });
  }).immediate();
  const created = findUserById(db, id);
  if (!created) throw new BoxOfficeError('INTERNAL', 'The user was not saved.');
  return toSummary(created);
}

export async function resetSecret(db: Db, userId: string, secret: string, actor: Actor, now = Date.now()): Promise<void> {
  const secretHash = await hashSecret(secret);
  db.transaction(() => {
    if (!findUserById(db, userId)) throw new BoxOfficeError('NOT_FOUND', 'No such user.');
    updateUser(db, userId, { secretHash }, now);
    // A reset PIN ends every open login of that user: whoever knew the old one is out.
    deleteAuthSessionsOfUser(db, userId);
    appendAudit(db, { at: now, userId: actor.userId, username: actor.username, action: 'user.reset_secret', target: userId, outcome: 'ok', address: actor.address });
  }).immediate();
}

export function setUserActive(db: Db, userId: string, active: boolean, actor: Actor, now = Date.now()): UserSummary {
  return db.transaction(() => {
    const user = findUserById(db, userId);
    if (!user) throw new BoxOfficeError('NOT_FOUND', 'No such user.');
    if (!active && user.id === actor.userId) throw new BoxOfficeError('CONFLICT', 'You cannot deactivate your own account.');
    if (!active && user.role === 'manager' && listUsers(db).filter((u) => u.role === 'manager' && u.active).length <= 1) {
      throw new BoxOfficeError('CONFLICT', 'The last active manager cannot be deactivated.');
    }
    updateUser(db, userId, { active }, now);
    if (!active) deleteAuthSessionsOfUser(db, userId);
    appendAudit(db, { at: now, userId: actor.userId, username: actor.username, action: active ? 'user.activate' : 'user.deactivate', target: userId, outcome: 'ok', address: actor.address });
    return toSummary({ ...user, active });
  }).immediate();
}
