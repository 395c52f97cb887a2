import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogStore } from '../../stores/catalog-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { PlatformSettingsForm } from './PlatformSettingsForm';
import { SmsSettingsPanel } from '../eticket/SmsSettingsPanel';
import { TypesPanel } from './TypesPanel';
import { DirectorySearch } from './DirectorySearch';
import { LocalVenuesPanel } from './LocalVenuesPanel';
import { NeedsTypePanel } from './NeedsTypePanel';
import '../../styles/golive.css';

/** The platform: where reports go and a connection test; the performance types; the venue directory and each local venue's registration. */
export function PlatformScreen() {
  const { t } = useTranslation();
  const load = useCatalogStore((state) => state.load);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load().catch((failure: unknown) => setError(errorText(t, failure)));
  }, [load, t]);

  return (
    <section aria-labelledby="platform-title" className="stack">
      <h2 id="platform-title">{t('platform.title')}</h2>
      <ErrorBanner message={error} />
      <div className="two-columns">
        <div className="stack">
          <PlatformSettingsForm />
          <DirectorySearch />
          <SmsSettingsPanel />
        </div>
        <div className="stack">
          <NeedsTypePanel />
          <TypesPanel />
          <LocalVenuesPanel />
        </div>
      </div>
    </section>
  );
}
