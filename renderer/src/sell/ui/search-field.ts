import type { FocusEvent, KeyboardEvent } from 'react';

/**
 * A field a scanner or a shortcut fills: focusing it selects its text, so a scan or a new query replaces the last
 * one instead of being appended to it ("002X002X"); the key that focuses it (e.g. "/") selects, never types.
 */
export function searchFieldProps(shortcutKey?: string) {
  return {
    onFocus: (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select(),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (shortcutKey === undefined || event.key !== shortcutKey || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      event.currentTarget.select();
    },
  };
}
