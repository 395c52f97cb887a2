import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { SessionListItem } from '../../../../electron/server/contract';

/** The session of an order (large mode, binding deadline), read once; null while loading or when not asked. */
export function useSessionFacts(sessionId: string | null): SessionListItem | null {
  const [facts, setFacts] = useState<SessionListItem | null>(null);
  useEffect(() => {
    if (sessionId === null) return;
    let live = true;
    call('sessions.get', { sessionId }).then(
      (session) => live && setFacts(session),
      // Without the facts the window simply offers no binding: the order screen itself still works.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [sessionId]);
  return facts?.id === sessionId ? facts : null;
}
