/**
 * The lock in front of the hall display's announcement settings (issue 19): the screen is public, so
 * only an administrator changes what the hall hears — the same sign-in as the kiosk's settings, checked by
 * the server. The last administrator's login is remembered on this screen; the PIN never is.
 */
import { adminRefusalText, serverUrl, signInAdministrator } from '@queue/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../modal-dialog';
import { pageStorage } from './device-token';

const LOGIN_KEY = 'queue.board.adminLogin';

export const SettingsSignIn = ({ onSignedIn, onClose }: { onSignedIn(): void; onClose(): void }) => {
  const { t, i18n } = useTranslation('board');
  const ids = { login: useId(), pin: useId(), message: useId() };
  const [login, setLogin] = useState(() => pageStorage()?.getItem(LOGIN_KEY) ?? '');
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async () => {
    if (!login.trim() || pin.length < 4 || checking) return;
    setChecking(true);
    setMessage(t('hall.signIn.checking'));
    const result = await signInAdministrator(serverUrl(), login, pin);
    setChecking(false);
    setPin('');
    if (result.ok) {
      try {
        pageStorage()?.setItem(LOGIN_KEY, login.trim());
      } catch {
        // Without storage the login is typed again next time.
      }
      onSignedIn();
      return;
    }
    setMessage(adminRefusalText(result.problem, t, i18n.language, 'board:hall.signIn'));
  };

  return (
    <ModalDialog title={t('hall.signIn.title')} onClose={onClose} className="hall-settings">
      <form
        data-testid="hall-sign-in"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="hint">{t('hall.signIn.text')}</p>
        <label htmlFor={ids.login}>{t('hall.signIn.login')}</label>
        <input
          id={ids.login}
          name="login"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={login}
          onChange={(event) => setLogin(event.target.value)}
        />
        <label htmlFor={ids.pin}>{t('hall.signIn.pin')}</label>
        <input
          id={ids.pin}
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={32}
          aria-describedby={ids.message}
          value={pin}
          onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
        />
        <p id={ids.message} className="problem" role="status" aria-live="polite">
          {message ?? ''}
        </p>
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={checking}>
            {t('hall.signIn.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('hall.settings.close')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
