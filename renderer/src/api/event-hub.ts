import type { EventMap, EventName } from '../../../electron/server/contract';

type Listener = (data: unknown) => void;

const listeners = new Map<EventName, Set<Listener>>();
const attached = new Set<EventName>();
let source: EventSource | null = null;

function attach(name: EventName): void {
  if (!source || attached.has(name)) return;
  attached.add(name);
  source.addEventListener(name, (event: MessageEvent<string>) => {
    const data: unknown = JSON.parse(event.data);
    for (const listener of listeners.get(name) ?? []) listener(data);
  });
}

/**
 * Opens the one event stream of this window (the frame does, once logged in); every screen listens on it
 * with `onEvent`, so a window never holds more than one connection. EventSource reconnects by itself;
 * `hello` arrives on every (re)connect, so a screen that listens to it can reload what it may have missed.
 */
export function connectEvents(onStatus: (live: boolean) => void): () => void {
  const stream = new EventSource('/api/events');
  source = stream;
  attached.clear();
  for (const name of listeners.keys()) attach(name);
  stream.onopen = () => onStatus(true);
  stream.onerror = () => onStatus(false);
  return () => {
    stream.close();
    if (source === stream) source = null;
    onStatus(false);
  };
}

/** Listens to one event on the window's stream (also across reconnects); returns the unsubscribe. */
export function onEvent<K extends EventName>(name: K, handler: (data: EventMap[K]) => void): () => void {
  const listener = handler as Listener;
  let set = listeners.get(name);
  if (!set) {
    set = new Set();
    listeners.set(name, set);
  }
  set.add(listener);
  attach(name);
  return () => set.delete(listener);
}
