import type { DeviceRow } from '../../../db/devices';
import type { LiveSession } from '../auth/session-store';
import type { Core } from '../core';
import type { RequestFacts } from '../http/request-facts';
import { isLoopbackAddress, isLoopbackHost } from './addresses';
import { deviceOfCredential } from './devices';

export const SESSION_COOKIE = 'bo_session';
export const DEVICE_COOKIE = 'bo_device';

/** Who is on the other end of a request: the core's own PC, or a device on the venue network (paired or not). */
export interface Client {
  /** The core's own PC: a loopback peer (naming a loopback host, when the venue network is served). */
  local: boolean;
  /** The paired device its credential names; a revoked one too (`revokedAt` set), so it can be told. */
  device: DeviceRow | null;
  address: string;
  /** Whether the request came over TLS (cookies are then marked Secure). */
  secure: boolean;
}

/** A live paired device, or null (none, or revoked). */
export const liveDevice = (client: Client): DeviceRow | null => (client.device && client.device.revokedAt === null ? client.device : null);

export function identifyClient(request: RequestFacts, core: Core): Client {
  const { address } = request;
  // Through a loopback-bound core every peer is this PC. Serving the venue network, a browser on this PC that uses the
  // LAN name is treated like any device: the same rules for every address a device can use.
  const local = isLoopbackAddress(address) && (!core.network.https || isLoopbackHost(request.header('host')));
  const device = local ? null : (deviceOfCredential(core.db, request.cookie(DEVICE_COOKIE), address, core.clock()) ?? null);
  return { local, device, address, secure: request.secure };
}

/**
 * The login a request carries, if it is valid from this client: a login made on the core's own PC is valid only
 * there, and a login made on a paired device only with that device's credential (a copied cookie is refused).
 */
export function sessionOf(request: RequestFacts, core: Core, client: Client): { session: LiveSession | null; refusal: 'session_other_device' | null } {
  const session = core.sessions.resolve(request.cookie(SESSION_COOKIE)) ?? null;
  if (!session) return { session: null, refusal: null };
  const here = client.local ? null : (liveDevice(client)?.id ?? undefined);
  return session.deviceId === here ? { session, refusal: null } : { session: null, refusal: 'session_other_device' };
}
