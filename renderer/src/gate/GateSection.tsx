import { useTranslation } from 'react-i18next';

// TEMPORARY until the domain lands (issue 4/7): replaced by the scanning screen.
export function GateSection() {
  const { t } = useTranslation();
  return (
    <section className="section">
      <h2>{t('section.gateTitle')}</h2>
    </section>
  );
}
