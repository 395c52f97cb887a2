import { useTranslation } from 'react-i18next';
import type { VenueNetworkView } from '../../../../electron/server/contract';
import { QrImage } from '../../components/QrImage';

/** The HTTPS addresses a device can open (each with its QR code) and the fingerprint its browser should show. */
export function NetworkPanel({ network }: { network: VenueNetworkView }) {
  const { t } = useTranslation();
  if (!network.https) return <p className="banner banner-warn">{t('devices.notServed')}</p>;
  return (
    <div className="card stack" aria-labelledby="network-title">
      <h3 id="network-title">{t('devices.networkTitle')}</h3>
      {network.urls.length === 0 ? <p className="muted">{t('devices.noAddress')}</p> : null}
      <ul className="address-list">
        {network.urls.map((url) => (
          <li key={url}>
            <QrImage text={url} label={t('devices.addressQr', { url })} className="qr-small" />
            <code data-testid="lan-url">{url}</code>
          </li>
        ))}
      </ul>
      <p>
        {t('devices.fingerprint')}: <code className="fingerprint" data-testid="fingerprint">{network.fingerprint}</code>
      </p>
      <p className="muted">{t('devices.fingerprintHelp')}</p>
    </div>
  );
}
