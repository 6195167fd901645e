import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentralLoginAnswer } from '../contract/central-api';
import { CentralError, signIn } from './central-client';

/**
 * The head office's own sign-in: a head-office login and password (never an office's PIN), in the look
 * of every staff sign-in of the product (`.sign-in`, theme.css and report-page.css).
 */
export const SignIn = ({
  notice,
  onSignedIn,
}: {
  notice: string | null;
  onSignedIn: (a: CentralLoginAnswer) => void;
}) => {
  const { t, i18n } = useTranslation('central');
  const ids = { login: useId(), password: useId(), problem: useId() };
  const passwordField = useRef<HTMLInputElement>(null);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      onSignedIn(await signIn(login.trim(), password));
    } catch (failure) {
      setProblem(
        failure instanceof CentralError && failure.wire
          ? failure.wire.message[i18n.language === 'en' ? 'en' : 'ru']
          : t('login.unreachable'),
      );
      setPassword('');
      passwordField.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in" data-testid="login-screen">
      <form className="sign-in-form" onSubmit={submit} aria-busy={busy}>
        <div className="sign-in-top">
          <h1>{t('login.title')}</h1>
        </div>
        {notice ? (
          <p className="sign-in-notice" role="status">
            {notice}
          </p>
        ) : null}
        <div className="sign-in-field">
          <label htmlFor={ids.login}>{t('login.login')}</label>
          <input
            id={ids.login}
            name="login"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            // biome-ignore lint/a11y/noAutofocus: the screen has one purpose; the person starts typing at once
            autoFocus
            required
            maxLength={64}
            value={login}
            onChange={(event) => setLogin(event.target.value)}
          />
        </div>
        <div className="sign-in-field">
          <label htmlFor={ids.password}>{t('login.password')}</label>
          <input
            ref={passwordField}
            id={ids.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? ids.problem : undefined}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {problem ? (
          <p className="sign-in-problem" role="alert" id={ids.problem} data-testid="login-error">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="primary sign-in-submit" disabled={busy} data-testid="login-submit">
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </main>
  );
};
