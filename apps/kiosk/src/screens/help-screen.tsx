import { useTranslation } from 'react-i18next';
import { useScreenSpeech } from '../kiosk-context.js';
import { ClientTypeChoice } from './client-type-screen.js';

/**
 * «Мне нужна помощь» (004 §6.7.1–6.7.2): people with disabilities are served out of turn, and a member
 * of staff comes to them. The ticket is marked for the queue and the administrator's alarm; nothing of it
 * is printed or shown in the hall.
 */
export const HelpScreen = () => {
  const { t } = useTranslation('kiosk');
  useScreenSpeech(`${t('help.heading')}. ${t('help.text')} ${t('help.question')}`);
  return (
    <section className="screen screen--help" aria-labelledby="screen-heading">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('help.heading')}
      </h1>
      <p className="lead">{t('help.text')}</p>
      <h2>{t('help.question')}</h2>
      <ClientTypeChoice />
    </section>
  );
};
