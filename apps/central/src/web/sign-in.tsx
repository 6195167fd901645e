import { SignInForm } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import type { CentralLoginAnswer } from '../contract/central-api';
import { CentralError, signIn } from './central-client';

/**
 * The head office's own sign-in: a head-office login and password (never an office's PIN), in the form
 * every staff screen of the product shares.
 */
export const SignIn = ({
  notice,
  onSignedIn,
}: {
  notice: string | null;
  onSignedIn: (answer: CentralLoginAnswer) => void;
}) => {
  const { t, i18n } = useTranslation('central');
  return (
    <SignInForm
      heading={t('login.title')}
      notice={notice}
      secret={{ label: t('login.password'), numeric: false, minLength: 1, maxLength: 200 }}
      submit={async (login, password) => {
        try {
          onSignedIn(await signIn(login, password));
          return null;
        } catch (failure) {
          return failure instanceof CentralError && failure.wire
            ? { text: failure.wire.message[i18n.language === 'en' ? 'en' : 'ru'], clearSecret: true }
            : { text: t('login.unreachable'), clearSecret: false };
        }
      }}
    />
  );
};
