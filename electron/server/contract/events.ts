import type { Role } from './procedure';
import type { SyncProgressView, SyncStatusView } from './sync';
import type { StorageStatus } from './storage';
import type { SeatChange } from '../../boxoffice/catalog/seat-map-codec';

/**
 * Server → UI pushes over the one SSE stream (`GET /api/events`), by event name.
 * Domains add their events here; each names the roles that receive it.
 */
export interface EventMap {
  /** Sent once on connect, so the UI knows the stream is live. */
  hello: { serverTime: number };
  /** The user list changed (a manager's People screen refreshes). */
  'users.changed': { userId: string };
  /**
   * Seats of a session were held, released, sold or refunded: open seat maps apply `changes` in place (the seats as
   * they are now), or fetch the status again when there are none or when `seq` is not the next of their `feed`.
   */
  'seats.changed': { sessionId: string; feed?: string; seq?: number; changes?: SeatChange[] };
  /** Someone was admitted to (or left) the session: gate counters and charts refresh. Folded: at most one per session every 250 ms during a rush, naming the gate of the latest. */
  'gate.admitted': { sessionId: string; gateName: string };
  /** A backup replaced the live data: every window reloads what it shows. */
  'system.restored': { backup: string };
  /** The sync status changed (at most a few a second): every window's badge. */
  'sync.status': SyncStatusView;
  /** Progress of a manual "sync now", and once more when it ends. */
  'sync.progress': SyncProgressView;
  /** The database's disk changed level (low, critical, full, freed) or a lock or unhandled error was seen. */
  'storage.changed': StorageStatus;
  /** A device was paired or revoked: the manager's device list refreshes. */
  'devices.changed': { deviceId: string };
}

export type EventName = keyof EventMap;

export const EVENT_AUDIENCE: { [K in EventName]: readonly Role[] } = {
  hello: ['manager', 'clerk', 'gate'],
  'users.changed': ['manager'],
  'seats.changed': ['manager', 'clerk'],
  'gate.admitted': ['manager', 'gate'],
  'system.restored': ['manager', 'clerk', 'gate'],
  'sync.status': ['manager', 'clerk', 'gate'],
  'sync.progress': ['manager'],
  'storage.changed': ['manager'],
  'devices.changed': ['manager'],
};
