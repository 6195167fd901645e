import { type StaffSession, StaffSignIn, staffSessionStore } from '@queue/ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.js';
import { OfficeConsole } from './office-console.js';

/** Any staff member may open the console; what each may do there the server decides per command. */
const operatorSession = staffSessionStore({ key: 'queue.operator.session' });

/** Signed out → the login; signed in → the console, which keeps its session across a reload. */
export const OperatorApp = () => {
  const { t } = useTranslation('operator');
  const [session, setSession] = useState<StaffSession | null>(operatorSession.read);
  const [notice, setNotice] = useState<string | null>(null);
  const signedOut = useCallback(
    (expired: boolean) => {
      operatorSession.clear();
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
          operatorSession.save(created);
          setNotice(null);
          setSession(created);
        }}
      />
    );
  }
  return <OfficeConsole key={session.token} session={session} onSignedOut={signedOut} />;
};
