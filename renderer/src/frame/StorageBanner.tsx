import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../electron/server/contract';
import { call } from '../api/client';
import { onEvent } from '../api/event-hub';
import { formatDateTimeShort } from '../format';

const gigabytes = (bytes: number | null, unknown: string) => (bytes === null ? unknown : bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`);

/**
 * The manager's banner about the core's own health: low or full disk (with the free space), another program
 * holding the database, an error nothing else caught. Loaded once, then kept current by `storage.changed`.
 */
export function StorageBanner() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    call('system.storage', {}).then(setStatus, () => undefined);
    const off = onEvent('storage.changed', setStatus);
    const reload = onEvent('hello', () => void call('system.storage', {}).then(setStatus, () => undefined));
    return () => {
      off();
      reload();
    };
  }, []);
  if (!status) return null;
  const free = gigabytes(status.freeBytes, t('health.unknownFree'));
  const when = (ms: number) => formatDateTimeShort(ms, i18n.language);
  const lines: { key: string; text: string; red: boolean }[] = [];
  if (status.level === 'full') lines.push({ key: 'full', text: t('health.full', { free, since: when(status.fullSince ?? status.checkedAt) }), red: true });
  else if (status.level === 'critical') lines.push({ key: 'critical', text: t('health.critical', { free }), red: true });
  else if (status.level === 'low') lines.push({ key: 'low', text: t('health.low', { free }), red: false });
  if (status.busySince !== null) lines.push({ key: 'busy', text: t('health.busy', { since: when(status.busySince) }), red: true });
  if (status.lastUnhandled) lines.push({ key: 'unhandled', text: t('health.unhandled', { time: when(status.lastUnhandled.at), message: status.lastUnhandled.message }), red: false });
  if (lines.length === 0) return null;
  return (
    <div className="storage-banners">
      {lines.map((line) => (
        <div key={line.key} className={line.red ? 'banner banner-error' : 'banner banner-warn'} role={line.red ? 'alert' : 'status'} data-testid={`health-${line.key}`}>
          <span aria-hidden="true">{line.red ? '⛔' : '⚠'}</span> {line.text}
        </div>
      ))}
    </div>
  );
}
