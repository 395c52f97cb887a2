import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleStore } from '../stores/people-store';
import { useSessionStore } from '../stores/session-store';
import { Notices } from '../components/Notices';
import { useAction } from '../components/use-action';
import { NewUserForm } from './NewUserForm';
import { ResetPinForm } from './ResetPinForm';
import type { UserSummary } from '../../../electron/server/contract';

/** Users and roles: add, reset a PIN, deactivate or reactivate. */
export function PeopleScreen() {
  const { t } = useTranslation();
  const users = usePeopleStore((state) => state.users);
  const load = usePeopleStore((state) => state.load);
  const setActive = usePeopleStore((state) => state.setActive);
  const unlockLogin = usePeopleStore((state) => state.unlockLogin);
  const me = useSessionStore((state) => state.session?.user.id);
  const { error, notice, fail, run, setNotice } = useAction();
  const [resetting, setResetting] = useState<UserSummary | null>(null);

  useEffect(() => {
    load().catch(fail);
  }, [load, fail]);

  const toggle = (user: UserSummary) => run(() => setActive(user.id, !user.active).then(() => undefined));

  const unlock = (user: UserSummary) =>
    run(async () => {
      await unlockLogin(user.id);
      return t('unlock.done', { name: user.displayName });
    });

  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t('people.title')}</h2>
      <Notices error={error} notice={notice} />
      <div className="two-columns">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('people.displayName')}</th>
              <th scope="col">{t('people.username')}</th>
              <th scope="col">{t('people.role')}</th>
              <th scope="col">{t('people.status')}</th>
              <th scope="col">{t('people.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={user.active ? undefined : 'row-muted'}>
                <td>
                  {user.displayName} {user.id === me ? <span className="muted">{t('people.you')}</span> : null}
                </td>
                <td>{user.username}</td>
                <td>{t(`roles.${user.role}`)}</td>
                <td>{user.active ? t('people.active') : t('people.inactive')}</td>
                <td>
                  <div className="actions">
                    <button type="button" className="secondary" onClick={() => setResetting(user)}>
                      {t('people.resetPin')}
                    </button>
                    <button type="button" className="secondary" onClick={() => void unlock(user)}>
                      {t('unlock.button')}
                    </button>
                    {user.id === me ? null : (
                      <button type="button" className="secondary" onClick={() => void toggle(user)}>
                        {user.active ? t('people.deactivate') : t('people.activate')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          {resetting ? (
            <ResetPinForm
              user={resetting}
              onDone={(message) => {
                setResetting(null);
                setNotice(message);
              }}
              onCancel={() => setResetting(null)}
            />
          ) : (
            <NewUserForm onCreated={(user) => setNotice(t('people.created', { name: user.displayName }))} />
          )}
        </div>
      </div>
    </section>
  );
}
