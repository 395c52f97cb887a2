import { useRef, type KeyboardEvent } from 'react';
import { entryFromKeyTimes } from './entry-timing';

/** Watches how fast a field is filled, to tell a scanner or ID reader (device) from a person typing (manual). */
export function useEntryTiming() {
  const times = useRef<number[]>([]);
  return {
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
        // A fresh entry starts when the field is empty (after a submit, or the person cleared it).
        if (event.currentTarget.value === '') times.current = [];
        times.current.push(event.timeStamp);
      }
    },
    /** How the current value arrived; forgets it for the next one. */
    take: () => {
      const entry = entryFromKeyTimes(times.current);
      times.current = [];
      return entry;
    },
  };
}
