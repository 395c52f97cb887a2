import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { useSessionStore } from '../../stores/session-store';
import { scanClock } from '../time';

/**
 * The gate's two links, told apart: the core (which judges every scan; lost means NO checking, in red) and the
 * platform (reports only; the core queues check-ins while it is unreachable). The sync worker's status is not
 * in the API yet, so the platform side shows what system.info knows: sandbox or the live platform.
 */
export function LinkStatus() {
  const { t } = useTranslation();
  const core = useGateStore((state) => state.core);
  const pushLive = useGateStore((state) => state.pushLive);
  const sandbox = useSessionStore((state) => state.system?.sandbox ?? true);
  return (
    <div className="gate-links" title={t('gate.link.reportNote')}>
      <span className={`gate-chip ${core === 'ok' ? 'chip-ok' : core === 'lost' ? 'chip-bad' : 'chip-muted'}`} data-link={core}>
        <span aria-hidden="true">{core === 'ok' ? '●' : core === 'lost' ? '✕' : '○'}</span> {t(`gate.link.${core}`)}
      </span>
      {core === 'ok' ? (
        <span className={`gate-chip chip-push ${pushLive ? 'chip-ok' : 'chip-muted'}`}>{pushLive ? t('gate.link.pushLive') : t('gate.link.pushDown')}</span>
      ) : null}
      <span className={`gate-chip ${sandbox ? 'chip-sandbox' : 'chip-ok'}`}>{sandbox ? t('gate.link.sandbox') : t('gate.link.platform')}</span>
    </div>
  );
}

/** Across the whole screen while the core cannot be reached: a scan now is not a check. */
export function LostBanner() {
  const { t, i18n } = useTranslation();
  const lostSince = useGateStore((state) => (state.core === 'lost' ? state.lostSince : null));
  if (lostSince === null) return null;
  return (
    <div className="gate-lost" role="alert">
      <span aria-hidden="true">⚠</span> {t('gate.link.lostBanner', { time: scanClock(lostSince, i18n.language) })}
    </div>
  );
}
