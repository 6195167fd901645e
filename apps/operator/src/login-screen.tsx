import { login } from '@queue/client';
import { serverUrl } from '@queue/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.js';
import type { OperatorSession } from './session-store.js';

/** Login and PIN (DESIGN §4); the server checks the PIN against its scrypt hash and issues a session token. */
export const LoginScreen = ({
  notice,
  onLoggedIn,
}: {
  notice: string | null;
  onLoggedIn: (session: OperatorSession) => void;
}) => {
  const { t } = useTranslation('operator');
  const ids = { login: useId(), pin: useId(), error: useId() };
  const [loginName, setLoginName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await login(serverUrl(), loginName.trim(), pin.trim()));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setPin('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="login-screen" data-testid="login-screen">
      <form className="panel login-form" onSubmit={submit} aria-describedby={error ? ids.error : undefined}>
        <div className="login-top">
          <h1>{t('login.heading')}</h1>
          <LanguageSwitch />
        </div>
        {notice ? <p className="hint">{notice}</p> : null}
        <div className="field">
          <label htmlFor={ids.login}>{t('login.login')}</label>
          <input
            id={ids.login}
            name="login"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            // biome-ignore lint/a11y/noAutofocus: the screen has one purpose; the operator starts typing at once
            autoFocus
            value={loginName}
            onChange={(e) => setLoginName(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={ids.pin}>{t('login.pin')}</label>
          <input
            id={ids.pin}
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            required
            minLength={4}
          />
        </div>
        {error ? (
          <p className="refusal" role="alert" id={ids.error} data-testid="login-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary big" disabled={busy} data-testid="login-submit">
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </main>
  );
};
