/** Login with login and PIN; the board is for the hall administrator and the manager (DESIGN §4). */
import { login } from '@queue/client';
import { serverUrl } from '@queue/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AdminSession, mayUseAdminBoard } from './admin-session';

export interface LoginFormProps {
  notice: string | null;
  onLogin(session: AdminSession): void;
}

export const LoginForm = ({ notice, onLogin }: LoginFormProps) => {
  const { t } = useTranslation('board');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loginId = useId();
  const pinId = useId();

  return (
    <main className="admin-login">
      <form
        className="admin-login-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const answer = await login(serverUrl(), name.trim(), pin.trim());
            if (!mayUseAdminBoard(answer.staff.roles)) setError(t('admin.login.notAllowed'));
            else onLogin({ token: answer.token, staff: answer.staff });
          } catch (failure) {
            setError(failure instanceof Error ? failure.message : t('admin.login.failed'));
          } finally {
            setBusy(false);
          }
        }}
      >
        <h1>{t('admin.login.title')}</h1>
        {notice && <p className="notice">{notice}</p>}
        <label htmlFor={loginId}>{t('admin.login.login')}</label>
        <input
          id={loginId}
          name="login"
          autoComplete="username"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={pinId}>{t('admin.login.pin')}</label>
        <input
          id={pinId}
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          required
          minLength={4}
          value={pin}
          onChange={(event) => setPin(event.target.value)}
        />
        {error && (
          <p className="problem" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('admin.login.submit')}
        </button>
      </form>
    </main>
  );
};
