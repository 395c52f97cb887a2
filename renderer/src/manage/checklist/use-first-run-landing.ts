import { useEffect } from 'react';
import { call } from '../../api/client';
import { useRouteStore } from '../../stores/route-store';

/**
 * A manager who opens the app at its root (first run, or a box office not yet set up) lands on the setup checklist
 * instead of an empty sale page; once everything is set up, the root is the sale page as before.
 */
export function useFirstRunLanding(role: string | undefined): void {
  const section = useRouteStore((state) => state.section);
  const go = useRouteStore((state) => state.go);
  useEffect(() => {
    if (role !== 'manager' || section !== null) return;
    let cancelled = false;
    call('setup.checklist', {}).then(
      (checklist) => {
        if (!cancelled && checklist.next !== null && useRouteStore.getState().section === null) go('manage', 'start');
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [role, section, go]);
}
