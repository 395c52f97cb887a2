import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DeadLetterView } from '../../../../electron/server/contract';
import { useRouteStore } from '../../stores/route-store';
import { useSyncDashboardStore } from '../../stores/sync-dashboard-store';
import { Notices } from '../../components/Notices';
import { Field } from '../../components/Field';
import { useAction } from '../../components/use-action';
import { checkField } from '../../i18n/issue-text';
import { formatDateTime } from '../../format';
import { kindName } from './kinds';
import { recordRoute } from './open-record';

// The same rule as sync.discard's input: a reason of 1 to 200 characters.
const reasonSchema = z.string().trim().min(1).max(200);

type Asking = 'requeue' | 'discard' | null;

/** One refused record: the platform's reason, what to do, the payload, and open / send again / give up. */
export function DeadLetterCard({ letter, onDone }: { letter: DeadLetterView; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const go = useRouteStore((state) => state.go);
  const requeue = useSyncDashboardStore((state) => state.requeue);
  const discard = useSyncDashboardStore((state) => state.discard);
  const [asking, setAsking] = useState<Asking>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const { busy, error, notice, run } = useAction();
  const kind = kindName(t, letter.kind);
  const names = { kind, id: letter.recordId };
  const reasonIssue = checkField(t, reasonSchema, reason, i18n.language);

  // What was done is said by the list (this card goes with the record); a refusal stays here.
  const act = (work: () => Promise<string>) =>
    run(async () => {
      onDone(await work());
      setAsking(null);
      return undefined;
    });
  const sendAgain = () =>
    act(async () => {
      const result = await requeue(letter.seq);
      if (result.status === 'pending') return t('sync.requeued', names);
      return result.replacedBy !== null ? t('sync.replaced', names) : t('sync.withdrawn', names);
    });
  const giveUp = () => {
    setTouched(true);
    if (reasonIssue) return;
    void act(async () => {
      await discard(letter.seq, reason.trim());
      return t('sync.discarded', names);
    });
  };
  const open = () => {
    const sessions = useSyncDashboardStore.getState().reconciliation?.sessions ?? [];
    const route = recordRoute(letter, (sessionId) => sessions.find((s) => s.sessionId === sessionId)?.performanceId);
    go(route.section, route.subpath);
  };

  return (
    <article className="card dead-letter" data-testid="dead-letter" aria-labelledby={`dead-${letter.seq}`}>
      <header className="card-head">
        <h4 id={`dead-${letter.seq}`}>
          <span aria-hidden="true">⚠ </span>
          {kind} · <span className="code">{t('sync.record', { id: letter.recordId })}</span>
        </h4>
        <span className="muted">{t('sync.deadSince', { time: formatDateTime(letter.deadSince, i18n.language) })}</span>
      </header>
      <p className="platform-says">{t('sync.platformSays', { code: letter.code, message: letter.message })}</p>
      {/* The core's howToFix is one of two fixed sentences, chosen by `event`: said here in the reader's language. */}
      <p>{t('sync.howToFix', { text: letter.event ? t('sync.howToFixEvent') : t('sync.howToFixState') })}</p>
      <p className="muted">
        {letter.event ? t('sync.event') : t('sync.stateKind')} · {t('sync.attempts', { count: letter.attempts })}
        {letter.waitingBehind > 0 ? ` · ${t('sync.waitingBehind', { count: letter.waitingBehind })}` : ''}
      </p>
      <details>
        <summary>{t('sync.payload')}</summary>
        <pre className="payload">{JSON.stringify(letter.payload, null, 2)}</pre>
      </details>
      <Notices error={error} notice={notice} />
      {asking === null ? (
        <div className="button-row">
          <button type="button" className="secondary" onClick={open}>
            {t('sync.open')}
          </button>
          <button type="button" className="primary" onClick={() => setAsking('requeue')}>
            {t('sync.requeue')}
          </button>
          <button type="button" className="secondary" onClick={() => setAsking('discard')}>
            {t('sync.discard')}
          </button>
        </div>
      ) : null}
      {asking === 'requeue' ? (
        <div className="card confirm-box" role="alertdialog" aria-labelledby={`requeue-${letter.seq}`}>
          <h5 id={`requeue-${letter.seq}`}>{t('sync.confirmRequeueTitle', names)}</h5>
          <p>{t('sync.confirmRequeueText')}</p>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void sendAgain()}>
              {t('sync.confirmRequeue')}
            </button>
            <button type="button" className="secondary" autoFocus onClick={() => setAsking(null)}>
              {t('sync.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {asking === 'discard' ? (
        <form
          className="card confirm-box danger-zone"
          role="alertdialog"
          aria-labelledby={`discard-${letter.seq}`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            giveUp();
          }}
        >
          <h5 id={`discard-${letter.seq}`}>{t('sync.confirmDiscardTitle', names)}</h5>
          <p>{t('sync.confirmDiscardText')}</p>
          <Field label={t('sync.discardReason')} value={reason} maxLength={200} autoFocus onChange={(e) => setReason(e.target.value)} onBlur={() => setTouched(true)} error={touched || reason !== '' ? reasonIssue : null} />
          <div className="button-row">
            <button type="submit" className="primary danger" disabled={busy}>
              {t('sync.confirmDiscard')}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(null)}>
              {t('sync.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
