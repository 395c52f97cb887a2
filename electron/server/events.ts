import type { Role } from '../../db/roles';
import { EVENT_AUDIENCE, type EventMap, type EventName } from './contract/events';

export interface EventListener {
  role: Role;
  userId: string;
  send(name: EventName, data: unknown): void;
  /** The paired device the stream's login was made on (null on the core's own PC), and how to end the stream. */
  deviceId?: string | null;
  end?: () => void;
}

/** The typed fan-out behind `GET /api/events`: each listener receives only what its role may see. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish<K extends EventName>(name: K, data: EventMap[K]): void {
    const audience = EVENT_AUDIENCE[name];
    for (const listener of this.listeners) {
      if (audience.includes(listener.role)) listener.send(name, data);
    }
  }

  /** Ends the streams of one user (logout, deactivation, PIN reset). */
  disconnectUser(userId: string, close: (listener: EventListener) => void): void {
    for (const listener of this.listeners) if (listener.userId === userId) close(listener);
  }

  /** Ends at once every stream of a revoked device. */
  disconnectDevice(deviceId: string): void {
    for (const listener of this.listeners) if (listener.deviceId === deviceId) listener.end?.();
  }

  get size(): number {
    return this.listeners.size;
  }
}
