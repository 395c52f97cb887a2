import { statement } from './statements';
import type { Db } from './open';
import { noteAuthChange } from './auth-stamp';
import type { Role } from './roles';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  secretHash: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

interface RawUser {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  secret_hash: string;
  active: number;
  created_at: number;
  updated_at: number;
}

const toUser = (row: RawUser): UserRow => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  secretHash: row.secret_hash,
  active: row.active === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function countUsers(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function findUserByUsername(db: Db, username: string): UserRow | undefined {
  const row = statement(db, 'SELECT * FROM users WHERE username = ?').get(username) as RawUser | undefined;
  return row && toUser(row);
}

export function findUserById(db: Db, id: string): UserRow | undefined {
  const row = statement(db, 'SELECT * FROM users WHERE id = ?').get(id) as RawUser | undefined;
  return row && toUser(row);
}

export function listUsers(db: Db): UserRow[] {
  return (statement(db, 'SELECT * FROM users ORDER BY active DESC, role, username').all() as RawUser[]).map(toUser);
}

export function insertUser(db: Db, user: Omit<UserRow, 'updatedAt'>): void {
  statement(
    db,
    `INSERT INTO users (id, username, display_name, role, secret_hash, active, created_at, updated_at)
     VALUES (@id, @username, @displayName, @role, @secretHash, @active, @createdAt, @createdAt)`,
  ).run({ ...user, active: user.active ? 1 : 0 });
}

export function updateUser(
  db: Db,
  id: string,
  changes: Partial<Pick<UserRow, 'displayName' | 'role' | 'secretHash' | 'active'>>,
  now: number,
): void {
  const current = findUserById(db, id);
  if (!current) return;
  const next = { ...current, ...changes };
  statement(
    db,
    `UPDATE users SET display_name = ?, role = ?, secret_hash = ?, active = ?, updated_at = ? WHERE id = ?`,
  ).run(next.displayName, next.role, next.secretHash, next.active ? 1 : 0, now, id);
  noteAuthChange(db);
}
