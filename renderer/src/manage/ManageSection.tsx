import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteStore } from '../stores/route-store';
import { PeopleScreen } from './PeopleScreen';
import { AuditScreen } from './AuditScreen';
import { VenuesScreen } from './venues/VenuesScreen';
import { PerformancesScreen } from './performances/PerformancesScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { BackupsScreen } from './backups/BackupsScreen';
import { SyncScreen } from './sync/SyncScreen';
import { PlatformScreen } from './platform/PlatformScreen';
import { DevicesScreen } from './devices/DevicesScreen';
import { SetupChecklist } from './checklist/SetupChecklist';
import '../styles/manage.css';

const TABS = {
  start: () => <SetupChecklist />,
  performances: () => <PerformancesScreen />,
  venues: () => <VenuesScreen />,
  reports: () => <ReportsScreen />,
  people: () => <PeopleScreen />,
  audit: () => <AuditScreen />,
  backups: () => <BackupsScreen />,
  sync: () => <SyncScreen />,
  platform: () => <PlatformScreen />,
  devices: () => <DevicesScreen />,
} satisfies Record<string, () => ReactNode>;
type Tab = keyof typeof TABS;
const TAB_IDS = Object.keys(TABS) as Tab[];

/** The manager's area: one tab per job, addressable by URL (/manage/<tab>). */
export function ManageSection() {
  const { t } = useTranslation();
  const subpath = useRouteStore((state) => state.subpath);
  const go = useRouteStore((state) => state.go);
  // /manage/<tab>[/<record id>]: a link may name the record to show (e.g. from a dead letter on the sync tab).
  const first = subpath.split('/')[0] ?? '';
  const tab: Tab = (TAB_IDS as string[]).includes(first) ? (first as Tab) : 'performances';
  return (
    <div className="section">
      <div className="tabs" role="tablist" aria-label={t('section.manageTitle')}>
        {TAB_IDS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => go('manage', id)}>
            {t(`manage.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">{TABS[tab]()}</div>
    </div>
  );
}
