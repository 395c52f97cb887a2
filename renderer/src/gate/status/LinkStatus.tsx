import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { useSessionStore } from '../../stores/session-store';
import { gateTime, scanClock } from '../time';
import { useNow } from '../../components/use-now';

/**
 * The gate's links, told apart, always in view: the core (online, or offline since HH:MM judging from this device's
 * cache with N scans waiting), the cache (how many tickets, how old), and the platform (reports only).
 */
export function LinkStatus() {
  const { t, i18n } = useTranslation();
  const core = useGateStore((state) => state.core);
  const lostSince = useGateStore((state) => state.lostSince);
  const pushLive = useGateStore((state) => state.pushLive);
  const queued = useGateStore((state) => state.queued);
  const cacheTickets = useGateStore((state) => state.cacheTickets);
  const cacheAt = useGateStore((state) => state.cacheAt);
  const clockOffset = useGateStore((state) => state.clockOffset);
  const sandbox = useSessionStore((state) => state.system?.sandbox ?? true);
  // Re-rendered every few seconds: the cache's age reads true without a new scan.
  const now = useNow(5000) + clockOffset;
  const ageSeconds = Math.max(0, Math.round((now - cacheAt) / 1000));
  const age = ageSeconds < 10 ? t('gateOffline.ageNow') : ageSeconds < 120 ? t('gateOffline.ageSeconds', { count: ageSeconds }) : t('gateOffline.ageMinutes', { count: Math.round(ageSeconds / 60) });
  const lost = core === 'lost';
  return (
    <div className="gate-links" title={t('gate.link.reportNote')}>
      <span className={`gate-chip ${core === 'ok' ? 'chip-ok' : lost ? 'chip-bad' : 'chip-muted'}`} data-link={core}>
        <span aria-hidden="true">{core === 'ok' ? '●' : lost ? '✕' : '○'}</span>{' '}
        {lost && lostSince !== null ? t('gateOffline.offline', { time: gateTime(lostSince, i18n.language, now) }) : t(`gate.link.${core}`)}
      </span>
      {queued > 0 || lost ? (
        <span className={`gate-chip ${queued > 0 ? 'chip-warn' : 'chip-muted'}`} data-queued={queued}>
          {queued > 0 ? t('gateOffline.waiting', { count: queued }) : t('gateOffline.uploaded')}
        </span>
      ) : null}
      <span className="gate-chip chip-muted" data-cache={cacheTickets}>
        {cacheAt > 0 ? t('gateOffline.cache', { count: cacheTickets, age }) : t('gateOffline.cacheNone')}
      </span>
      {core === 'ok' ? (
        <span className={`gate-chip chip-push ${pushLive ? 'chip-ok' : 'chip-muted'}`}>{pushLive ? t('gate.link.pushLive') : t('gate.link.pushDown')}</span>
      ) : null}
      <span className={`gate-chip ${sandbox ? 'chip-sandbox' : 'chip-ok'}`}>{sandbox ? t('gate.link.sandbox') : t('gate.link.platform')}</span>
    </div>
  );
}

/** Across the whole screen while the core cannot be reached: judging offline from the cache, or (without one) not at all. */
export function LostBanner() {
  const { t, i18n } = useTranslation();
  const lostSince = useGateStore((state) => (state.core === 'lost' ? state.lostSince : null));
  const cacheReady = useGateStore((state) => state.cacheReady);
  const queued = useGateStore((state) => state.queued);
  if (lostSince === null) return null;
  const time = scanClock(lostSince, i18n.language);
  return (
    <div className={cacheReady ? 'gate-lost gate-offline' : 'gate-lost'} role="alert" data-offline={cacheReady}>
      <span aria-hidden="true">⚠</span> {cacheReady ? t('gateOffline.banner', { time, count: queued }) : t('gateOffline.bannerNoCache', { time })}
    </div>
  );
}
