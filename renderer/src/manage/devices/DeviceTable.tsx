import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceView } from '../../../../electron/server/contract';
import { formatDateTime } from '../../format';

/** Every paired device with where and when it was last seen; live ones can be revoked after a second look. */
export function DeviceTable({ devices, onRevoke }: { devices: DeviceView[]; onRevoke: (device: DeviceView) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<DeviceView | null>(null);
  const when = (at: number | null) => (at === null ? '—' : formatDateTime(at, i18n.language));
  if (devices.length === 0) return <p className="muted">{t('devices.none')}</p>;
  return (
    <>
      {confirming ? (
        <div className="card danger-zone" role="alertdialog" aria-labelledby="revoke-title">
          <p id="revoke-title">{t('devices.revokeConfirm', { name: confirming.name })}</p>
          <div className="button-row">
            <button type="button" className="primary danger" onClick={() => {
                setConfirming(null);
                void onRevoke(confirming);
              }}>
              {t('devices.revokeYes')}
            </button>
            <button type="button" className="secondary" autoFocus onClick={() => setConfirming(null)}>
              {t('devices.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('devices.name')}</th>
            <th scope="col">{t('devices.use')}</th>
            <th scope="col">{t('devices.lastAddress')}</th>
            <th scope="col">{t('devices.lastSeen')}</th>
            <th scope="col">{t('devices.pairedAt')}</th>
            <th scope="col">{t('devices.status')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => (
            <tr key={device.id} data-device={device.name}>
              <td>{device.name}</td>
              <td>{device.kind === 'gate' ? t('devices.gateOf', { gate: device.gateName ?? '' }) : t('devices.window')}</td>
              <td>
                <code>{device.lastAddress ?? '—'}</code>
              </td>
              <td className="nowrap">{when(device.lastSeenAt)}</td>
              <td className="nowrap">{when(device.pairedAt)}</td>
              <td>
                {device.revokedAt !== null ? (
                  t('devices.revokedAt', { at: when(device.revokedAt) })
                ) : (
                  <>
                    {t('devices.live')}{' '}
                    <button type="button" className="secondary" onClick={() => setConfirming(device)}>
                      {t('devices.revoke')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
