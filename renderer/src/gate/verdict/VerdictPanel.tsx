import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { IdCheckView } from '../idcheck/IdCheckView';
import { FailedView } from './FailedView';
import { ResultView } from './ResultView';
import { VerdictFrame } from './VerdictFrame';

const SLOW_MS = 2500;

/** The screen's main area: the last verdict until the next scan, or the invitation to scan. */
export function VerdictPanel() {
  const { t } = useTranslation();
  const shown = useGateStore((state) => state.shown);
  return (
    <div className="verdict-area">
      <CheckingNote />
      {shown === null ? (
        <VerdictFrame look="idle" seq={0} verdict="idle" word={t('gate.idle.title')} action={t('gate.idle.hint')} />
      ) : shown.kind === 'id' ? (
        <IdCheckView shown={shown} />
      ) : shown.kind === 'failed' ? (
        <FailedView shown={shown} />
      ) : (
        <ResultView shown={shown} />
      )}
    </div>
  );
}

/** "Checking…" while a scan waits for the core, and a warning when it waits long. */
function CheckingNote() {
  const { t } = useTranslation();
  const waitingSince = useGateStore((state) => state.waitingSince);
  const [slowFor, setSlowFor] = useState<number | null>(null);
  useEffect(() => {
    if (waitingSince === null) return;
    const timer = window.setTimeout(() => setSlowFor(waitingSince), Math.max(0, waitingSince + SLOW_MS - Date.now()));
    return () => window.clearTimeout(timer);
  }, [waitingSince]);
  if (waitingSince === null) return null;
  return (
    <p className={slowFor === waitingSince ? 'checking-note checking-slow' : 'checking-note'} role="status">
      {slowFor === waitingSince ? t('gate.slow') : t('gate.checking')}
    </p>
  );
}
