/** The sell section's screens, from the route's subpath (/sell/<subpath>). */
export type SellScreen = { kind: 'sessions' } | { kind: 'sale'; sessionId: string } | { kind: 'orders'; orderId: string | null } | { kind: 'shift' } | { kind: 'packages' };

export function sellScreen(subpath: string): SellScreen {
  const [first = '', second = ''] = subpath.split('/');
  if (first === 'session' && second) return { kind: 'sale', sessionId: decodeURIComponent(second) };
  if (first === 'orders') return { kind: 'orders', orderId: second ? decodeURIComponent(second) : null };
  if (first === 'shift') return { kind: 'shift' };
  if (first === 'packages') return { kind: 'packages' };
  return { kind: 'sessions' };
}

export const salePath = (sessionId: string) => `session/${encodeURIComponent(sessionId)}`;
export const orderPath = (orderId: string) => `orders/${encodeURIComponent(orderId)}`;
