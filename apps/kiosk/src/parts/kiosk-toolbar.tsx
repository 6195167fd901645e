import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskState } from '../kiosk-context.js';
import { BackIcon, ContrastIcon, GearIcon, HomeIcon, SpeakerIcon } from './icons.js';

/**
 * Always at hand: back and start, and the visitor's own modes — large high-contrast type, speech, and
 * English (004 §6.7.7). The settings are behind the administrator's PIN.
 */
export const KioskToolbar = () => {
  const { t } = useTranslation('kiosk');
  const { actions } = useKiosk();
  const screen = useKioskState((s) => s.screen);
  const contrast = useKioskState((s) => s.contrast);
  const speech = useKioskState((s) => s.speech);
  const atStart = screen === 'start';
  // From a ticket or a refusal there is no step back, only the start.
  const canGoBack = !atStart && screen !== 'ticket' && screen !== 'error';
  return (
    <footer className="kiosk-toolbar">
      <nav className="toolbar-group" aria-label={t('nav.navigation')}>
        {canGoBack ? (
          <button type="button" className="tool" onClick={actions.back}>
            <BackIcon /> {t('nav.back')}
          </button>
        ) : null}
        {atStart || screen === 'error' ? null : (
          <button type="button" className="tool" onClick={actions.home}>
            <HomeIcon /> {t('nav.home')}
          </button>
        )}
      </nav>
      <div className="toolbar-group">
        <button type="button" className="tool" aria-pressed={contrast} onClick={actions.toggleContrast}>
          <ContrastIcon /> {t('nav.contrast')}
        </button>
        <button type="button" className="tool" aria-pressed={speech} onClick={actions.toggleSpeech}>
          <SpeakerIcon /> {t('nav.speech')}
        </button>
        <button
          type="button"
          className="tool"
          onClick={actions.toggleLocale}
          aria-label={t('nav.languageLabel')}
          lang={t('nav.language') === 'English' ? 'en' : 'ru'}
        >
          {t('nav.language')}
        </button>
        {atStart ? (
          <button
            type="button"
            className="tool tool--quiet"
            onClick={actions.openAdmin}
            aria-label={t('nav.settings')}
          >
            <GearIcon />
          </button>
        ) : null}
      </div>
    </footer>
  );
};
