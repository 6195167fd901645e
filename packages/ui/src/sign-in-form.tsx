import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './staff-sign-in.css';

/** Why a sign-in did not succeed: the words to show, and whether the secret is to be typed afresh. */
export interface SignInRefusal {
  text: string;
  clearSecret: boolean;
}

export interface SignInFormProps {
  /** What the screen is for, e.g. «Вход в пульт оператора». */
  heading: string;
  /** Why the person is here again (a session that ended), shown above the fields. */
  notice?: string | null;
  /** Shown beside the heading, e.g. the operator's language switch. */
  tools?: ReactNode;
  /** The second field: an office's PIN or the head office's password. */
  secret: { label: string; numeric: boolean; minLength: number; maxLength: number };
  /** Signs in; resolves when done, or with the refusal to show. */
  submit: (login: string, secret: string) => Promise<SignInRefusal | null>;
}

/**
 * The sign-in of every staff screen, an office's and the head office's: the login field has the focus,
 * Enter signs in, the button says when it is busy, and a refusal is said in plain words; the login
 * stays and the secret field takes the focus for another try.
 */
export const SignInForm = ({ heading, notice = null, tools, secret, submit }: SignInFormProps) => {
  const { t } = useTranslation('common');
  const ids = { login: useId(), secret: useId(), problem: useId() };
  const secretField = useRef<HTMLInputElement>(null);
  const [loginName, setLoginName] = useState('');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const refusal = await submit(loginName.trim(), secret.numeric ? value.trim() : value);
      if (refusal) {
        setProblem(refusal.text);
        if (refusal.clearSecret) setValue('');
        secretField.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in" data-testid="login-screen">
      <form className="sign-in-form" onSubmit={onSubmit} aria-busy={busy}>
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
          <label htmlFor={ids.secret}>{secret.label}</label>
          <input
            ref={secretField}
            id={ids.secret}
            name={secret.numeric ? 'pin' : 'password'}
            type="password"
            inputMode={secret.numeric ? 'numeric' : undefined}
            autoComplete="current-password"
            required
            minLength={secret.minLength}
            maxLength={secret.maxLength}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? ids.problem : undefined}
            value={value}
            onChange={(event) => setValue(event.target.value)}
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
