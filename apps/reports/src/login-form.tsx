import { login } from '@queue/client';
import { serverUrl } from '@queue/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Session, mayReadReports } from './session';

/** Sign-in with login and PIN; reports are for the manager and the hall administrator (DESIGN §4). */
export const LoginForm = ({ notice, onLogin }: { notice: string | null; onLogin: (s: Session) => void }) => {
  const { t } = useTranslation('reports');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { login: useId(), pin: useId() };

  return (
    <main className="login">
      <form
        className="login-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const answer = await login(serverUrl(), name.trim(), pin.trim());
            if (mayReadReports(answer.staff.roles)) onLogin({ token: answer.token, staff: answer.staff });
            else setError(t('login.notAllowed'));
          } catch (failure) {
            setError(failure instanceof Error ? failure.message : t('login.failed'));
          } finally {
            setBusy(false);
          }
        }}
      >
        <h1>{t('login.title')}</h1>
        {notice && <p className="notice">{notice}</p>}
        <label htmlFor={ids.login}>{t('login.login')}</label>
        <input
          id={ids.login}
          name="login"
          autoComplete="username"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <label htmlFor={ids.pin}>{t('login.pin')}</label>
        <input
          id={ids.pin}
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          required
          minLength={4}
          value={pin}
          onChange={(e) => setPin(e.target.value)}
        />
        {error && (
          <p className="problem" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </main>
  );
};
