import { useTranslation } from 'react-i18next';

/** Held tickets against the 15% cap as a bar, with the figures in words (an over-cap bar is red and says so). */
export function ShareBar({ held, cap }: { held: number; cap: number | null }) {
  const { t } = useTranslation();
  if (cap === null) return <span className="muted">{t('large.manage.audience.noCap')}</span>;
  const over = held > cap;
  const width = cap === 0 ? (held > 0 ? 100 : 0) : Math.min(100, Math.round((held * 100) / cap));
  return (
    <span className="share-cell">
      <span className={over ? 'share-bar over' : 'share-bar'} role="img" aria-label={t('large.manage.audience.bar', { held, cap })}>
        <span className="share-bar-fill" style={{ width: `${width}%` }} />
      </span>{' '}
      {t('large.manage.audience.bar', { held, cap })}
      {over ? <strong className="unbound-mark"> ⚠ {t('large.manage.audience.over')}</strong> : null}
    </span>
  );
}
