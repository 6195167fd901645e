import { StaffSignIn } from '@queue/ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.js';
import { OfficeConsole } from './office-console.js';
import { type OperatorSession, clearSession, loadSession, saveSession } from './session-store.js';

/** Signed out → the login; signed in → the console, which keeps its session across a reload. */
export const OperatorApp = () => {
  const { t } = useTranslation('operator');
  const [session, setSession] = useState<OperatorSession | null>(loadSession);
  const [notice, setNotice] = useState<string | null>(null);
  const signedOut = useCallback(
    (expired: boolean) => {
      clearSession();
      setSession(null);
      setNotice(expired ? t('login.expired') : null);
    },
    [t],
  );
  if (!session) {
    return (
      <StaffSignIn
        heading={t('login.heading')}
        notice={notice}
        tools={<LanguageSwitch />}
        onSignedIn={(created) => {
          saveSession(created);
          setNotice(null);
          setSession(created);
        }}
      />
    );
  }
  return <OfficeConsole key={session.token} session={session} onSignedOut={signedOut} />;
};
