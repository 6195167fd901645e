import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskState } from '../kiosk-context.js';
import { speechLang } from '../kiosk-speech.js';

/**
 * The countdown before the kiosk goes back to the start (issue 19): large, over the screen the visitor
 * is on, with «Ещё время». Read aloud once in speech mode. A touch anywhere keeps the screen as well.
 */
export const InactivityWarning = ({ secondsLeft, onMore }: { secondsLeft: number; onMore: () => void }) => {
  const { t } = useTranslation('kiosk');
  const { speaker } = useKiosk();
  const speech = useKioskState((s) => s.speech);
  const locale = useKioskState((s) => s.locale);
  const headingId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: said and focused once, when the warning appears
  useEffect(() => {
    button.current?.focus();
    if (speech) speaker.screen(`${t('inactivity.heading')} ${t('inactivity.spoken')}`, speechLang(locale));
  }, []);
  return (
    <div className="inactivity" data-testid="inactivity-warning">
      <div className="inactivity-card" role="alertdialog" aria-modal="true" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('inactivity.heading')}</h2>
        <p className="inactivity-count" aria-live="off">
          {t('inactivity.text', { count: secondsLeft })}
        </p>
        <button
          ref={button}
          type="button"
          className="tile tile--primary tile--done"
          data-tile=""
          onClick={onMore}
          data-testid="more-time"
        >
          <span className="tile-title">{t('inactivity.more')}</span>
        </button>
      </div>
    </div>
  );
};
