// This device's own id, made once and kept (localStorage): the offline queue's uploads name it. The venue-network
// pairing will give each device a credential; its id will take this one's place.
const KEY = 'boxoffice.gate.deviceId';

/** Random letters and digits (getRandomValues works outside a secure context, unlike randomUUID). */
export function randomKey(bytes = 16): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  let text = '';
  for (const value of values) text += value.toString(16).padStart(2, '0');
  return text;
}

export function deviceId(): string {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved && /^[A-Za-z0-9_-]{8,64}$/.test(saved)) return saved;
    const made = `dev-${randomKey(12)}`;
    localStorage.setItem(KEY, made);
    return made;
  } catch {
    return `dev-${randomKey(12)}`;
  }
}
