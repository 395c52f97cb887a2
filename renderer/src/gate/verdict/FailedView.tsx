import { useTranslation } from 'react-i18next';
import { ApiClientError } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import type { Shown } from '../../stores/gate-scan-slice';
import { useGateStore } from '../../stores/gate-store';
import { VerdictFrame } from './VerdictFrame';
import { VerdictFooter } from './VerdictFooter';

/** The core did not judge: unmistakably not a verdict, and never green. */
export function FailedView({ shown }: { shown: Extract<Shown, { kind: 'failed' }> }) {
  const { t } = useTranslation();
  const retry = useGateStore((state) => state.retry);
  const network = shown.error instanceof ApiClientError && shown.error.code === 'NETWORK';
  return (
    <VerdictFrame look="failed" seq={shown.seq} verdict="failed" word={t('gate.failed.title')} action={t('gate.failed.action')} footer={<VerdictFooter shown={shown} />}>
      <p className="verdict-reason">{network ? t('gate.failed.network') : errorText(t, shown.error)}</p>
      <button type="button" className="secondary big" onClick={retry}>
        {t('gate.failed.retry')}
      </button>
    </VerdictFrame>
  );
}
