import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiClientError, call } from '../../api/client';
import { useCatalogStore } from '../../stores/catalog-store';
import type { PlatformSettingsView, PlatformTestView } from '../../../../electron/server/contract';
import { Notices } from '../../components/Notices';
import { Field } from '../../components/Field';
import { useAction } from '../../components/use-action';
import { TestSteps } from './TestSteps';
import { GoLiveChoice, type GoLiveDecision, type GoLiveOutcome } from './GoLiveChoice';

interface Draft {
  mode: 'sandbox' | 'platform';
  url: string;
  appId: string;
  secret: string;
}

/** What is wrong with the typed settings, field by field, as the manager types (the core checks again). */
function draftIssues(t: TFunction, draft: Draft, hasSecret: boolean): Partial<Record<'url' | 'appId' | 'secret', string>> {
  if (draft.mode === 'sandbox') return {};
  const issues: Partial<Record<'url' | 'appId' | 'secret', string>> = {};
  const url = draft.url.trim();
  if (url === '') issues.url = t('validation.required');
  // plain http only to this machine (a platform under test), as the core allows
  else if (!/^https:\/\//i.test(url) && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i.test(url)) issues.url = t('platform.urlHttps');
  else if (!URL.canParse(url)) issues.url = t('platform.urlInvalid');
  else if (url.length > 200) issues.url = t('validation.tooLong', { max: 200 });
  const appId = draft.appId.trim();
  if (appId === '') issues.appId = t('validation.required');
  else if (appId.length > 32) issues.appId = t('validation.tooLong', { max: 32 });
  if (draft.secret === '' && !hasSecret) issues.secret = t('platform.secretRequired');
  else if (draft.secret.length > 100) issues.secret = t('validation.tooLong', { max: 100 });
  return issues;
}

/** What a switch of platform did, in a sentence or two. */
function switchedText(t: TFunction, view: PlatformSettingsView): string | null {
  const s = view.switched;
  if (!s) return null;
  const name = (platform: string) => (platform === 'sandbox' ? t('golive.sandboxName') : platform);
  const parts = [t('golive.done', { to: name(s.to), from: name(s.from), archived: s.archivedRecords, codes: s.codesCleared })];
  if (s.outcome === 'discard-training') parts.push(t('golive.doneDiscard', { orders: s.trainingOrders, seats: s.seatsBackOnSale }));
  if (s.outcome === 'keep-sales') parts.push(t('golive.doneKeep', { events: s.eventsRequeued }));
  return parts.join(' ');
}

/** Sandbox or a real platform (URL, appId, secret never shown back), and a connection test that explains a failure. */
export function PlatformSettingsForm() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<PlatformSettingsView | null>(null);
  const [draft, setDraft] = useState<Draft>({ mode: 'sandbox', url: '', appId: '', secret: '' });
  const [touched, setTouched] = useState(false);
  const { busy, error, notice, run, fail } = useAction();
  // Which of the two buttons is at work, for its label.
  const [doing, setDoing] = useState<'save' | 'test'>('save');
  const [test, setTest] = useState<PlatformTestView | null>(null);
  const [decision, setDecision] = useState<GoLiveDecision | null>(null);
  const loadCatalog = useCatalogStore((state) => state.load);

  const adopt = (view: PlatformSettingsView) => {
    setSettings(view);
    setDraft({ mode: view.mode, url: view.mode === 'platform' ? view.url : '', appId: view.appId ?? '', secret: '' });
  };

  useEffect(() => {
    call('platform.get', {}).then(adopt, fail);
  }, [fail]);

  const hasSecret = settings?.mode === 'platform' && settings.hasSecret;
  const issues = draftIssues(t, draft, hasSecret);
  const invalid = Object.keys(issues).length > 0;
  // Shown once the manager has typed in a field or tried to submit: an empty form is not scolded.
  const shown = (key: keyof typeof issues, value: string) => (touched || value !== '' ? (issues[key] ?? null) : null);

  const runAs = (kind: 'save' | 'test', work: () => Promise<string | undefined>) => {
    setDoing(kind);
    return run(work);
  };

  /** Saves the settings; another platform may answer that the manager must choose what going live does first. */
  const submit = (goLive: GoLiveOutcome | null) =>
    runAs('save', async () => {
      const choice = goLive ? { goLive } : {};
      let view: PlatformSettingsView;
      try {
        view =
          draft.mode === 'sandbox'
            ? await call('platform.set', { mode: 'sandbox', ...choice })
            : await call('platform.set', { mode: 'platform', url: draft.url.trim(), appId: draft.appId.trim(), ...(draft.secret ? { secret: draft.secret } : {}), ...choice });
      } catch (failure) {
        if (failure instanceof ApiClientError && failure.code === 'GO_LIVE_DECISION_REQUIRED' && failure.details) {
          setDecision(failure.details as unknown as GoLiveDecision);
          return undefined;
        }
        throw failure;
      }
      setDecision(null);
      adopt(view);
      setTest(null);
      await loadCatalog();
      return [view.mode === 'sandbox' ? t('platform.savedSandbox') : t('platform.savedPlatform', { url: view.url }), switchedText(t, view), view.notice].filter(Boolean).join(' ');
    });

  const save = (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (invalid) return;
    void submit(null);
  };

  const runTest = () => {
    // Typed but unsaved platform settings are tested as typed; otherwise the saved ones.
    const typed = draft.mode === 'platform' && (settings?.mode !== 'platform' || draft.url.trim() !== settings.url || draft.appId.trim() !== (settings.appId ?? '') || draft.secret !== '');
    if (typed) {
      setTouched(true);
      if (invalid) return;
    }
    void runAs('test', async () => {
      setTest(typed ? await call('platform.test', { url: draft.url.trim(), appId: draft.appId.trim(), ...(draft.secret ? { secret: draft.secret } : {}) }) : await call('platform.test', {}));
      // testing the current platform refreshes its type list
      await loadCatalog();
      return undefined;
    });
  };

  return (
    <form className="card stack" onSubmit={save} noValidate aria-labelledby="platform-settings-title">
      <h3 id="platform-settings-title">{t('platform.mode')}</h3>
      <Notices error={error} notice={notice} />
      {settings ? <p className="muted">{t('platform.current', { url: settings.url })}</p> : null}
      <fieldset className="radio-row">
        <legend>{t('platform.mode')}</legend>
        <label className="checkbox">
          <input type="radio" name="platform-mode" checked={draft.mode === 'sandbox'} onChange={() => setDraft({ ...draft, mode: 'sandbox' })} /> {t('platform.sandbox')}
        </label>
        <label className="checkbox">
          <input type="radio" name="platform-mode" checked={draft.mode === 'platform'} onChange={() => setDraft({ ...draft, mode: 'platform' })} /> {t('platform.real')}
        </label>
      </fieldset>
      {draft.mode === 'sandbox' ? (
        <p className="muted">{t('platform.sandboxExplain')}</p>
      ) : (
        <>
          <Field label={t('platform.url')} placeholder="https://" value={draft.url} onChange={(e) => setDraft({ ...draft, url: e.target.value })} error={shown('url', draft.url)} />
          <Field label={t('platform.appId')} value={draft.appId} autoComplete="off" onChange={(e) => setDraft({ ...draft, appId: e.target.value })} error={shown('appId', draft.appId)} />
          <Field label={t('platform.secret')} type="password" autoComplete="new-password" value={draft.secret} onChange={(e) => setDraft({ ...draft, secret: e.target.value })} error={shown('secret', draft.secret)} />
          {hasSecret ? <p className="muted">{t('platform.secretKept')}</p> : null}
        </>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy && doing === 'save' ? t('platform.saving') : t('platform.save')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={runTest}>
          {busy && doing === 'test' ? t('platform.testing') : t('platform.test')}
        </button>
      </div>
      {busy && doing === 'test' ? <progress className="wide-progress" aria-label={t('platform.testing')} /> : null}
      {test ? <TestSteps test={test} /> : null}
      {decision ? <GoLiveChoice decision={decision} busy={busy} onConfirm={(outcome) => void submit(outcome)} onCancel={() => setDecision(null)} /> : null}
    </form>
  );
}
