import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { MIN_PASSPHRASE_LENGTH } from '../../../../electron/server/contract/backups';

/** The backup passphrase: the personal-data key goes beside backups only wrapped with it, or not at all. */
export function BackupKeyCard({ passphraseSet, act, busy }: { passphraseSet: boolean; act: (work: () => Promise<string>) => Promise<unknown>; busy: boolean }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const save = (value: string | null) =>
    void act(async () => {
      await call('backups.setPassphrase', { passphrase: value });
      setPassphrase('');
      return t('backupKey.saved');
    });
  return (
    <form
      className="card"
      data-testid="backup-key"
      onSubmit={(event) => {
        event.preventDefault();
        save(passphrase);
      }}
    >
      <h3>{t('backupKey.title')}</h3>
      <p className="muted">{t('backupKey.explain')}</p>
      <p>{passphraseSet ? t('backupKey.set') : t('backupKey.notSet')}</p>
      <div className="field">
        <label htmlFor="backup-passphrase">{t('backupKey.passphrase')}</label>
        <input id="backup-passphrase" type="password" autoComplete="new-password" minLength={MIN_PASSPHRASE_LENGTH} maxLength={200} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || passphrase.length < MIN_PASSPHRASE_LENGTH}>
          {t('backupKey.save')}
        </button>
        {passphraseSet ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => save(null)}>
            {t('backupKey.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
