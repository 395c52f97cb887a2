import { useTranslation } from 'react-i18next';
import type { SyncStatusView } from '../../../../electron/server/contract';
import { formatDateTime } from '../../format';
import { useNow } from '../../components/use-now';
import { ageText } from './kinds';
import { errorMeaning } from './error-meaning';
import { useSyncStore } from '../../stores/sync-store';
import { nextTrySeconds } from '../../frame/next-try';

const TONE = { online: 'badge-ok', retrying: 'badge-warn', offline: 'badge-bad', paused: 'badge-bad', leased: 'badge-warn', stopped: 'badge-warn' } as const;

/** Where reporting stands: the state with its reason and since when, the oldest waiting record, the last success and error, the rate. */
export function SyncStateCard({ status }: { status: SyncStatusView }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const lang = i18n.language;
  const { state } = status;
  const receivedAt = useSyncStore((s) => s.receivedAt);
  const seconds = nextTrySeconds(status, receivedAt, now);
  return (
    <div className="card stack sync-state" data-testid="sync-state">
      <div className="card-head">
        <h3>
          <span className={`badge ${TONE[state]}`}>
            <span aria-hidden="true">{t(`sync.stateIcon.${state}`)}</span> {t(`sync.state.${state}`)}
          </span>{' '}
          <span className="muted">{t('sync.since', { time: formatDateTime(status.stateSince, lang) })}</span>
        </h3>
      </div>
      <p>{t(`sync.stateExplain.${state}`)}</p>
      {status.stateReason ? <p className="muted">{t('sync.reason', { reason: status.stateReason })}</p> : null}
      {status.nextTryAt !== null && seconds !== null ? (
        <p className="next-try" data-testid="sync-next-try">
          {seconds > 0 ? t('window.sync.nextTry', { seconds }) : t('window.sync.tryingNow')} <span className="muted">({t('sync.nextProbe', { time: formatDateTime(status.nextTryAt, lang) })})</span>
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('sync.oldestPending')}</dt>
          <dd data-testid="sync-oldest">
            {status.oldestPendingAt === null ? t('sync.nothingWaiting') : `${formatDateTime(status.oldestPendingAt, lang)} · ${t('sync.waiting', { age: ageText(t, now - status.oldestPendingAt) })}`}
          </dd>
        </div>
        <div>
          <dt>{t('sync.lastSuccess')}</dt>
          <dd>{status.lastSuccessAt === null ? t('sync.never') : `${formatDateTime(status.lastSuccessAt, lang)} · ${ageText(t, now - status.lastSuccessAt)}`}</dd>
        </div>
        <div>
          <dt>{t('sync.lastError')}</dt>
          <dd>
            {status.lastError === null ? (
              t('sync.noError')
            ) : (
              <>
                <span className="muted">{t('sync.errorAt', { time: formatDateTime(status.lastError.at, lang), code: status.lastError.code })}</span>
                <br />
                {t(`sync.errorMeaning.${errorMeaning(status.lastError.code)}`)}
                <br />
                <span className="muted">{t('sync.errorDetail', { message: status.lastError.message })}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('sync.rate')}</dt>
          <dd>
            {t('sync.ratePerMinute', { rate: Math.round(status.ratePerMinute * 10) / 10 })} · {t('sync.concurrency', status.concurrency)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
