import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { UnboundHeldList } from '../../../../electron/server/contract';
import { UnboundCountdown } from './UnboundCountdown';

/**
 * At the top of the performances: every large session's held tickets still without a named holder, soonest
 * deadline first, so a manager sees them without opening each performance. Nothing is shown when none are left.
 */
export function UnboundOverview() {
  const [list, setList] = useState<UnboundHeldList | null>(null);
  useEffect(() => {
    let live = true;
    // A failure leaves the overview out; each performance's panel shows its own countdown and errors.
    call('held.unbound', {}).then(
      (loaded) => {
        if (live) setList(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const sessions = list?.sessions.filter((session) => session.unboundCount > 0) ?? [];
  if (sessions.length === 0) return null;
  return (
    <div className="card" data-testid="unbound-overview">
      <UnboundCountdown sessions={sessions} headingId="unbound-overview-title" />
    </div>
  );
}
