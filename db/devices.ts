import { statement } from './statements';
import type { Db } from './open';
import { noteAuthChange } from './auth-stamp';

export type DeviceKind = 'window' | 'gate';

export interface DeviceRow {
  id: string;
  name: string;
  kind: DeviceKind;
  gateName: string | null;
  pairedAt: number;
  pairedBy: string | null;
  lastAddress: string | null;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

interface RawDevice {
  id: string;
  name: string;
  kind: DeviceKind;
  gate_name: string | null;
  paired_at: number;
  paired_by: string | null;
  last_address: string | null;
  last_seen_at: number | null;
  revoked_at: number | null;
}

const DEVICE_COLUMNS = 'id, name, kind, gate_name, paired_at, paired_by, last_address, last_seen_at, revoked_at';

const toDevice = (row: RawDevice): DeviceRow => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  gateName: row.gate_name,
  pairedAt: row.paired_at,
  pairedBy: row.paired_by,
  lastAddress: row.last_address,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
});

export function insertDevice(db: Db, row: { id: string; name: string; kind: DeviceKind; gateName: string | null; tokenHash: string; pairedAt: number; pairedBy: string | null; address: string }): void {
  statement(
    db,
    `INSERT INTO devices (id, name, kind, gate_name, token_hash, paired_at, paired_by, last_address, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.name, row.kind, row.gateName, row.tokenHash, row.pairedAt, row.pairedBy, row.address, row.pairedAt);
}

export function findDeviceByTokenHash(db: Db, tokenHash: string): DeviceRow | undefined {
  const row = statement(db, `SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`).get(tokenHash) as RawDevice | undefined;
  return row && toDevice(row);
}

export function findDevice(db: Db, id: string): DeviceRow | undefined {
  const row = statement(db, `SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ?`).get(id) as RawDevice | undefined;
  return row && toDevice(row);
}

/** Live devices first, then revoked ones (kept for the record), newest first within each. */
export function listDevices(db: Db): DeviceRow[] {
  return (statement(db, `SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY revoked_at IS NOT NULL, paired_at DESC`).all() as RawDevice[]).map(toDevice);
}

export function touchDevice(db: Db, id: string, address: string, at: number): void {
  statement(db, 'UPDATE devices SET last_address = ?, last_seen_at = ? WHERE id = ?').run(address, at, id);
}

export function revokeDevice(db: Db, id: string, at: number, by: string | null): boolean {
  noteAuthChange(db);
  return statement(db, 'UPDATE devices SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(at, by, id).changes === 1;
}

export function deleteSessionsOfDevice(db: Db, deviceId: string): number {
  noteAuthChange(db);
  return statement(db, 'DELETE FROM auth_sessions WHERE device_id = ?').run(deviceId).changes;
}

export interface PairingCodeRow {
  codeHash: string;
  kind: DeviceKind;
  gateName: string | null;
  deviceName: string;
  createdAt: number;
  createdBy: string | null;
  expiresAt: number;
  usedAt: number | null;
}

export function insertPairingCode(db: Db, row: Omit<PairingCodeRow, 'usedAt'>): void {
  statement(
    db,
    `INSERT INTO pairing_codes (code_hash, kind, gate_name, device_name, created_at, created_by, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.codeHash, row.kind, row.gateName, row.deviceName, row.createdAt, row.createdBy, row.expiresAt);
}

export function findPairingCode(db: Db, codeHash: string): PairingCodeRow | undefined {
  const row = statement(db, 'SELECT code_hash, kind, gate_name, device_name, created_at, created_by, expires_at, used_at FROM pairing_codes WHERE code_hash = ?').get(codeHash) as
    | { code_hash: string; kind: DeviceKind; gate_name: string | null; device_name: string; created_at: number; created_by: string | null; expires_at: number; used_at: number | null }
    | undefined;
  return (
    row && {
      codeHash: row.code_hash,
      kind: row.kind,
      gateName: row.gate_name,
      deviceName: row.device_name,
      createdAt: row.created_at,
      createdBy: row.created_by,
      expiresAt: row.expires_at,
      usedAt: row.used_at,
    }
  );
}

/** Marks a code used by a device; false when it was already used (two devices racing for one code). */
export function usePairingCode(db: Db, codeHash: string, deviceId: string, at: number): boolean {
  return statement(db, 'UPDATE pairing_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL').run(at, deviceId, codeHash).changes === 1;
}
