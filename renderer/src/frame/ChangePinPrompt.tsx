import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { ErrorBanner } from '../components/ErrorBanner';
import { errorText } from '../i18n/error-text';

/** Shown after a login with a manager PIN shorter than the rule: the new PIN, right here, keyboard first. */
export function ChangePinPrompt() {
  const { t } = useTranslation();
  const changeOwnPin = useSessionStore((state) => state.changeOwnPin);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="card change-pin"
      aria-labelledby="change-pin-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (next !== again) return setError(t('changePin.mismatch'));
        setError(null);
        // On success the new login has no mustChangePin: the frame drops this form.
        changeOwnPin(current, next).catch((failure: unknown) => setError(errorText(t, failure)));
      }}
    >
      <h2 id="change-pin-title">{t('changePin.title')}</h2>
      <p className="muted">{t('changePin.explain')}</p>
      <ErrorBanner message={error} />
      <div className="change-pin-fields">
        <div className="field">
          <label htmlFor="pin-current">{t('changePin.current')}</label>
          <input id="pin-current" type="password" inputMode="numeric" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="pin-next">{t('changePin.next')}</label>
          <input id="pin-next" type="password" inputMode="numeric" autoComplete="new-password" required minLength={6} value={next} onChange={(e) => setNext(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="pin-again">{t('changePin.again')}</label>
          <input id="pin-again" type="password" inputMode="numeric" autoComplete="new-password" required minLength={6} value={again} onChange={(e) => setAgain(e.target.value)} />
        </div>
      </div>
      <button type="submit" className="primary">
        {t('changePin.save')}
      </button>
    </form>
  );
}
