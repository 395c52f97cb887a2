import { useTranslation } from 'react-i18next';
import '../../styles/large.css';
import { useGateStore } from '../../stores/gate-store';

/**
 * Always in view while this gate admits a large session: every ticket enters with its named holder's ID, and held
 * tickets without a bound holder are refused (the verdict says so too, in red). Not colour alone: a mark and words.
 */
export function LargeEntryBanner() {
  const { t } = useTranslation();
  const large = useGateStore((state) => state.setup.sessionIds.some((id) => state.sessions?.find((s) => s.id === id)?.large === true));
  if (!large) return null;
  return (
    <div className="gate-large" role="note" data-testid="gate-large-banner">
      <span className="gate-large-mark" aria-hidden="true">
        ◆
      </span>
      <strong>{t('large.gate.banner')}</strong>
      <span className="gate-large-hint">{t('large.gate.bannerHint')}</span>
    </div>
  );
}
