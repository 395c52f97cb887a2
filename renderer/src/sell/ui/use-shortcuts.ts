import { useEffect, useEffectEvent } from 'react';

/** A key as the shortcut tables name it: "F2", "Escape", "Ctrl+Enter", "Ctrl+P", "/". */
export function keyName(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return `${event.ctrlKey || event.metaKey ? 'Ctrl+' : ''}${event.altKey ? 'Alt+' : ''}${key}`;
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
const interactive = (target: EventTarget | null) => typing(target) || (target instanceof HTMLElement && ['BUTTON', 'A'].includes(target.tagName));

export type ShortcutHandlers = Record<string, ((event: KeyboardEvent) => void) | false | undefined>;

/**
 * Window-wide shortcuts of a screen, active while it is shown. Keys a person types with ("/", letters) are
 * left to fields being typed in, a plain Enter to the focused control, and nothing fires behind an open
 * modal dialog (it has its own keys).
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const name = keyName(event);
    const handler = handlers[name];
    if (!handler) return;
    if (name.length === 1 && typing(event.target)) return;
    if (name === 'Enter' && interactive(event.target)) return;
    event.preventDefault();
    handler(event);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
