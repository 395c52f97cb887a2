import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { useRouteStore } from '../stores/route-store';
import { useLiveStore } from '../stores/live-store';
import { connectEvents } from '../api/event-hub';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { StatusBadge } from './StatusBadge';
import { sectionsFor } from './sections';
import { useFirstRunLanding } from '../manage/checklist/use-first-run-landing';
import { SectionView } from './SectionView';
import { StorageBanner } from './StorageBanner';
import { ChangePinPrompt } from './ChangePinPrompt';

/** The logged-in frame: what this role may use, who is logged in, the status badges, logout. */
export function AppFrame() {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.session);
  const logout = useSessionStore((state) => state.logout);
  const section = useRouteStore((state) => state.section);
  const go = useRouteStore((state) => state.go);
  const setLive = useLiveStore((state) => state.setLive);
  const role = session?.user.role ?? 'clerk';
  const allowed = sectionsFor(role);
  const current = allowed.find((s) => s.id === section) ?? allowed[0];
  useFirstRunLanding(session?.user.role);

  // One stream per window: the badge shows its state, screens listen on it with onEvent.
  useEffect(() => connectEvents(setLive), [setLive]);

  // Alt+1..3 switch sections from anywhere, so hands stay on the keyboard.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const target = allowed.find((s) => s.key === event.key);
      if (target) {
        event.preventDefault();
        go(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [allowed, go]);

  if (!session || !current) return null;
  return (
    <div className="frame">
      <header className="frame-header">
        <div className="brand" aria-label={t('app.name')}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </div>
        <nav aria-label={t('app.name')} className="frame-nav">
          {allowed.map((s) => (
            <button
              key={s.id}
              type="button"
              className={s.id === current.id ? 'nav-item active' : 'nav-item'}
              aria-current={s.id === current.id ? 'page' : undefined}
              title={t('nav.shortcut', { key: `Alt+${s.key}` })}
              onClick={() => go(s.id)}
            >
              {t(`nav.${s.id}`)}
              <kbd>Alt+{s.key}</kbd>
            </button>
          ))}
        </nav>
        <StatusBadge />
        <div className="frame-user">
          <span className="user-name">{t('nav.loggedInAs', { name: session.user.displayName, role: t(`roles.${session.user.role}`) })}</span>
          <LanguageSwitch />
          <button type="button" className="secondary" onClick={() => void logout()}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main className="frame-main" id="main">
        {session.mustChangePin ? <ChangePinPrompt /> : null}
        {role === 'manager' && <StorageBanner />}
        <SectionView section={current.id} />
      </main>
    </div>
  );
}
