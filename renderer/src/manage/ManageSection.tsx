import { useTranslation } from 'react-i18next';
import { useRouteStore } from '../stores/route-store';
import { PeopleScreen } from './PeopleScreen';
import { AuditScreen } from './AuditScreen';

const TABS = ['people', 'audit'] as const;
type Tab = (typeof TABS)[number];

/** The manager's area: one tab per job, addressable by URL (/manage/<tab>). */
export function ManageSection() {
  const { t } = useTranslation();
  const subpath = useRouteStore((state) => state.subpath);
  const go = useRouteStore((state) => state.go);
  const tab: Tab = (TABS as readonly string[]).includes(subpath) ? (subpath as Tab) : 'people';
  return (
    <div className="section">
      <div className="tabs" role="tablist" aria-label={t('section.manageTitle')}>
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => go('manage', id)}>
            {t(`manage.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">{tab === 'people' ? <PeopleScreen /> : <AuditScreen />}</div>
    </div>
  );
}
