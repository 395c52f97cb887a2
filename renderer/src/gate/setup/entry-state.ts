// Pure (no DOM): where a session's entry window stands.
export type EntryState = 'open' | 'not_open' | 'closed' | 'cancelled';

export function entryState(session: { status: string; entryOpensAt: number; entryClosesAt: number }, now: number): EntryState {
  if (session.status === 'cancelled') return 'cancelled';
  if (now < session.entryOpensAt) return 'not_open';
  return now < session.entryClosesAt ? 'open' : 'closed';
}
