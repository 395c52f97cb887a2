import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { errorText } from '../i18n/error-text';
import { LoginCard } from './LoginCard';

export function LoginScreen() {
  const { t } = useTranslation();
  const login = useSessionStore((state) => state.login);
  return (
    <LoginCard
      title={`${t('app.name')} · ${t('login.title')}`}
      intro={<p className="muted">{t('app.tagline')}</p>}
      submitLabel={t('login.submit')}
      attempt={async (username, secret) => {
        try {
          await login(username, secret);
          return null;
        } catch (failure) {
          return errorText(t, failure);
        }
      }}
    />
  );
}
