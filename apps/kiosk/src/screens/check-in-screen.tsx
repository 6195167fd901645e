import type { PublicView, WireError } from '@queue/protocol';
import { useEffect, useState } from 'react';
import { refusalText } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskState, useScreenSpeech } from '../kiosk-context.js';
import { Keypad } from '../parts/keypad.js';
import { issueAndPrint } from '../ticket-issuing.js';
import { type LateBooking, LateBookingChoice, lateBookingOf } from './late-booking.js';

const CODE_LENGTH = 6;

/**
 * Check-in of a booked visit by its six-digit code (004 §6.2.2, §8.6), on a large keypad or the keyboard.
 * A code that does not match is explained on the same screen, so the visitor can correct one digit.
 */
export const CheckInScreen = ({ view }: { view: PublicView }) => {
  const { t, i18n } = useTranslation('kiosk');
  const kiosk = useKiosk();
  const busy = useKioskState((s) => s.busy);
  const [code, setCode] = useState('');
  const [error, setError] = useState<WireError | null>(null);
  const [late, setLate] = useState<LateBooking | null>(null);
  useScreenSpeech(`${t('checkIn.heading')}. ${t('checkIn.text')}`);

  const add = (digit: string) => {
    setError(null);
    setCode((c) => (c.length < CODE_LENGTH ? c + digit : c));
  };
  const erase = () => setCode((c) => c.slice(0, -1));
  const confirm = async () => {
    if (code.length !== CODE_LENGTH) return;
    const refused = await issueAndPrint(kiosk, view, { type: 'appointment.checkIn', code });
    if (refused?.code === 'appointment_late') setLate(lateBookingOf(code, refused.details));
    else if (refused) setError(refused);
  };

  // A keyboard at an accessible seat types the code too.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key)) {
        setError(null);
        setCode((c) => (c.length < CODE_LENGTH ? c + event.key : c));
      } else if (event.key === 'Backspace') setCode((c) => c.slice(0, -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (late) return <LateBookingChoice view={view} late={late} />;
  const cells = Array.from({ length: CODE_LENGTH }, (_, i) => code[i] ?? '');
  return (
    <section className="screen screen--check-in" aria-labelledby="screen-heading">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('checkIn.heading')}
      </h1>
      <p className="lead">{t('checkIn.text')}</p>
      <div className="code">
        {cells.map((digit, i) => (
          // The cells are positions, not a list that reorders.
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed positions of the code
          <span key={i} className={`code-cell ${digit ? 'code-cell--filled' : ''}`} aria-hidden="true">
            {digit}
          </span>
        ))}
        <span className="visually-hidden" aria-live="polite">
          {t('checkIn.entered', { count: code.length })}
        </span>
      </div>
      {error ? (
        <div className="check-in-refused">
          <p className="form-error" role="alert">
            {refusalText({ ...error, text: error.message }, i18n)}
          </p>
          {/* A wrong or forgotten code never leaves the visitor without a way in: an ordinary ticket. */}
          <button
            type="button"
            className="tile tile--plain tile--done"
            data-tile=""
            data-testid="ordinary-ticket"
            onClick={kiosk.actions.takeTicket}
          >
            <span className="tile-title">{t('checkIn.ordinary')}</span>
          </button>
        </div>
      ) : null}
      <Keypad onDigit={add} onErase={erase} onClear={() => setCode('')} />
      <button
        type="button"
        className="tile tile--primary tile--done"
        data-tile=""
        disabled={code.length !== CODE_LENGTH || busy}
        onClick={() => void confirm()}
      >
        <span className="tile-title">{t('checkIn.confirm')}</span>
      </button>
    </section>
  );
};
