// Pure (no DOM but the store given): exits judged offline, kept until the core has stored them. Few per device
// (people leaving while the link is down), so a small list in localStorage, beside the gate's setup.
import type { KeyValueStore } from '../setup/setup-storage';

export interface QueuedExit {
  clientId: string;
  code: string;
  exitedAt: number;
  gateName: string;
}

export const EXIT_QUEUE_KEY = 'boxoffice.gate.exits';

export function readExits(store: KeyValueStore): QueuedExit[] {
  try {
    const value: unknown = JSON.parse(store.getItem(EXIT_QUEUE_KEY) ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (e): e is QueuedExit =>
        typeof e === 'object' && e !== null && typeof (e as QueuedExit).clientId === 'string' && typeof (e as QueuedExit).code === 'string' &&
        typeof (e as QueuedExit).exitedAt === 'number' && typeof (e as QueuedExit).gateName === 'string',
    );
  } catch {
    return [];
  }
}

export function writeExits(store: KeyValueStore, exits: readonly QueuedExit[]): void {
  try {
    store.setItem(EXIT_QUEUE_KEY, JSON.stringify(exits));
  } catch {
    // A full quota: the exits last until the page is reloaded (the person is out either way).
  }
}
