import '@queue/ui/theme.css';
import './kiosk.css';
import { DeviceTokenForm, setupI18n } from '@queue/ui';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { desktopPrinter } from './desktop-bridge.js';
import { deviceToken } from './device-token.js';
import { FeedbackScreen } from './feedback/feedback-screen.js';
import { FEEDBACK_SCREEN_TEXTS } from './feedback/feedback-texts.js';
import { KioskApp } from './kiosk-app.js';
import { loadSettings } from './kiosk-settings.js';
import { createKioskStore } from './kiosk-store.js';
import { KIOSK_TEXTS } from './kiosk-texts.js';

const Unregistered = () => {
  const { t } = useTranslation('common');
  return (
    <main className="kiosk kiosk--message">
      <h1>{t('connection.unauthorized')}</h1>
      <DeviceTokenForm />
    </main>
  );
};

await setupI18n(
  {
    ru: { ...KIOSK_TEXTS.ru, ...FEEDBACK_SCREEN_TEXTS.ru },
    en: { ...KIOSK_TEXTS.en, ...FEEDBACK_SCREEN_TEXTS.en },
  },
  'ru',
);
const token = deviceToken();
// A kiosk by a window, in feedback mode (issue 18): `?feedback=<windowId>` rates that window's visits.
const feedbackWindow = new URLSearchParams(window.location.search).get('feedback');
const store = createKioskStore(loadSettings(desktopPrinter() !== null));
createRoot(document.getElementById('root')!).render(
  !token ? (
    <Unregistered />
  ) : feedbackWindow ? (
    <FeedbackScreen token={token} windowId={feedbackWindow} />
  ) : (
    <KioskApp token={token} store={store} />
  ),
);
