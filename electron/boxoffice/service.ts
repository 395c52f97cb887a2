import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import type { Role } from '../../db/roles';
import { appendAudit } from '../../db/audit';
import type { DomainContext } from './context';
import { BoxOfficeError } from './errors';

/** Refuses unless the actor holds one of the roles (the system actor, role null, may do everything). */
export function requireRole(ctx: DomainContext, roles: readonly Role[], action: string): void {
  const role = ctx.actor.role;
  if (role !== null && !roles.includes(role)) {
    throw new BoxOfficeError('FORBIDDEN', `Your role (${role}) may not ${action}.`, { role, allowed: roles });
  }
  if (role === null && ctx.actor.userId !== null) throw new BoxOfficeError('FORBIDDEN', `You may not ${action}.`);
}

// One transaction wrapper per connection: db.transaction() builds five wrapper functions each call, measurable on
// the gate's path (a scan is ~0.1 ms). better-sqlite3 still nests an inner call as a savepoint.
const runners = new WeakMap<Db, Database.Transaction<(work: () => unknown) => unknown>>();

/** Runs `work` as one immediate transaction: business rows, outbox rows and audit together, or nothing. */
export function inTransaction<T>(ctx: DomainContext, work: () => T): T {
  let runner = runners.get(ctx.db);
  if (!runner) {
    runner = ctx.db.transaction((inner: () => unknown) => inner());
    runners.set(ctx.db, runner);
  }
  return runner.immediate(work) as T;
}

/** Appends the audit row of a person's action (call inside the transaction); never personal data in `detail`. */
export function audit(ctx: DomainContext, action: string, target: string | null, detail: Record<string, unknown> = {}): void {
  appendAudit(ctx.db, {
    at: ctx.clock(),
    userId: ctx.actor.userId,
    username: ctx.actor.username,
    action,
    target,
    outcome: 'ok',
    detail,
    address: ctx.actor.address,
  });
}
