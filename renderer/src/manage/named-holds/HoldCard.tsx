import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedHoldView, UserSummary } from '../../../../electron/server/contract';
import { formatDateTimeShort } from '../../format';
import { HoldSettingsForm } from './HoldSettingsForm';

interface HoldCardProps {
  hold: NamedHoldView;
  clerks: readonly UserSummary[];
  busy: boolean;
  /** Selected seats on sale: what "hold" would take. */
  freeSelected: number;
  /** Selected seats of this hold: what "release the selected" would give back. */
  selectedInHold: string[];
  onHold: () => void;
  onRelease: (ticketIds?: string[]) => void;
  onSaved: (message: string) => void;
}

/** One named hold: its seats, when it goes back on sale, who may use it; hold the selection, release some or all. */
export function HoldCard({ hold, clerks, busy, freeSelected, selectedInHold, onHold, onRelease, onSaved }: HoldCardProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const release =
    hold.autoReleasedAt !== null && hold.ticketIds.length === 0
      ? t('namedHolds.manage.autoReleased', { time: formatDateTimeShort(hold.autoReleasedAt, i18n.language) })
      : hold.releaseAt !== null
        ? t('namedHolds.manage.releaseAt', { minutes: hold.releaseMinutesBeforeStart, time: formatDateTimeShort(hold.releaseAt, i18n.language) })
        : t('namedHolds.manage.releaseManual');
  return (
    <li className="named-hold" data-testid="named-hold" data-hold={hold.name}>
      <div className="named-hold-head">
        <strong>{hold.name}</strong> <span data-testid="hold-count">{t('namedHolds.manage.seats', { count: hold.ticketIds.length })}</span>
      </div>
      <div className="muted">{release}</div>
      <div className="muted">{hold.users.length > 0 ? t('namedHolds.manage.clerks', { names: hold.users.map((u) => u.displayName).join('、') }) : t('namedHolds.manage.managersOnly')}</div>
      <div className="button-row">
        <button type="button" className="primary" disabled={busy || freeSelected === 0} onClick={onHold}>
          {t('namedHolds.manage.holdSelected', { count: freeSelected })}
        </button>
        <button type="button" className="secondary" disabled={busy || selectedInHold.length === 0} onClick={() => onRelease(selectedInHold)}>
          {t('namedHolds.manage.releaseSelected', { count: selectedInHold.length })}
        </button>
        <button type="button" className="secondary" disabled={busy || hold.ticketIds.length === 0} onClick={() => onRelease()}>
          {t('namedHolds.manage.releaseAll', { count: hold.ticketIds.length })}
        </button>
        <button type="button" className="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('namedHolds.manage.settings')}
        </button>
      </div>
      {editing ? (
        <HoldSettingsForm
          sessionId={hold.sessionId}
          clerks={clerks}
          hold={hold}
          onSaved={(message) => {
            setEditing(false);
            onSaved(message);
          }}
        />
      ) : null}
    </li>
  );
}
