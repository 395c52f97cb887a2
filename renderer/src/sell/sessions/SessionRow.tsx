import { useTranslation } from 'react-i18next';
import type { SessionListItem } from '../../../../electron/server/contract';
import { formatTime, formatYuan } from '../../format';
import { realNameModeOf } from '../sale/cart-logic';
import { mapTiers } from '../sale/map-data';
import { formatDay } from './day';
import { chinaDateTime } from '../../../../electron/china-time';
import { LargeBadge } from '../large/LargeBadge';

const STATE_ICON = { open: '●', not_open: '◷', closed: '■', cancelled: '✕' } as const;

/** One session: when, what, where, whether it is on sale, and what is left in each tier. */
export function SessionRow({ session, onOpen }: { session: SessionListItem; onOpen: (session: SessionListItem) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const colors = new Map(mapTiers(session.tiers).map((tier) => [tier.id, tier.color]));
  const stateNote =
    session.salesState === 'not_open'
      ? t('sell.sessions.salesOpensAt', { time: chinaDateTime(session.salesOpenAt) })
      : session.salesState === 'open'
        ? t('sell.sessions.salesClosesAt', { time: chinaDateTime(session.salesCloseAt) })
        : '';
  return (
    <button type="button" className={`session-row sales-${session.salesState}`} data-session-row onClick={() => onOpen(session)}>
      <span className="session-when">
        <span className="session-time">{formatTime(session.startsAt, language)}</span>
        <span className="session-day">{formatDay(session.startsAt, language)}</span>
      </span>
      <span className="session-what">
        <span className="session-title">
          {session.performanceName} <span className="session-name">{session.name}</span>
          {session.large ? <LargeBadge /> : null}
        </span>
        <span className="session-where">
          {t('sell.sessions.hall', { venue: session.venueName, hall: session.hallName })} · {session.hasSeat ? t('sell.sessions.seated') : t('sell.sessions.unseated')} ·{' '}
          {session.large ? t('large.rulesLine') : t(`sell.sessions.realName.${realNameModeOf(session.realNameMode)}`)}
        </span>
        <span className="tier-chips">
          {session.tiers.map((tier) => (
            <span key={tier.id} className={tier.available === 0 ? 'tier-chip sold-out' : 'tier-chip'}>
              <span className="tier-swatch" style={{ background: colors.get(tier.id) }} aria-hidden="true" />
              {tier.name} {formatYuan(tier.priceFen)}{' '}
              <strong>{tier.available === 0 ? t('sell.sessions.soldOut') : t('sell.sessions.remaining', { available: tier.available, total: tier.total })}</strong>
            </span>
          ))}
        </span>
      </span>
      <span className="session-state">
        <span className={`state-chip state-${session.salesState}`}>
          <span aria-hidden="true">{STATE_ICON[session.salesState]}</span> {t(`sell.sessions.salesState.${session.salesState}`)}
        </span>
        {stateNote ? <span className="session-state-note">{stateNote}</span> : null}
      </span>
    </button>
  );
}
