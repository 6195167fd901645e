import type { PublicView, WireDetails } from '@queue/protocol';
import { officeClock, officeDate } from '@queue/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskState, useScreenSpeech } from '../kiosk-context.js';
import { Tile } from '../parts/tile.js';
import { issueAndPrint } from '../ticket-issuing.js';

/** What the engine says of a late check-in (`appointment_late`): the booked time and the free ones. */
export interface LateBooking {
  code: string;
  slotAt: number;
  lateMin: number;
  nextSlots: number[];
}

export const lateBookingOf = (code: string, details: WireDetails | null | undefined) => ({
  code,
  slotAt: Number(details?.slotAt ?? 0),
  lateMin: Number(details?.lateMin ?? 0),
  nextSlots: String(details?.nextSlots ?? '')
    .split(',')
    .filter((at) => at !== '')
    .map(Number),
});

/**
 * 004 §8.6.5: a visitor 5 minutes or more late for a booking is offered a choice — the general queue
 * now, or the booking moved to another free time (the code stays) — and is never moved silently.
 */
export const LateBookingChoice = ({ view, late }: { view: PublicView; late: LateBooking }) => {
  const { t } = useTranslation('kiosk');
  const kiosk = useKiosk();
  const busy = useKioskState((s) => s.busy);
  const [moved, setMoved] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const tz = view.office.timeZone;
  const when = (at: number) =>
    // The booked time was today: the visitor came for it.
    officeDate(at, tz) === officeDate(late.slotAt, tz)
      ? t('checkIn.late.today', { time: officeClock(at, tz) })
      : t('checkIn.late.onDay', { date: officeDate(at, tz).slice(0, 5), time: officeClock(at, tz) });
  const lead = t('checkIn.late.text', { time: officeClock(late.slotAt, tz), minutes: late.lateMin });
  useScreenSpeech(
    moved === null
      ? `${t('checkIn.late.heading')}. ${lead}`
      : t('checkIn.late.moved', { when: when(moved), code: late.code }),
  );

  const queueNow = async () => {
    const refused = await issueAndPrint(kiosk, view, {
      type: 'appointment.checkIn',
      code: late.code,
      lateChoice: 'queue',
    });
    if (refused) kiosk.actions.fail(refused);
  };
  const moveTo = async (slotAt: number) => {
    kiosk.actions.busy(true);
    const response = await kiosk.client.send({ type: 'appointment.reschedule', code: late.code, slotAt });
    kiosk.actions.busy(false);
    if (response.ok) setMoved(slotAt);
    else setProblem(t('checkIn.late.taken'));
  };

  if (moved !== null) {
    return (
      <section className="screen" aria-labelledby="screen-heading" data-late="moved">
        <h1 id="screen-heading" tabIndex={-1}>
          {t('checkIn.late.movedHeading')}
        </h1>
        <p className="lead" data-testid="late-moved">
          {t('checkIn.late.moved', { when: when(moved), code: late.code })}
        </p>
        <button
          type="button"
          className="tile tile--primary tile--done"
          data-tile=""
          onClick={kiosk.actions.home}
        >
          <span className="tile-title">{t('ticket.done')}</span>
        </button>
      </section>
    );
  }
  return (
    <section className="screen" aria-labelledby="screen-heading" aria-busy={busy} data-late="choice">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('checkIn.late.heading')}
      </h1>
      <p className="lead" data-testid="late-text">
        {lead}
      </p>
      <div className="tiles">
        <Tile
          variant="primary"
          title={t('checkIn.late.queue')}
          hint={t('checkIn.late.queueHint')}
          disabled={busy}
          onChoose={() => void queueNow()}
        />
        {late.nextSlots.map((at) => (
          <Tile
            key={at}
            title={t('checkIn.late.moveTo', { when: when(at) })}
            hint={t('checkIn.late.moveHint')}
            disabled={busy}
            onChoose={() => void moveTo(at)}
          />
        ))}
      </div>
      {late.nextSlots.length === 0 ? <p className="lead">{t('checkIn.late.noSlots')}</p> : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
};
