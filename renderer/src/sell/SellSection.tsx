import { useTranslation } from 'react-i18next';

// TEMPORARY until the domain lands (issue 4/6): replaced by the session picker and seat map.
export function SellSection() {
  const { t } = useTranslation();
  return (
    <section className="section">
      <h2>{t('section.sellTitle')}</h2>
    </section>
  );
}
