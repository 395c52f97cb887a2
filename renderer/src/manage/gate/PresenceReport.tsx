import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { SessionPresence } from '../../../../electron/server/contract';
import { errorText } from '../../i18n/error-text';
import { formatDateTimeShort } from '../../format';

/** Who is inside each session of the period now (the gate report): entered, inside, gone out, by each ticket's last scan. */
export function PresenceReport({ from, to }: { from: number; to: number }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<SessionPresence[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const state = { live: true };
    (async () => {
      const sessions = await call('sessions.list', { from, to });
      const ids = sessions.map((s) => s.id).slice(0, 50);
      const presence = ids.length === 0 ? [] : await call('gate.presence', { sessionIds: ids });
      if (state.live) {
        setRows(presence);
        setError(null);
      }
    })().catch((e: unknown) => {
      if (state.live) setError(errorText(t, e));
    });
    return () => {
      state.live = false;
    };
  }, [from, to, t]);

  return (
    <section aria-labelledby="presence-title" className="stack">
      <h3 id="presence-title">{t('gateExit.presence.title')}</h3>
      <p className="muted small">{t('gateExit.presence.note')}</p>
      {error ? <p className="field-error">{error}</p> : null}
      {rows && rows.length === 0 ? <p className="muted">{t('gateExit.presence.none')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="data-table presence-table">
          <thead>
            <tr>
              <th>{t('gateExit.presence.session')}</th>
              <th className="num">{t('gateExit.presence.entered')}</th>
              <th className="num">{t('gateExit.presence.inside')}</th>
              <th className="num">{t('gateExit.presence.out')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.sessionId} data-session={r.sessionId}>
                <td>
                  {r.performanceName} {r.sessionName} · {formatDateTimeShort(r.startsAt, i18n.language)}
                </td>
                <td className="num">{r.entered}</td>
                <td className="num" data-presence="inside">
                  <strong>{r.inside}</strong>
                </td>
                <td className="num">{r.out}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
