import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readPairingLink } from '../../../electron/server/contract/devices';
import { useSessionStore } from '../stores/session-store';
import { Field } from '../components/Field';
import { ErrorBanner, OkBanner } from '../components/ErrorBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { errorText } from '../i18n/error-text';

/**
 * A device on the venue network before anyone may log in on it: the manager's one-time code, typed or carried in by
 * the pairing QR code (its link's fragment), with the certificate fingerprint the QR code promised checked here.
 */
export function PairScreen() {
  const { t } = useTranslation();
  const pair = useSessionStore((state) => state.pair);
  const here = useSessionStore((state) => state.here);
  const [link] = useState(() => readPairingLink(window.location.hash));
  const [code, setCode] = useState(link.code ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fingerprintMatches = link.fingerprint === null || here?.fingerprint === null ? null : link.fingerprint === here?.fingerprint;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await pair(code);
      // The code is spent: it should not stay in the address bar or the history.
      history.replaceState(null, '', window.location.pathname);
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="centered-page">
      <form className="card login-card" onSubmit={(event) => void submit(event)} aria-labelledby="pair-title" data-testid="pair-screen">
        <div className="card-head">
          <h1 id="pair-title">
            {t('app.name')} · {t('pairing.title')}
          </h1>
          <LanguageSwitch />
        </div>
        <p>{here?.revoked ? t('pairing.revoked') : t('pairing.intro')}</p>
        {fingerprintMatches === false ? <ErrorBanner message={t('pairing.fingerprintMismatch')} /> : null}
        <OkBanner message={fingerprintMatches === true ? t('pairing.fingerprintOk') : null} />
        <ErrorBanner message={error} />
        <Field label={t('pairing.code')} name="code" autoComplete="off" autoCapitalize="characters" autoFocus required value={code} onChange={(e) => setCode(e.target.value)} />
        <button type="submit" className="primary big" disabled={busy || fingerprintMatches === false}>
          {busy ? t('pairing.submitting') : t('pairing.submit')}
        </button>
      </form>
    </main>
  );
}
