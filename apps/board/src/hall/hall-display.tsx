/**
 * The hall display (DESIGN §5, issue 5): the latest calls with the newest highlighted, waiting counts
 * per topic group, today's hours, date and time, and the office's information line. It renders only the
 * public projection (PublicView): ticket numbers and windows, never a name, a category or an
 * out-of-turn mark (REGULATIONS §3, §8). No adverts and nothing unrelated (REGULATIONS §6).
 */
import type { PublicCall, PublicView } from '@queue/protocol';
import { officeClock, officeInfoLine } from '@queue/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { callsOnScreen } from './calls-on-screen';
import { hoursToday, isRoundTheClock, longOfficeDate } from './office-day';

/** Rendered for both layouts; the landscape one hides the last rows (hall.css). */
const EARLIER_ROWS = 8;

/**
 * One earlier call. A call that ended says so in place of the window, so nobody goes to a window that
 * no longer expects them: a transferred visitor reads «ожидает вызова» until the new window calls.
 */
const CallRow = ({ call }: { call: PublicCall }) => {
  const { t } = useTranslation('board');
  const ended = call.ended ?? null;
  if (ended !== null) {
    return (
      <li className="hall-call hall-call--ended" data-ticket={call.number} data-ended={ended}>
        <span className="hall-call-number">{call.number}</span>
        <span className="hall-call-arrow" aria-hidden="true" />
        <span className="hall-call-status">{t(`hall.ended.${ended}`)}</span>
      </li>
    );
  }
  return (
    <li className="hall-call" data-ticket={call.number} data-window={call.windowLabel}>
      <span className="hall-call-number">{call.number}</span>
      <span className="hall-call-arrow" aria-hidden="true">
        →
      </span>
      <span className="hall-call-window">{call.windowLabel}</span>
    </li>
  );
};

const CurrentCall = ({ call }: { call: PublicCall | null }) => {
  const { t } = useTranslation('board');
  if (!call) {
    return (
      <div className="hall-current hall-current-empty">
        <p>{t('hall.noCalls')}</p>
      </div>
    );
  }
  return (
    // The key restarts the highlight's flash for every new call (hall.css).
    <div
      key={call.id}
      className="hall-current"
      data-current-call={call.id}
      data-ticket={call.number}
      data-window={call.windowLabel}
    >
      <p className="hall-current-label">{call.recall > 0 ? t('hall.recalled') : t('hall.called')}</p>
      <p className="hall-current-line">
        <span className="hall-current-number">{call.number}</span>
        <span className="hall-current-arrow" aria-hidden="true">
          →
        </span>
        <span className="hall-current-window">{call.windowLabel}</span>
      </p>
    </div>
  );
};

const OfficeHours = ({ view, now }: { view: PublicView; now: number }) => {
  const { t, i18n } = useTranslation('board');
  const { office } = view;
  const today = hoursToday(now, office.hours, office.timeZone);
  return (
    <section className="hall-card hall-hours" aria-labelledby="hall-hours-title">
      <h2 id="hall-hours-title">{t('hall.hoursTitle')}</h2>
      <p className="hall-hours-value">
        {today === null
          ? t('hall.closedToday')
          : isRoundTheClock(today)
            ? t('hall.roundTheClock')
            : `${today.open}–${today.close}`}
      </p>
      {!office.acceptingTickets && (
        <p className="hall-hours-note">
          {office.nextOpening === null
            ? t('hall.notAccepting')
            : t('hall.opensAt', {
                when: `${longOfficeDate(office.nextOpening, office.timeZone, i18n.language)}, ${officeClock(office.nextOpening, office.timeZone)}`,
              })}
        </p>
      )}
    </section>
  );
};

const Waiting = ({ view }: { view: PublicView }) => {
  const { t } = useTranslation('board');
  return (
    <section className="hall-card hall-waiting" aria-labelledby="hall-waiting-title">
      <h2 id="hall-waiting-title">{t('hall.waitingTitle')}</h2>
      <ul>
        {view.waiting.map((group) => (
          <li key={group.groupId} data-group={group.groupId} data-count={group.count}>
            <span className="hall-waiting-group">{group.title}</span>
            <span className="hall-waiting-count">
              <span aria-hidden="true">{group.count}</span>
              <span className="visually-hidden">{t('hall.people', { count: group.count })}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
};

export interface HallDisplayProps {
  view: PublicView;
  now: number;
  /** Something for staff only (the browser's muted sound), above and apart from the visitors' screen. */
  staffNotice?: ReactNode;
}

export const HallDisplay = ({ view, now, staffNotice = null }: HallDisplayProps) => {
  const { t, i18n } = useTranslation('board');
  const { current, earlier } = callsOnScreen(view.calls, EARLIER_ROWS);
  const { office } = view;
  const infoLine = officeInfoLine(view, i18n.language);
  return (
    <div className="hall">
      {staffNotice}
      <header className="hall-header">
        <h1 className="hall-office">{office.name}</h1>
        <div className="hall-clock">
          <span className="hall-date">{longOfficeDate(now, office.timeZone, i18n.language)}</span>
          <time className="hall-time" data-testid="hall-time">
            {officeClock(now, office.timeZone)}
          </time>
        </div>
      </header>
      <main className="hall-main">
        <section className="hall-calls" aria-labelledby="hall-calls-title">
          <h2 id="hall-calls-title" className="visually-hidden">
            {t('hall.callsTitle')}
          </h2>
          <CurrentCall call={current} />
          {earlier.length > 0 && (
            <div className="hall-earlier">
              <div className="hall-earlier-head" aria-hidden="true">
                <span>{t('hall.ticket')}</span>
                <span>{t('hall.window')}</span>
              </div>
              <ol className="hall-earlier-list" aria-label={t('hall.earlierTitle')}>
                {earlier.map((call) => (
                  <CallRow key={call.id} call={call} />
                ))}
              </ol>
            </div>
          )}
        </section>
        <aside className="hall-side">
          <Waiting view={view} />
          <OfficeHours view={view} now={now} />
        </aside>
      </main>
      {infoLine.trim() !== '' && (
        <footer className="hall-info" data-testid="hall-info">
          {infoLine}
        </footer>
      )}
    </div>
  );
};
