import { randomBytes } from 'node:crypto';
import { memoryDb } from '../../helpers/memory-db';
import type { Db } from '../../../db/open';
import type { Role } from '../../../db/roles';
import { createPersonalDataCipher, type PersonalDataCipher } from '../../../electron/boxoffice/personal-data/cipher';
import type { DomainContext } from '../../../electron/boxoffice/context';

/** 2025-06-01 12:00 China time. */
export const T0 = Date.UTC(2025, 5, 1, 4, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface TestWorld {
  db: Db;
  cipher: PersonalDataCipher;
  clock: { now: number };
  /** A context acting as the given user (created on first use). */
  as(username: string, role?: Role | null): DomainContext;
  manager: DomainContext;
  clerk: DomainContext;
  gate: DomainContext;
  system: DomainContext;
}

export function insertUser(db: Db, username: string, role: Role): string {
  const id = `usr_${username}`;
  db.prepare(
    `INSERT OR IGNORE INTO users (id, username, display_name, role, secret_hash, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 0, 0)`,
  ).run(id, username, username, role);
  return id;
}

/** An in-memory box office with a manager, a clerk and a gate user, and a clock the test moves. */
export function testWorld(db: Db = memoryDb(), key: Buffer = randomBytes(32)): TestWorld {
  const cipher = createPersonalDataCipher(key);
  const clock = { now: T0 };
  const as = (username: string, role: Role | null = 'clerk'): DomainContext => {
    const userId = role === null ? null : insertUser(db, username, role);
    return { db, cipher, clock: () => clock.now, actor: { userId, username, role, address: '127.0.0.1' } };
  };
  return { db, cipher, clock, as, manager: as('manager', 'manager'), clerk: as('clerk', 'clerk'), gate: as('gate', 'gate'), system: as('system', null) };
}
