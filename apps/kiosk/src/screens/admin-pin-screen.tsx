import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminRefusalText } from '@queue/ui';
import { useKiosk, useScreenSpeech } from '../kiosk-context.js';
import { Keypad } from '../parts/keypad.js';

const LOGIN_KEY = 'queue.kiosk.adminLogin';

/**
 * The lock in front of the settings and the exit (DESIGN §5): an administrator's login and PIN, checked
 * by the server. The login of the last administrator who opened the settings is remembered on this kiosk
 * (a touch kiosk rarely has a keyboard); the PIN never is.
 */
export const AdminPinScreen = () => {
  const { t, i18n } = useTranslation('kiosk');
  const { actions, signIn } = useKiosk();
  const [login, setLogin] = useState(() => localStorage.getItem(LOGIN_KEY) ?? '');
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  useScreenSpeech(`${t('admin.heading')}. ${t('admin.text')}`);

  const submit = async () => {
    if (!login.trim() || pin.length < 4 || checking) return;
    setChecking(true);
    setMessage(t('admin.checking'));
    const entered = pin;
    const result = await signIn(login, entered);
    setChecking(false);
    setPin('');
    if (result.ok) {
      localStorage.setItem(LOGIN_KEY, login.trim());
      actions.openSettings({ name: result.name, login: login.trim(), pin: entered });
      return;
    }
    setMessage(adminRefusalText(result.problem, t, i18n.language, 'kiosk:admin'));
  };

  return (
    <section className="screen screen--admin" aria-labelledby="screen-heading">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('admin.heading')}
      </h1>
      <p className="lead">{t('admin.text')}</p>
      <form
        className="admin-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>{t('admin.login')}</span>
          <input
            name="login"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={login}
            onChange={(e) => setLogin(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('admin.pin')}</span>
          <input
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={32}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        </label>
        <p className="form-error" role="status" aria-live="polite">
          {message ?? ''}
        </p>
        <Keypad
          onDigit={(d) => setPin((p) => (p.length < 32 ? p + d : p))}
          onErase={() => setPin((p) => p.slice(0, -1))}
          onClear={() => setPin('')}
        />
        <div className="form-actions">
          <button type="button" className="tile tile--done" onClick={actions.home}>
            <span className="tile-title">{t('admin.cancel')}</span>
          </button>
          <button type="submit" className="tile tile--primary tile--done" disabled={checking}>
            <span className="tile-title">{t('admin.enter')}</span>
          </button>
        </div>
      </form>
    </section>
  );
};
