import { useEffect } from 'react';
import { KeyLine, type Typed } from './key-line';

// One line for the gate screen: a device's send can cross from one field to another (see KeyLine).
const line = new KeyLine();

const onKeyDown = (event: KeyboardEvent) => line.key(event.key, event.timeStamp, event.ctrlKey || event.metaKey || event.altKey);

/** While the scanning screen is up, every key on it goes into the line, before any field handles it. */
export function useKeyLine(): void {
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

/** What a gate field's submit sends: its value, or the whole send when the value is only its tail. */
export const takeTyped = (value: string): Typed => line.take(value, performance.now());
