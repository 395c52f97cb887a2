import { useTranslation } from 'react-i18next';
import type { Shown } from '../../stores/gate-scan-slice';
import { useGateStore } from '../../stores/gate-store';
import { scanClock } from '../time';

/** When, and which code: so a verdict left on screen is not taken for the person now in front. */
export function VerdictFooter({ shown }: { shown: Exclude<Shown, { kind: 'id' }> }) {
  const { t, i18n } = useTranslation();
  const repeats = useGateStore((state) => state.repeatsIgnored);
  const code = shown.attempt.kind === 'code' ? shown.attempt.code : null;
  return (
    <>
      <span>{t('gate.scannedAt', { time: scanClock(shown.at, i18n.language) })}</span>
      {code ? <span className="verdict-code">{t('gate.code', { code })}</span> : null}
      {repeats > 0 ? (
        <span className="verdict-repeats" role="status">
          {t('gate.repeats', { count: repeats })}
        </span>
      ) : null}
    </>
  );
}
