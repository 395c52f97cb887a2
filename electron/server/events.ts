import type { Role } from '../../db/roles';
import { EVENT_AUDIENCE, type EventMap, type EventName } from './contract/events';

export interface EventListener {
  role: Role;
  userId: string;
  /** `frame`: the event as a server-sent-events frame, serialised once per publish for all the listeners that take it. */
  send(name: EventName, data: unknown, frame: () => string): void;
  /** The paired device the stream's login was made on (null on the core's own PC), and how to end the stream. */
  deviceId?: string | null;
  end?: () => void;
}

/** How often at most a folded event (publishFolded) goes out per key while it keeps happening. */
export const FOLD_MS = 250;

/** What the bus needs of a clock: a one-shot timer that never keeps the process alive (tests pass their own). */
export type FoldTimer = (ms: number, fire: () => void) => void;

const unrefTimer: FoldTimer = (ms, fire) => {
  setTimeout(fire, ms).unref();
};

/**
 * One event as a server-sent-events frame. JSON has no raw line breaks (they are escaped inside strings), so the data
 * is one `data:` line, and event names are fixed identifiers.
 */
export const sseFrame = (name: EventName, data: unknown): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

/** The typed fan-out behind `GET /api/events`: each listener receives only what its role may see. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();
  /** Folded keys inside their window, with the publish waiting for its end (null: nothing happened since). */
  private readonly folding = new Map<string, (() => void) | null>();

  constructor(private readonly timer: FoldTimer = unrefTimer) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish<K extends EventName>(name: K, data: EventMap[K]): void {
    const audience = EVENT_AUDIENCE[name];
    // 16 windows open on a sale's seat changes would otherwise serialise the same changes 16 times.
    let text: string | undefined;
    const frame = () => (text ??= sseFrame(name, data));
    for (const listener of this.listeners) {
      if (audience.includes(listener.role)) listener.send(name, data, frame);
    }
  }

  /** Whether any open stream would receive `name` now (what an event costs to build is then worth paying). */
  reaches(name: EventName): boolean {
    const audience = EVENT_AUDIENCE[name];
    for (const listener of this.listeners) if (audience.includes(listener.role)) return true;
    return false;
  }

  /**
   * For events that only say "look again" (counters): the first of a key after a quiet spell goes out at once, the
   * ones that follow within FOLD_MS go out as one at the window's end, with the latest data, and so on while they keep
   * coming. 16 gates admitting 3,000 people a second would otherwise write 16 × 3,000 messages a second to the gate
   * screens' streams, more than the answers to the scans themselves, for counters each screen re-reads at most every
   * two seconds.
   */
  publishFolded<K extends EventName>(name: K, key: string, data: EventMap[K]): void {
    const id = `${name} ${key}`;
    if (this.folding.has(id)) {
      this.folding.set(id, () => this.publish(name, data));
      return;
    }
    this.publish(name, data);
    this.folding.set(id, null);
    this.timer(FOLD_MS, () => this.endWindow(id));
  }

  private endWindow(id: string): void {
    const waiting = this.folding.get(id);
    if (!waiting) {
      this.folding.delete(id);
      return;
    }
    this.folding.set(id, null);
    this.timer(FOLD_MS, () => this.endWindow(id));
    try {
      waiting();
    } catch (error) {
      // A timer's error must not take the core down: the listeners' next event tells them again.
      console.error('[events] a folded event could not be sent:', error);
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
