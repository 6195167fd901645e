import '@queue/ui/theme.css';
import './kiosk.css';
import { DeviceTokenForm, setupI18n } from '@queue/ui';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { desktopPrinter } from './desktop-bridge.js';
import { deviceToken } from './device-token.js';
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

await setupI18n(KIOSK_TEXTS, 'ru');
const token = deviceToken();
const store = createKioskStore(loadSettings(desktopPrinter() !== null));
createRoot(document.getElementById('root')!).render(
  token ? <KioskApp token={token} store={store} /> : <Unregistered />,
);
