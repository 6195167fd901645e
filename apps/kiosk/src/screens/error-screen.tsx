import { refusalText } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskState, useScreenSpeech } from '../kiosk-context.js';

/**
 * A refused ticket in polite words (REGULATIONS §6) — the server's, or the kiosk's own for a rate limit —
 * and one way back: the toolbar leaves out its own «В начало» here.
 */
export const ErrorScreen = () => {
  const { t, i18n } = useTranslation('kiosk');
  const { actions } = useKiosk();
  const error = useKioskState((s) => s.error);
  // The kiosk's own words where the server's are meant for staff or integrations (a rate limit).
  const message = !error
    ? ''
    : error.code === 'rate_limited'
      ? t('error.rateLimited')
      : (refusalText({ ...error, text: error.message }, i18n) ?? '');
  useScreenSpeech(`${t('error.heading')}. ${message}`);
  return (
    <section className="screen screen--error" aria-labelledby="screen-heading">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('error.heading')}
      </h1>
      <p className="lead" role="alert">
        {message}
      </p>
      <button type="button" className="tile tile--primary tile--done" data-tile="" onClick={actions.home}>
        <span className="tile-title">{t('nav.home')}</span>
      </button>
    </section>
  );
};
