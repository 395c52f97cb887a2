import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Db } from '../../db/open';
import type { Role } from '../../db/users';
import { appendAudit } from '../../db/audit';
import type { DomainContext } from './context';
import { BOX_OFFICE_ERRORS, BoxOfficeError, type BoxOfficeErrorCode } from './errors';

export const MANAGER: readonly Role[] = ['manager'];
export const SELLERS: readonly Role[] = ['manager', 'clerk'];
export const GATE: readonly Role[] = ['manager', 'gate'];
export const ANY_ROLE: readonly Role[] = ['manager', 'clerk', 'gate'];

/**
 * Parses a service input; bad input becomes a VALIDATION refusal listing each field, and changes nothing.
 * A schema rule that carries `params.errorCode` (e.g. INVALID_ID_NUMBER) is raised with that code instead,
 * so a form and the service report the same problem, one as you type and one on submit.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const coded = result.error.issues.find((issue) => issue.code === 'custom' && isErrorCode(issue.params?.errorCode));
  if (coded?.code === 'custom') {
    const { errorCode, ...facts } = coded.params ?? {};
    const field = coded.path.map(String).join('.');
    throw new BoxOfficeError(errorCode as BoxOfficeErrorCode, coded.message, { field, ...facts, issues });
  }
  const first = issues[0];
  throw new BoxOfficeError('VALIDATION', first ? `${first.path || 'The input'}: ${first.message}` : 'The input is not valid.', { issues });
}

const isErrorCode = (value: unknown): value is BoxOfficeErrorCode => typeof value === 'string' && value in BOX_OFFICE_ERRORS;

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
