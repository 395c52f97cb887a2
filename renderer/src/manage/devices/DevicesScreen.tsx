import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../../api/event-hub';
import { ErrorBanner, OkBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { useDevicesStore } from '../../stores/devices-store';
import { DeviceTable } from './DeviceTable';
import { NetworkPanel } from './NetworkPanel';
import { PairingCodeForm } from './PairingCodeForm';
import { GateHolderNameSetting } from './GateHolderNameSetting';
import '../../styles/devices.css';

/** Manage → 设备: the venue network's addresses and fingerprint, pairing codes, and the paired devices. */
export function DevicesScreen() {
  const { t } = useTranslation();
  const network = useDevicesStore((state) => state.network);
  const devices = useDevicesStore((state) => state.devices);
  const load = useDevicesStore((state) => state.load);
  const revoke = useDevicesStore((state) => state.revoke);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const reload = () => void load().catch((failure: unknown) => setError(errorText(t, failure)));
    reload();
    // A device paired with a code from this screen appears without a refresh.
    return onEvent('devices.changed', reload);
  }, [load, t]);

  return (
    <section aria-labelledby="devices-title" className="stack">
      <h2 id="devices-title">{t('devices.title')}</h2>
      <p className="muted">{t('devices.intro')}</p>
      <ErrorBanner message={error} />
      <OkBanner message={notice} />
      <div className="two-columns">
        {network ? <NetworkPanel network={network} /> : null}
        {network?.https ? <PairingCodeForm /> : null}
      </div>
      <GateHolderNameSetting />
      <div className="stack">
        <h3>{t('devices.listTitle')}</h3>
        <DeviceTable
            devices={devices}
            onRevoke={async (device) => {
              setError(null);
              try {
                await revoke(device.id);
                setNotice(t('devices.revoked', { name: device.name }));
              } catch (failure) {
                setError(errorText(t, failure));
              }
            }}
          />
      </div>
    </section>
  );
}
