import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { RecordedSms, SmsSettingsView } from '../../../../electron/server/contract';
import { smsSettingsInput } from '../../../../electron/server/contract/eticket';
import { Field } from '../../components/Field';
import { formIssues } from '../../i18n/issue-text';
import { errorText } from '../../i18n/error-text';
import { formatDateTimeShort } from '../../format';

interface Draft {
  provider: 'recorder' | 'aliyun';
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  endpoint: string;
}

const draftOf = (view: SmsSettingsView): Draft => ({
  provider: view.provider,
  accessKeyId: view.accessKeyId ?? '',
  // The secret never comes back from the core: empty keeps the stored one.
  accessKeySecret: '',
  signName: view.signName ?? '',
  templateCode: view.templateCode ?? '',
  endpoint: view.endpoint ?? 'https://dysmsapi.aliyuncs.com',
});

/** The e-ticket SMS provider (the recorder, or Alibaba Cloud SMS with its keys), and what the recorder kept in training. */
export function SmsSettingsPanel() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<SmsSettingsView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [recorded, setRecorded] = useState<RecordedSms[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    call('eticket.settings', {}).then(
      (v) => {
        setView(v);
        setDraft(draftOf(v));
      },
      (e: unknown) => setError(errorText(t, e)),
    );
    call('eticket.recorded', { limit: 20 }).then(setRecorded, (e: unknown) => setError(errorText(t, e)));
  }, [t]);

  if (!view || !draft) return <section className="card">{error ? <p className="field-error">{error}</p> : <p className="muted">…</p>}</section>;
  const input = draft.provider === 'recorder' ? { provider: 'recorder' as const } : { ...draft, provider: 'aliyun' as const };
  const issues = tried ? formIssues(t, smsSettingsInput, input, i18n.language) : {};
  const secretMissing = tried && draft.provider === 'aliyun' && draft.accessKeySecret === '' && !view.hasSecret ? t('validation.required') : null;
  const patch = (p: Partial<Draft>) => {
    setDraft({ ...draft, ...p });
    setSaved(false);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(formIssues(t, smsSettingsInput, input, i18n.language)).length > 0 || (draft.provider === 'aliyun' && draft.accessKeySecret === '' && !view.hasSecret)) return;
    call('eticket.saveSettings', input).then(
      (v) => {
        setView(v);
        setDraft(draftOf(v));
        setSaved(true);
        setError(null);
        setTried(false);
      },
      (e: unknown) => setError(errorText(t, e)),
    );
  };

  return (
    <section className="card stack" aria-labelledby="sms-title">
      <h3 id="sms-title">{t('eticket.settings.title')}</h3>
      <p className="muted">{t('eticket.settings.intro')}</p>
      {view.training ? <p className="training-note">{t('eticket.settings.training')}</p> : null}
      <form className="stack" onSubmit={submit} noValidate>
        <fieldset className="radio-row">
          <legend>{t('eticket.settings.provider')}</legend>
          {(['recorder', 'aliyun'] as const).map((provider) => (
            <label key={provider} className="checkbox">
              <input type="radio" name="sms-provider" checked={draft.provider === provider} onChange={() => patch({ provider })} /> {t(`eticket.settings.providers.${provider}`)}
            </label>
          ))}
        </fieldset>
        {draft.provider === 'aliyun' ? (
          <>
            <Field label={t('eticket.settings.accessKeyId')} value={draft.accessKeyId} autoComplete="off" error={issues.accessKeyId} onChange={(e) => patch({ accessKeyId: e.target.value })} />
            <Field
              label={t('eticket.settings.accessKeySecret')}
              type="password"
              autoComplete="new-password"
              value={draft.accessKeySecret}
              placeholder={view.hasSecret ? t('eticket.settings.secretKept') : ''}
              error={secretMissing ?? issues.accessKeySecret}
              onChange={(e) => patch({ accessKeySecret: e.target.value })}
            />
            <Field label={t('eticket.settings.signName')} value={draft.signName} error={issues.signName} onChange={(e) => patch({ signName: e.target.value })} />
            <Field label={t('eticket.settings.templateCode')} value={draft.templateCode} placeholder="SMS_123456789" error={issues.templateCode} onChange={(e) => patch({ templateCode: e.target.value })} />
            <p className="muted small">{t('eticket.settings.templateHint')}</p>
            <Field label={t('eticket.settings.endpoint')} value={draft.endpoint} error={issues.endpoint} onChange={(e) => patch({ endpoint: e.target.value })} />
          </>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        {saved ? <p role="status">{t('eticket.settings.saved')}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary">
            {t('eticket.settings.save')}
          </button>
        </div>
      </form>
      <h4>{t('eticket.settings.recordedTitle')}</h4>
      {recorded.length === 0 ? (
        <p className="muted">{t('eticket.settings.recordedNone')}</p>
      ) : (
        <table className="data-table recorded-sms">
          <thead>
            <tr>
              <th>{t('eticket.settings.recordedAt')}</th>
              <th>{t('eticket.settings.recordedTo')}</th>
              <th>{t('eticket.settings.recordedText')}</th>
            </tr>
          </thead>
          <tbody>
            {recorded.map((sms) => (
              <tr key={sms.id}>
                <td>{formatDateTimeShort(sms.recordedAt, i18n.language)}</td>
                <td className="mono">{sms.maskedPhone}</td>
                <td>{sms.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
