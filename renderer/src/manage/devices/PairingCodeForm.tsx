import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceSchemas, pairingLink } from '../../../../electron/server/contract/devices';
import { Field } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { QrImage } from '../../components/QrImage';
import { useNow } from '../../components/use-now';
import { errorText } from '../../i18n/error-text';
import { checkField } from '../../i18n/issue-text';
import { useDevicesStore } from '../../stores/devices-store';

const TTL_MINUTES = 10;

/** A new one-time code for one device: what it is for, then the code and a QR code of the address, code and fingerprint. */
export function PairingCodeForm() {
  const { t, i18n } = useTranslation();
  const createCode = useDevicesStore((state) => state.createCode);
  const pairing = useDevicesStore((state) => state.pairing);
  const [kind, setKind] = useState<'gate' | 'window'>('gate');
  const [gateName, setGateName] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const now = useNow();

  const errors = {
    gateName: kind === 'gate' ? checkField(t, deviceSchemas.gateName, gateName, i18n.language) : null,
    deviceName: checkField(t, deviceSchemas.deviceName, deviceName, i18n.language),
  };
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await createCode(kind === 'gate' ? { kind, gateName, deviceName } : { kind, deviceName });
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };
  const left = pairing ? Math.max(0, pairing.expiresAt - now) : 0;
  const link = pairing ? pairingLink(pairing.network.urls[0] ?? window.location.origin, pairing.code, pairing.network.fingerprint) : null;

  return (
    <div className="card stack">
      <h3>{t('devices.newCode')}</h3>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <fieldset className="choice-row">
          <legend>{t('devices.kind')}</legend>
          {(['gate', 'window'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} /> {t(`devices.kinds.${option}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'gate' ? <Field label={t('devices.gateName')} name="gateName" required value={gateName} error={gateName ? errors.gateName : null} onChange={(e) => setGateName(e.target.value)} /> : null}
        <Field label={t('devices.deviceName')} name="deviceName" placeholder={t('devices.deviceNamePlaceholder')} required value={deviceName} error={deviceName ? errors.deviceName : null} onChange={(e) => setDeviceName(e.target.value)} />
        <ErrorBanner message={error} />
        <button type="submit" className="primary" disabled={busy || errors.gateName !== null || errors.deviceName !== null}>
          {busy ? t('devices.creating') : t('devices.create')}
        </button>
      </form>
      {pairing && link ? (
        <div className="pairing-code stack" aria-live="polite">
          <h4>{t('devices.codeTitle')}</h4>
          {left > 0 ? (
            <>
              <QrImage text={link} label={t('devices.codeQr')} className="qr-large" />
              <p className="pairing-code-text" data-testid="pairing-code">
                {pairing.code}
              </p>
              <p>{t('devices.codeExpiresIn', { time: `${Math.floor(left / 60_000)}:${String(Math.floor((left % 60_000) / 1000)).padStart(2, '0')}` })}</p>
              <p className="muted">{t('devices.codeHelp', { minutes: TTL_MINUTES })}</p>
            </>
          ) : (
            <p className="banner banner-warn">{t('devices.codeExpired')}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
