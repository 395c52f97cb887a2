import { appendAudit } from '../../../db/audit';
import { deleteSessionsOfDevice, findDevice, findDeviceByTokenHash, findPairingCode, insertDevice, insertPairingCode, revokeDevice, touchDevice, usePairingCode, type DeviceKind, type DeviceRow } from '../../../db/devices';
import { newId, randomToken } from '../../../db/ids';
import type { Db } from '../../../db/open';
import { authStamp } from '../../../db/auth-stamp';
import type { Role } from '../../../db/roles';
import type { Actor } from '../auth/actor';
import { hashToken } from '../auth/session-store';
import { BoxOfficeError } from '../../boxoffice/errors';

/** A pairing code is shown on the manager's screen and typed or scanned within minutes, once. */
export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000;
// Writing last_seen on every request would cost a write per scan; once a minute is enough for "last seen".
const TOUCH_EVERY_MS = 60 * 1000;

/** Who may log in on a device of each kind: a gate tablet is for gate staff; a window PC for clerks and managers. */
export const ROLES_OF_KIND: Record<DeviceKind, readonly Role[]> = { window: ['manager', 'clerk'], gate: ['gate'] };

export interface NewPairingCode {
  kind: DeviceKind;
  /** Required for a gate device, absent for a window. */
  gateName: string | null;
  deviceName: string;
}

/** 8 Crockford base32 characters shown as XXXX-XXXX: 40 random bits, enough for a code that lives 10 minutes once. */
export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, as the code was issued: case, dashes and spaces ignored, O read as 0 and I/L as 1. */
export function normalizePairingCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Issues a one-time code that pairs one device of `input.kind`; only its hash is stored. */
export function createPairingCode(db: Db, input: NewPairingCode, actor: Actor, now: number): { code: string; expiresAt: number } {
  const code = randomToken(5);
  const expiresAt = now + PAIRING_CODE_TTL_MS;
  db.transaction(() => {
    insertPairingCode(db, { codeHash: hashToken(code), kind: input.kind, gateName: input.gateName, deviceName: input.deviceName, createdAt: now, createdBy: actor.userId, expiresAt });
    appendAudit(db, { at: now, userId: actor.userId, username: actor.username, action: 'device.pairing_code', outcome: 'ok', detail: { kind: input.kind, gateName: input.gateName, deviceName: input.deviceName }, address: actor.address });
  }).immediate();
  return { code: formatPairingCode(code), expiresAt };
}

/**
 * Exchanges a pairing code for a device credential (returned once, stored as a hash). An unknown, expired or
 * used code is refused, audited, and changes nothing else.
 */
export function pairDevice(db: Db, typedCode: string, address: string, now: number): { device: DeviceRow; token: string } {
  const codeHash = hashToken(normalizePairingCode(typedCode));
  type Refusal = { refused: 'PAIRING_CODE_UNKNOWN' | 'PAIRING_CODE_EXPIRED' | 'PAIRING_CODE_USED'; message: string };
  const used: Refusal = { refused: 'PAIRING_CODE_USED', message: 'This pairing code has already paired a device: ask a manager for a new one.' };
  const outcome = db.transaction((): Refusal | { device: DeviceRow; token: string } => {
    const pairing = findPairingCode(db, codeHash);
    if (!pairing) return { refused: 'PAIRING_CODE_UNKNOWN', message: 'There is no such pairing code: check it, or ask a manager for a new one.' };
    if (pairing.usedAt !== null) return used;
    if (pairing.expiresAt <= now) return { refused: 'PAIRING_CODE_EXPIRED', message: 'This pairing code has expired (codes last 10 minutes): ask a manager for a new one.' };
    const id = newId('dev_', now);
    const token = randomToken(32);
    insertDevice(db, { id, name: pairing.deviceName, kind: pairing.kind, gateName: pairing.gateName, tokenHash: hashToken(token), pairedAt: now, pairedBy: pairing.createdBy, address });
    if (!usePairingCode(db, codeHash, id, now)) throw new BoxOfficeError('INTERNAL', 'The pairing code changed while it was being used.');
    appendAudit(db, { at: now, action: 'device.pair', target: id, outcome: 'ok', detail: { kind: pairing.kind, gateName: pairing.gateName, deviceName: pairing.deviceName }, address });
    const device = findDevice(db, id);
    if (!device) throw new BoxOfficeError('INTERNAL', 'The device was not saved.');
    return { device, token };
  }).immediate();
  if ('refused' in outcome) {
    // Outside the transaction: the refusal is on record although nothing else was written.
    appendAudit(db, { at: now, action: 'device.pair', outcome: 'refused', detail: { reason: outcome.refused }, address });
    throw new BoxOfficeError(outcome.refused, outcome.message);
  }
  return outcome;
}

// Every request from a device names its credential: paired devices are kept in memory by the credential's value (a
// kept device costs no hash either; only credentials that name a device are kept), dropped whenever a revocation or
// another process may have changed them (db/auth-stamp.ts).
const knownDevices = new WeakMap<Db, { stamp: string; byToken: Map<string, DeviceRow> }>();

function knownOf(db: Db): Map<string, DeviceRow> {
  const stamp = authStamp(db);
  let known = knownDevices.get(db);
  if (known?.stamp !== stamp) {
    known = { stamp, byToken: new Map() };
    knownDevices.set(db, known);
  }
  return known.byToken;
}

/** The device a credential names (revoked ones too, so the device can be told), noting where it was last seen. */
export function deviceOfCredential(db: Db, token: string | undefined, address: string, now: number): DeviceRow | undefined {
  if (!token || token.length > 100) return undefined;
  const known = knownOf(db);
  let device = known.get(token);
  if (!device) {
    device = findDeviceByTokenHash(db, hashToken(token));
    if (!device) return undefined;
    known.set(token, device);
  }
  if (device.revokedAt !== null) return device;
  if (device.lastSeenAt === null || now - device.lastSeenAt >= TOUCH_EVERY_MS || device.lastAddress !== address) {
    touchDevice(db, device.id, address, now);
    const seen = { ...device, lastAddress: address, lastSeenAt: now };
    known.set(token, seen);
    return seen;
  }
  return device;
}

/** Revokes a device at once: its credential stops working and every login made on it ends. */
export function revokePairedDevice(db: Db, deviceId: string, actor: Actor, now: number): DeviceRow {
  return db.transaction(() => {
    const device = findDevice(db, deviceId);
    if (!device) throw new BoxOfficeError('NOT_FOUND', 'There is no such device.');
    if (!revokeDevice(db, deviceId, now, actor.userId)) throw new BoxOfficeError('CONFLICT', 'This device was already revoked.');
    const sessions = deleteSessionsOfDevice(db, deviceId);
    appendAudit(db, { at: now, userId: actor.userId, username: actor.username, action: 'device.revoke', target: deviceId, outcome: 'ok', detail: { name: device.name, sessionsEnded: sessions }, address: actor.address });
    return { ...device, revokedAt: now };
  }).immediate();
}
