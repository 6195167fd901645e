import type { PublicView } from '@queue/protocol';
import { topicTitle } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskState, useScreenSpeech } from '../kiosk-context.js';

/**
 * The ticket on screen (DESIGN §5): the number, large; the topic; people ahead and the expected wait from
 * the forecast; a short polite text; and what became of the paper ticket. A failed print says so gently
 * and asks the visitor to remember the number, which stays on screen.
 */
export const TicketScreen = ({ view }: { view: PublicView }) => {
  const { t, i18n } = useTranslation('kiosk');
  const { actions } = useKiosk();
  const ticket = useKioskState((s) => s.ticket);
  // 001 §4.2: a visit with two questions names both, in the order they are served.
  const topic = (ticket?.serviceIds ?? [])
    .map((id) => view.services.find((s) => s.id === id))
    .map((service) => (service ? topicTitle(service, i18n.language) : ''))
    .filter(Boolean)
    .join(' + ');
  // What the office prints on its tickets is also what the screen says (OfficeConfig.ticket).
  const { fields } = view.ticket;
  const ahead =
    ticket && fields.peopleAhead
      ? ticket.ahead > 0
        ? t('kiosk:ticket.ahead', { count: ticket.ahead })
        : t('kiosk:ticket.aheadNone')
      : '';
  // No open window serves the topic yet: the forecast has no time to give, and the screen says why.
  const wait =
    ticket && fields.expectedWait
      ? ticket.expectedWaitMin !== null
        ? t('kiosk:ticket.wait', { count: Math.max(1, ticket.expectedWaitMin) })
        : t('kiosk:ticket.waitUnknown')
      : '';
  const printText = ticket
    ? ticket.print === 'printing'
      ? t('kiosk:ticket.printing')
      : ticket.print === 'printed'
        ? t('kiosk:ticket.printed')
        : ticket.print === 'failed'
          ? t('kiosk:ticket.failed', { number: ticket.number })
          : t('kiosk:ticket.notPrinted', { number: ticket.number })
    : '';
  useScreenSpeech(
    ticket
      ? `${t('kiosk:ticket.speech', { number: ticket.number, topic })} ${ahead}. ${wait} ${
          ticket.print === 'printing' ? '' : printText
        }`
      : '',
  );
  if (!ticket) return null;
  return (
    <section className="screen screen--ticket" aria-labelledby="screen-heading">
      <div className="ticket-card">
        <h1 id="screen-heading" tabIndex={-1} className="ticket-label">
          {t('kiosk:ticket.yourNumber')}
        </h1>
        <p className="ticket-number" data-testid="ticket-number">
          {ticket.number}
        </p>
        <p className="ticket-topic">{topic}</p>
        {ahead || wait ? (
          <p className="ticket-forecast" data-testid="ticket-forecast">
            {ahead ? <span>{ahead}</span> : null}
            {wait ? <span data-testid="ticket-wait">{wait}</span> : null}
          </p>
        ) : null}
      </div>
      {ticket.priority ? <p className="ticket-priority">{t('kiosk:ticket.priority')}</p> : null}
      <p
        className={`ticket-print ticket-print--${ticket.print}`}
        role={ticket.print === 'failed' ? 'alert' : 'status'}
        data-testid="print-state"
        data-print={ticket.print}
      >
        {printText}
      </p>
      <p className="ticket-polite">{t('kiosk:ticket.polite')}</p>
      <button type="button" className="tile tile--primary tile--done" data-tile="" onClick={actions.home}>
        <span className="tile-title">{t('kiosk:ticket.done')}</span>
      </button>
    </section>
  );
};
