import { login } from '@queue/client';
import type { LoginResponse } from '@queue/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './sign-in-form.js';
import { serverAnswered, signInProblem } from './sign-in-problem.js';
import { serverUrl } from './use-office.js';

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
 * The staff sign-in of every office screen (DESIGN §4): login and PIN, checked by the office server's
 * `/api/login`, in the form every staff screen shares (`SignInForm`).
 */
export const StaffSignIn = ({ heading, notice = null, tools, refuse, onSignedIn }: StaffSignInProps) => {
  const { t, i18n } = useTranslation('common');
  return (
    <SignInForm
      heading={heading}
      notice={notice}
      tools={tools}
      secret={{ label: t('signIn.pin'), numeric: true, minLength: 4, maxLength: 32 }}
      submit={async (loginName, pin) => {
        try {
          const answer = await login(serverUrl(), loginName, pin);
          const notAllowed = refuse?.(answer.staff) ?? null;
          if (notAllowed) return { text: notAllowed, clearSecret: true };
          onSignedIn(answer);
          return null;
        } catch (failure) {
          const found = signInProblem(failure);
          const text =
            found.kind === 'server'
              ? found.text[i18n.language === 'en' ? 'en' : 'ru']
              : t(`signIn.problem.${found.kind}`);
          return { text, clearSecret: serverAnswered(found) };
        }
      }}
    />
  );
};
