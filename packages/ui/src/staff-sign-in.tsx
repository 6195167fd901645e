import { login } from '@queue/client';
import type { LoginResponse } from '@queue/protocol';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverAnswered, signInProblem } from './sign-in-problem.js';
import { serverUrl } from './use-office.js';
import './staff-sign-in.css';

export interface StaffSignInProps {
  /** What the screen is for, e.g. «Вход в пульт оператора». */
  heading: string;
  /** Why the person is here again (a session that ended), shown above the fields. */
  notice?: string | null;
  /** Shown beside the heading, e.g. the operator's language switch. */
  tools?: ReactNode;
  /** The app's own rule on who may use it: the text saying why this staff member may not, or null. */
  refuse?: (staff: LoginResponse['staff']) => string | null;
  onSignedIn: (answer: LoginResponse) => void;
}

/**
 * The staff sign-in of every staff screen (DESIGN §4): login and PIN, checked by the server's
 * `/api/login`. The login field has the focus, Enter signs in, the button says when it is busy, and a
 * refusal is said in plain words; the login stays and the PIN field takes the focus for another try.
 */
export const StaffSignIn = ({ heading, notice = null, tools, refuse, onSignedIn }: StaffSignInProps) => {
  const { t, i18n } = useTranslation('common');
  const ids = { login: useId(), pin: useId(), problem: useId() };
  const pinField = useRef<HTMLInputElement>(null);
  const [loginName, setLoginName] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refused = (text: string, clearPin: boolean) => {
    setProblem(text);
    if (clearPin) setPin('');
    pinField.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer = await login(serverUrl(), loginName.trim(), pin.trim());
      const notAllowed = refuse?.(answer.staff) ?? null;
      if (notAllowed) refused(notAllowed, true);
      else onSignedIn(answer);
    } catch (failure) {
      const found = signInProblem(failure);
      const text =
        found.kind === 'server'
          ? found.text[i18n.language === 'en' ? 'en' : 'ru']
          : t(`signIn.problem.${found.kind}`);
      refused(text, serverAnswered(found));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in" data-testid="login-screen">
      <form className="sign-in-form" onSubmit={submit} aria-busy={busy}>
        <div className="sign-in-top">
          <h1>{heading}</h1>
          {tools}
        </div>
        {notice ? (
          <p className="sign-in-notice" role="status">
            {notice}
          </p>
        ) : null}
        <div className="sign-in-field">
          <label htmlFor={ids.login}>{t('signIn.login')}</label>
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
            value={loginName}
            onChange={(event) => setLoginName(event.target.value)}
          />
        </div>
        <div className="sign-in-field">
          <label htmlFor={ids.pin}>{t('signIn.pin')}</label>
          <input
            ref={pinField}
            id={ids.pin}
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            required
            minLength={4}
            maxLength={32}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? ids.problem : undefined}
            value={pin}
            onChange={(event) => setPin(event.target.value)}
          />
        </div>
        {problem ? (
          <p className="sign-in-problem" role="alert" id={ids.problem} data-testid="login-error">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="primary sign-in-submit" disabled={busy} data-testid="login-submit">
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
};
