import { useTranslation } from 'react-i18next';
import '../../styles/large.css';

/** "大型演出 · 实名制", by a mark and words (not colour alone); with the rules in one line where there is room. */
export function LargeBadge({ withRules = false }: { withRules?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="large-badge-wrap">
      <span className="large-badge" data-testid="large-badge">
        <span aria-hidden="true">◆ </span>
        {t('large.badge')}
      </span>
      {withRules ? <span className="large-rules">{t('large.rulesLine')}</span> : null}
    </span>
  );
}
