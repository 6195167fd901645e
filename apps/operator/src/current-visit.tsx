import { type Ticket, type WindowState, waitNormMs } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { elapsed, officeClock, topicTitle } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { serviceNormOf, serviceOf } from './console-model.js';
import { NormTimer } from './norm-timer.js';
import { VisitPrompts } from './visit-prompts.js';

/**
 * The visitor at the window: number, topics, the out-of-turn mark (staff only), how long they waited,
 * and the service timer against the topic's norm. With nobody at the window it says what to press.
 */
export const CurrentVisit = ({
  view,
  window,
  ticket,
  fullName,
  now,
}: {
  view: StaffView;
  window: WindowState;
  ticket: Ticket | null;
  fullName: string;
  now: number;
}) => {
  const { t, i18n } = useTranslation('operator');
  const tz = view.config.timeZone;
  if (window.status === 'paused') {
    return (
      <section
        className="visit paused"
        data-testid="current-visit"
        data-state="paused"
        aria-labelledby="visit-heading"
      >
        <h2 id="visit-heading" className="visit-title">
          {t('visit.paused')}: {window.pauseReason}
        </h2>
        <p className="visit-big-time">{elapsed(now - window.since)}</p>
        <p className="muted">
          {t('visit.since', { time: officeClock(window.since, tz) })}. {t('visit.pausedHint')}
        </p>
      </section>
    );
  }
  if (!ticket) {
    return (
      <section
        className="visit idle"
        data-testid="current-visit"
        data-state="idle"
        aria-labelledby="visit-heading"
      >
        <h2 id="visit-heading" className="visit-title">
          {t('visit.none')}
        </h2>
        <p className="muted">{t('visit.noneHint')}</p>
      </section>
    );
  }
  const title = (serviceId: string) => {
    const service = serviceOf(view, serviceId);
    return service ? `${service.letter} — ${topicTitle(service, i18n.language)}` : serviceId;
  };
  const serving = ticket.state === 'serving';
  const waitedMs = (ticket.calledAt ?? now) - ticket.waitingSince;
  const currentService = ticket.serviceIds[ticket.serviceIndex] ?? '';
  return (
    <section
      className={`visit ${ticket.state}`}
      data-testid="current-visit"
      data-state={ticket.state}
      data-number={ticket.number}
      aria-labelledby="visit-heading"
    >
      <div className="visit-head">
        <h2 id="visit-heading" className="visit-number" data-testid="visit-number">
          <span className="visually-hidden">{t('visit.heading')}: </span>
          {ticket.number}
        </h2>
        <div className="visit-tags">
          <span className="visit-state">{serving ? t('visit.serving') : t('visit.called')}</span>
          {ticket.priority !== null ? (
            <span
              className="badge out-of-turn"
              title={t('visit.outOfTurnHint')}
              data-testid="visit-out-of-turn"
            >
              {t('visit.outOfTurn')}
            </span>
          ) : null}
          {ticket.clientType === 'organisation' ? (
            <span className="badge">{t('visit.organisation')}</span>
          ) : null}
          {ticket.appointment ? (
            <span className="badge">
              {t('visit.appointment', { time: officeClock(ticket.appointment.slotAt, tz) })}
            </span>
          ) : null}
        </div>
      </div>
      {ticket.priority !== null ? <p className="out-of-turn-hint">{t('visit.outOfTurnHint')}</p> : null}
      <div className="visit-topics">
        <span className="muted">{t('visit.topics')}:</span>
        <ul>
          {ticket.serviceIds.map((id, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a visit's topics keep their order; one topic may recur
            <li key={`${id}-${index}`} className={index === ticket.serviceIndex ? 'current' : ''}>
              {title(id)}
              {index === ticket.serviceIndex && ticket.serviceIds.length > 1
                ? ` (${t('visit.current')})`
                : ''}
            </li>
          ))}
        </ul>
      </div>
      <div className="visit-timers">
        {serving && ticket.startedAt !== null ? (
          <NormTimer
            label={t('visit.service')}
            ms={now - ticket.startedAt}
            normMs={serviceNormOf(view, ticket)}
            size="large"
            testId="service-timer"
          />
        ) : (
          <div className="plain-timer" data-testid="call-timer">
            <span className="norm-timer-label">{t('visit.afterCall')}</span>
            <span className="norm-timer-value">{elapsed(now - (ticket.calledAt ?? now))}</span>
            <span className="norm-timer-norm">
              {t('visit.recalls', { count: ticket.recalls, limit: view.config.profile.recallLimit })}
            </span>
          </div>
        )}
        <NormTimer
          label={t('visit.waited')}
          ms={waitedMs}
          normMs={waitNormMs(view.config, currentService)}
          testId="waited-timer"
        />
      </div>
      <VisitPrompts ticket={ticket} fullName={fullName} timeZone={tz} now={now} />
    </section>
  );
};
