import type { EventMap, EventName } from '../../../electron/server/contract';

type Handlers = { [K in EventName]?: (data: EventMap[K]) => void };

/**
 * Subscribes to the core's event stream for the logged-in user. EventSource reconnects by
 * itself when the link drops; `onStatus` tells the UI whether pushes are live.
 */
export function subscribeEvents(handlers: Handlers, onStatus?: (live: boolean) => void): () => void {
  const source = new EventSource('/api/events');
  source.onopen = () => onStatus?.(true);
  source.onerror = () => onStatus?.(false);
  for (const name of Object.keys(handlers) as EventName[]) {
    source.addEventListener(name, (event: MessageEvent<string>) => {
      const handler = handlers[name] as ((data: unknown) => void) | undefined;
      handler?.(JSON.parse(event.data));
    });
  }
  return () => source.close();
}
