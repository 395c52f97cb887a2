import { useEffect } from 'react';
import { call } from '../../api/client';
import { useRouteStore } from '../../stores/route-store';

/**
 * A manager who opens the app at its root while there is nothing to sell (first run: no session has tickets yet)
 * lands on the setup checklist instead of an empty sale page. Once a session can be sold, the root is the sale page
 * as before, even while a later step is open (the checklist tab still shows it): a manager selling at a window on a
 * busy evening must not be taken away from it.
 */
export function useFirstRunLanding(role: string | undefined): void {
  const section = useRouteStore((state) => state.section);
  const go = useRouteStore((state) => state.go);
  useEffect(() => {
    if (role !== 'manager' || section !== null) return;
    let cancelled = false;
    call('setup.checklist', {}).then(
      (checklist) => {
        const nothingToSell = checklist.steps.some((s) => s.step === 'tickets' && !s.done);
        if (!cancelled && nothingToSell && useRouteStore.getState().section === null) go('manage', 'start');
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [role, section, go]);
}
