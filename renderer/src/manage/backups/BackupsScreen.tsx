import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { BackupEntry, BackupSettings } from '../../../../electron/server/contract';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';
import { formatDateTime } from '../../format';
import { BackupKeyCard } from './BackupKeyCard';

const sizeText = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** Backups: take one now, the daily schedule and how many to keep, the list with sizes, restore with a second look. */
export function BackupsScreen() {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<{ dir: string; settings: BackupSettings; backups: BackupEntry[]; passphraseSet: boolean } | null>(null);
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const { busy, error, notice, run, fail } = useAction();
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);

  const load = useCallback(
    () =>
      call('backups.list', {}).then(
        (result) => {
          setData(result);
          setSettings(result.settings);
        },
        fail,
      ),
    [fail],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const act = (work: () => Promise<string>) =>
    run(async () => {
      const done = await work();
      await load();
      return done;
    });

  return (
    <section aria-labelledby="backups-title" className="stack">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <Notices error={error} notice={notice} />
      <div className="two-columns">
        <div className="stack">
          <div className="button-row">
            <button type="button" className="primary big" disabled={busy} onClick={() => void act(async () => t('backups.done', { name: (await call('backups.run', {})).name }))}>
              {busy ? t('backups.working') : t('backups.runNow')}
            </button>
          </div>
          {busy ? <progress className="wide-progress" aria-label={t('backups.working')} /> : null}
          <p className="muted">{t('backups.where', { dir: data?.dir ?? '' })}</p>
          {confirming ? (
            <div className="card danger-zone" role="alertdialog" aria-labelledby="restore-title">
              <h3 id="restore-title">{t('backups.restoreTitle', { name: confirming.name })}</h3>
              <p>{t('backups.restoreWarning', { at: formatDateTime(confirming.at, i18n.language) })}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="primary danger"
                  disabled={busy}
                  onClick={() =>
                    void act(async () => {
                      const { safetyCopy } = await call('backups.restore', { name: confirming.name, confirm: true });
                      setConfirming(null);
                      return t('backups.restored', { name: confirming.name, safety: safetyCopy.name });
                    })
                  }
                >
                  {t('backups.restoreConfirm')}
                </button>
                <button type="button" className="secondary" autoFocus onClick={() => setConfirming(null)}>
                  {t('people.cancel')}
                </button>
              </div>
            </div>
          ) : null}
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('backups.time')}</th>
                <th scope="col">{t('backups.kind')}</th>
                <th scope="col" className="numeric">
                  {t('backups.size')}
                </th>
                <th scope="col">{t('backups.key')}</th>
                <th scope="col">{t('people.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(data?.backups ?? []).map((backup) => (
                <tr key={backup.name}>
                  <td className="nowrap">{formatDateTime(backup.at, i18n.language)}</td>
                  <td>{t(`backups.kinds.${backup.kind}`)}</td>
                  <td className="numeric">{sizeText(backup.bytes)}</td>
                  <td>{backup.withKey ? t('backups.withKey') : '—'}</td>
                  <td>
                    <button type="button" className="secondary" onClick={() => setConfirming(backup)}>
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data?.backups.length === 0 ? <p className="empty-state">{t('backups.none')}</p> : null}
        </div>
        {settings ? (
          <form
            className="card"
            onSubmit={(event) => {
              event.preventDefault();
              void act(async () => {
                await call('backups.saveSettings', settings);
                return t('backups.saved');
              });
            }}
          >
            <h3>{t('backups.schedule')}</h3>
            <label className="checkbox">
              <input type="checkbox" checked={settings.dailyAt !== null} onChange={(e) => setSettings({ ...settings, dailyAt: e.target.checked ? '03:00' : null })} /> {t('backups.daily')}
            </label>
            {settings.dailyAt !== null ? (
              <div className="field">
                <label htmlFor="backup-time">{t('backups.dailyAt')}</label>
                <input id="backup-time" type="time" value={settings.dailyAt} onChange={(e) => setSettings({ ...settings, dailyAt: e.target.value })} />
              </div>
            ) : null}
            <div className="field">
              <label htmlFor="backup-keep">{t('backups.keep')}</label>
              <input id="backup-keep" type="number" min={1} max={365} value={settings.keep} onChange={(e) => setSettings({ ...settings, keep: Math.max(1, Math.min(365, Number(e.target.value) || 1)) })} />
            </div>
            <p className="muted">{t('backups.keyNote')}</p>
            <button type="submit" className="primary" disabled={busy}>
              {t('backups.save')}
            </button>
          </form>
        ) : null}
      </div>
      {data ? <BackupKeyCard passphraseSet={data.passphraseSet} act={act} busy={busy} /> : null}
    </section>
  );
}
