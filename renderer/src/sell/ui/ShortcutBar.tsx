import { useTranslation } from 'react-i18next';

/** The keys of the screen on show, always in view: a clerk learns them from the screen, not a manual. */
export function ShortcutBar({ items }: { items: readonly (readonly [string, string])[] }) {
  const { t } = useTranslation();
  return (
    <footer className="shortcut-bar" aria-label={t('sell.keys.title')}>
      <span className="shortcut-title">{t('sell.keys.title')}</span>
      {items.map(([key, label]) => (
        <span key={key} className="shortcut">
          <kbd>{key}</kbd> {label}
        </span>
      ))}
    </footer>
  );
}
