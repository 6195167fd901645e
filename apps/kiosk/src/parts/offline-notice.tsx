import { useTranslation } from 'react-i18next';
import { useScreenSpeech } from '../kiosk-context.js';

/**
 * No connection to the office server: a ticket cannot be issued, and the visitor is told so at once,
 * in place of the choices, with what to do instead (issue 19) — not after four touches.
 */
export const OfflineNotice = () => {
  const { t } = useTranslation('kiosk');
  useScreenSpeech(`${t('offline.heading')}. ${t('offline.text')}`);
  return (
    <section className="screen screen--offline" aria-labelledby="screen-heading" data-testid="kiosk-offline">
      <div className="notice-card" role="alert">
        <h1 id="screen-heading" tabIndex={-1}>
          {t('offline.heading')}
        </h1>
        <p className="lead">{t('offline.text')}</p>
        <p className="notice-hint">{t('offline.hint')}</p>
      </div>
    </section>
  );
};
