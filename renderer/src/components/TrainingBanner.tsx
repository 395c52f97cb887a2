import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../stores/sync-store';

/** On every report while reports go to the sandbox: training figures never pass for the books. */
export function TrainingBanner() {
  const { t } = useTranslation();
  const sandbox = useSyncStore((state) => state.status?.sandbox ?? true);
  if (!sandbox) return null;
  return (
    <p className="banner banner-training" role="note" data-testid="training-banner">
      <span aria-hidden="true">⚑</span> {t('golive.trainingReport')}
    </p>
  );
}
