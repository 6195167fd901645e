import type { WireError } from '@queue/protocol';
import { elapsed, topicTitle } from '@queue/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitingRow } from '../console-model.js';
import { RefusalMessage } from '../refusal-message.js';
import { Dialog } from './dialog.js';
import { ReasonField } from './reason-field.js';

const QUICK = ['returned', 'appointment', 'help'] as const;

/**
 * Calling a ticket out of order: allowed, but never silently — the reason goes to the log with the
 * operator's name (001 §7.2.4: decisions serve no personal interest).
 */
export const CallTicketDialog = ({
  rows,
  initialTicketId,
  refusal,
  onDismissRefusal,
  onCall,
  onClose,
}: {
  rows: WaitingRow[];
  initialTicketId: string | null;
  refusal: WireError | null;
  onDismissRefusal: () => void;
  onCall: (ticketId: string, reason: string) => void;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation('operator');
  const [ticketId, setTicketId] = useState(initialTicketId ?? rows[0]?.ticket.id ?? '');
  const [reason, setReason] = useState('');
  const ready = ticketId !== '' && reason.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onCall(ticketId, reason.trim());
  };
  return (
    <Dialog title={t('dialogs.callTicket.heading')} onClose={onClose} testId="call-ticket-dialog">
      <form onSubmit={submit} className="dialog-form">
        {rows.length === 0 ? (
          <p>{t('dialogs.callTicket.empty')}</p>
        ) : (
          <fieldset className="ticket-choice">
            <legend>{t('dialogs.callTicket.ticket')}</legend>
            <div className="ticket-option ticket-option-head" aria-hidden="true">
              <span />
              <span>{t('dialogs.callTicket.number')}</span>
              <span>{t('dialogs.callTicket.topic')}</span>
              <span className="ticket-option-wait">{t('dialogs.callTicket.waited')}</span>
            </div>
            <div className="ticket-option-list">
              {rows.map((row) => (
                <label
                  key={row.ticket.id}
                  className={row.ticket.id === ticketId ? 'ticket-option selected' : 'ticket-option'}
                >
                  <input
                    type="radio"
                    name="call-ticket"
                    value={row.ticket.id}
                    checked={row.ticket.id === ticketId}
                    onChange={() => setTicketId(row.ticket.id)}
                  />
                  <strong>{row.ticket.number}</strong>
                  <span className="ticket-option-topic">
                    {row.ticket.priority ? (
                      <span className="badge out-of-turn">{t('visit.outOfTurn')}</span>
                    ) : null}{' '}
                    {row.service ? topicTitle(row.service, i18n.language) : ''}
                  </span>
                  <span className="ticket-option-wait" data-testid="call-wait">
                    {elapsed(row.waitedMs)}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <ReasonField
          dialog="callTicket"
          quick={QUICK}
          value={reason}
          onChange={setReason}
          testId="call-reason"
        />
        <RefusalMessage refusal={refusal} onDismiss={onDismissRefusal} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            <kbd>Esc</kbd> {t('dialogs.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!ready} data-testid="call-submit">
            <kbd>Enter</kbd> {t('dialogs.callTicket.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
