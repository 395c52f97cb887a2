import { z } from 'zod';
import { procedure, MANAGER } from './procedure';

export type DeviceKind = 'window' | 'gate';

/** A device paired to the venue network, as managers see it. */
export interface DeviceView {
  id: string;
  name: string;
  kind: DeviceKind;
  /** The gate a gate device checks tickets in at; null for a window PC. */
  gateName: string | null;
  pairedAt: number;
  lastAddress: string | null;
  lastSeenAt: number | null;
  /** Set once a manager revoked it: its credential and every login on it stopped working then. */
  revokedAt: number | null;
}

/** How devices reach the core: HTTPS addresses and the certificate fingerprint they should see. */
export interface VenueNetworkView {
  https: boolean;
  fingerprint: string | null;
  urls: string[];
}

/** What the page asking knows about itself: the core's own PC, or a device (paired, revoked or not yet paired). */
export interface ThisDeviceView {
  local: boolean;
  device: DeviceView | null;
  /** The credential this browser holds names a revoked device. */
  revoked: boolean;
  fingerprint: string | null;
}

export interface PairingCodeView {
  /** XXXX-XXXX, to type; valid once, until `expiresAt`. */
  code: string;
  expiresAt: number;
  network: VenueNetworkView;
}

/** What a pairing QR code holds: the HTTPS address to open, the code, and the certificate fingerprint to expect. */
export function pairingLink(url: string, code: string, fingerprint: string | null): string {
  const params = new URLSearchParams({ pair: code, ...(fingerprint ? { fp: fingerprint } : {}) });
  return `${url.replace(/\/?$/, '/')}#${params.toString()}`;
}

/** The pairing code and fingerprint a pairing link carries in its fragment (never sent to the server in a URL). */
export function readPairingLink(hash: string): { code: string | null; fingerprint: string | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { code: params.get('pair'), fingerprint: params.get('fp') };
}

const kind = z.enum(['window', 'gate']);
const gateName = z.string().trim().min(1).max(20);
const deviceName = z.string().trim().min(1).max(40);

export const deviceProcedures = {
  /** Public: the pairing screen asks whether this browser is paired, revoked, or the core's own PC. */
  'devices.self': procedure<ThisDeviceView>()({ roles: 'public', input: z.object({}) }),
  /** Public: a device exchanges a one-time code for its credential (an HttpOnly, Secure cookie). */
  'devices.pair': procedure<DeviceView>()({ roles: 'public', input: z.object({ code: z.string().trim().min(4).max(20) }) }),
  'devices.list': procedure<{ network: VenueNetworkView; devices: DeviceView[] }>()({ roles: MANAGER, input: z.object({}) }),
  'devices.createPairingCode': procedure<PairingCodeView>()({
    roles: MANAGER,
    input: z.discriminatedUnion('kind', [z.object({ kind: z.literal('gate'), gateName, deviceName }), z.object({ kind: z.literal('window'), deviceName })]),
  }),
  'devices.revoke': procedure<DeviceView>()({ roles: MANAGER, input: z.object({ deviceId: z.string().min(1) }) }),
};

export const deviceSchemas = { kind, gateName, deviceName };
