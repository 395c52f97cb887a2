import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { useRouteStore } from '../../stores/route-store';
import { useSessionStore } from '../../stores/session-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { errorText } from '../../i18n/error-text';
import { isReady } from './setup-storage';
import { SessionChoice } from './SessionChoice';
import { DirectionChoice } from '../exit/DirectionChoice';

/** Names this gate and chooses the sessions it admits; kept on this device. */
export function GateSetupScreen() {
  const { t } = useTranslation();
  const saved = useGateStore((state) => state.setup);
  const sessions = useGateStore((state) => state.sessions);
  const sessionsError = useGateStore((state) => state.sessionsError);
  const loadSessions = useGateStore((state) => state.loadSessions);
  const saveSetup = useGateStore((state) => state.saveSetup);
  const go = useRouteStore((state) => state.go);
  // A paired gate device already names its gate: the manager chose it with the pairing code.
  const pairedGate = useSessionStore((state) => state.here?.device?.gateName ?? '');
  const [gateName, setGateName] = useState(saved.gateName || pairedGate);
  const [chosen, setChosen] = useState<string[]>(saved.sessionIds);
  const [direction, setDirection] = useState<'entry' | 'exit'>(saved.direction ?? 'entry');
  const [tried, setTried] = useState(false);

  useEffect(() => {
    void loadSessions();
  }, [loadSessions]);

  // Sessions no longer listed (long over) are dropped from the choice, not kept invisibly.
  const listed = sessions ? chosen.filter((id) => sessions.some((s) => s.id === id)) : chosen;
  const nameError = tried && gateName.trim() === '' ? t('gate.setup.needName') : null;
  const sessionError = tried && listed.length === 0 ? t('gate.setup.needSession') : null;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    const setup = { gateName, sessionIds: listed, direction };
    if (!isReady(setup)) return;
    saveSetup(setup);
    go('gate');
  };

  return (
    <form className="gate-setup card" onSubmit={submit} aria-labelledby="gate-setup-title" noValidate>
      <h2 id="gate-setup-title">{t('gate.setup.title')}</h2>
      <p className="muted">{t('gate.setup.intro')}</p>
      <Field
        label={t('gate.setup.gateName')}
        placeholder={t('gate.setup.gateNamePlaceholder')}
        value={gateName}
        maxLength={50}
        autoFocus
        error={nameError}
        onChange={(event) => setGateName(event.target.value)}
      />
      <DirectionChoice value={direction} onChange={setDirection} />
      <fieldset className="session-choice">
        <legend>{t('gate.setup.sessions')}</legend>
        {sessionsError ? <ErrorBanner message={errorText(t, sessionsError)} /> : null}
        {sessions === null ? (
          <p className="muted">{t('gate.setup.loading')}</p>
        ) : sessions.length === 0 ? (
          <p className="muted">{t('gate.setup.none')}</p>
        ) : (
          <SessionChoice sessions={sessions} chosen={listed} onChange={setChosen} />
        )}
        {sessionError ? (
          <p className="field-error" role="alert">
            {sessionError}
          </p>
        ) : null}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary big">
          {t('gate.setup.start')}
        </button>
        {isReady(saved) ? (
          <button type="button" className="secondary big" onClick={() => go('gate')}>
            {t('gate.setup.back')}
          </button>
        ) : null}
      </div>
      <p className="muted gate-small">{t('gate.link.reportNote')}</p>
    </form>
  );
}
