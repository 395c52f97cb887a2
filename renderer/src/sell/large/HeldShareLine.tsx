import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { LargeSessionRules, SessionListItem } from '../../../../electron/server/contract';
import { formatDateTimeShort } from '../../format';
import { Notice } from '../ui/Notice';

/**
 * The 85/15 split while complimentary or staff tickets are issued in a large session: held so far against the
 * cap (15% of the approved audience), and the holder-binding deadline. Read again whenever `version` changes.
 */
export function HeldShareLine({ session, version }: { session: SessionListItem; version: string }) {
  const { t, i18n } = useTranslation();
  const [rules, setRules] = useState<LargeSessionRules | null>(null);
  useEffect(() => {
    let live = true;
    call('large.rules', { performanceId: session.performanceId }).then(
      (view) => live && setRules(view.sessions.find((s) => s.sessionId === session.id) ?? null),
      // The figure is a help: the core still refuses what breaks the cap.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [session.performanceId, session.id, version]);

  const deadline = session.heldBindingDeadline;
  const later = deadline === null ? null : <p className="muted small">{t('large.holdersLater', { deadline: formatDateTimeShort(deadline, i18n.language) })}</p>;
  if (!rules) return later;
  if (rules.heldCap === null || rules.approvedAudience === null) return <Notice kind="warn">{t('large.heldShareNoAudience')}</Notice>;
  const left = rules.heldCap - rules.held.total;
  return (
    <div className="held-share" data-testid="held-share">
      <Notice kind={left > 0 ? 'info' : 'warn'}>
        {t('large.heldShare', { held: rules.held.total, cap: rules.heldCap, audience: rules.approvedAudience })} ·{' '}
        {left > 0 ? t('large.heldShareLeft', { left }) : t('large.heldShareFull')}
      </Notice>
      {later}
    </div>
  );
}
