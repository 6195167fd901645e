/**
 * The visitors in the office now, with the administrator's per-ticket actions: call a given ticket to a
 * given window (with a reason, 001 §7.2.4), cancel a waiting ticket (with a reason), reprint a waiting
 * ticket at the kiosk printer.
 * The out-of-turn mark is shown here, to staff; the hall display never has it (REGULATIONS §3).
 */
import type { StaffView } from '@queue/protocol';
import { elapsed, officeClock } from '@queue/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from './admin-session';
import { ReasonDialog } from './reason-dialog';
import { serviceTitle, windowLabel } from './staff-names';
import { type TicketRow, ticketRows } from './ticket-rows';
import type { BoardActions } from './use-board-actions';
import { useReprint } from './use-reprint';
import { windowRows } from './window-rows';

type TicketDialog = { kind: 'call' | 'cancel'; row: TicketRow };

export interface TicketsPanelProps {
  view: StaffView;
  now: number;
  session: AdminSession;
  actions: BoardActions;
}

const CallDialog = ({
  view,
  now,
  row,
  actions,
  onClose,
}: {
  view: StaffView;
  now: number;
  row: TicketRow;
  actions: BoardActions;
  onClose(): void;
}) => {
  const { t } = useTranslation('board');
  const free = windowRows(view, now).filter((window) => window.activity === 'idle');
  const [windowId, setWindowId] = useState(free[0]?.config.id ?? '');
  const selectId = useId();
  const number = row.ticket.number;
  return (
    <ReasonDialog
      title={t('admin.tickets.callTitle', { ticket: number })}
      submitLabel={t('admin.tickets.call')}
      reason={{ label: t('admin.dialog.reason'), suggestions: t('admin.suggest.call').split('|') }}
      canSubmit={windowId !== ''}
      onClose={onClose}
      onSubmit={async (reason) =>
        (await actions.run({ type: 'ticket.call', windowId, ticketId: row.ticket.id, reason })).error
      }
    >
      {free.length === 0 ? (
        <p className="problem">{t('admin.tickets.noFreeWindow')}</p>
      ) : (
        <>
          <label htmlFor={selectId}>{t('admin.tickets.toWindow')}</label>
          <select id={selectId} value={windowId} onChange={(event) => setWindowId(event.target.value)}>
            {free.map((window) => (
              <option key={window.config.id} value={window.config.id}>
                {window.config.label}
                {window.operator ? ` — ${window.operator.fullName}` : ''}
              </option>
            ))}
          </select>
        </>
      )}
    </ReasonDialog>
  );
};

export const TicketsPanel = ({ view, now, session, actions }: TicketsPanelProps) => {
  const { t } = useTranslation('board');
  const [dialog, setDialog] = useState<TicketDialog | null>(null);
  const { status, reprint } = useReprint(session);
  const rows = ticketRows(view, now);
  const tz = view.config.timeZone;

  return (
    <section className="panel" aria-labelledby="tickets-title">
      <h2 id="tickets-title">
        {t('admin.tickets.title')} <span className="count-badge">{rows.length}</span>
      </h2>
      <p className={status?.ok === false ? 'problem' : 'muted'} role="status" data-testid="reprint-status">
        {status?.text ?? ''}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('admin.tickets.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="tickets-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.tickets.number')}</th>
                <th scope="col">{t('admin.tickets.topic')}</th>
                <th scope="col">{t('admin.tickets.state')}</th>
                <th scope="col">{t('admin.tickets.waited')}</th>
                <th scope="col">{t('admin.tickets.forecast')}</th>
                <th scope="col">{t('admin.tickets.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const { ticket } = row;
                const waiting = ticket.state === 'waiting';
                return (
                  <tr key={ticket.id} data-ticket={ticket.number} data-state={ticket.state}>
                    <th scope="row">
                      <span className="ticket-number">{ticket.number}</span>
                      {ticket.priority !== null && (
                        <span className="badge badge-priority" data-priority={ticket.priority}>
                          {t('admin.tickets.outOfTurn')}
                        </span>
                      )}
                      {ticket.appointment !== null && (
                        <span className="badge">{t('admin.tickets.appointment')}</span>
                      )}
                    </th>
                    <td className="topic">
                      {ticket.serviceIds.map((id, index) => (
                        <span key={id} className={index === ticket.serviceIndex ? undefined : 'muted'}>
                          {index > 0 && ' → '}
                          {serviceTitle(view.config, id)}
                        </span>
                      ))}
                    </td>
                    <td>
                      {t(`admin.ticketState.${ticket.state}`, {
                        window: windowLabel(view.config, ticket.windowId) ?? '',
                      })}
                    </td>
                    <td className={`num level-${row.level}`} data-level={row.level}>
                      {waiting ? elapsed(row.waitedMs) : '—'}
                    </td>
                    <td className="forecast">
                      {row.forecastAt === null
                        ? waiting
                          ? t('admin.tickets.noForecast')
                          : '—'
                        : t('admin.tickets.forecastValue', {
                            time: officeClock(Math.max(row.forecastAt, now), tz),
                            window: windowLabel(view.config, row.forecastWindowId) ?? '—',
                            ahead: row.ahead ?? 0,
                          })}
                    </td>
                    <td>
                      <div className="row-actions">
                        {waiting && (
                          <button type="button" onClick={() => setDialog({ kind: 'call', row })}>
                            {t('admin.tickets.callTo')}
                          </button>
                        )}
                        {(waiting || ticket.state === 'postponed') && (
                          <button type="button" onClick={() => setDialog({ kind: 'cancel', row })}>
                            {t('admin.tickets.cancel')}
                          </button>
                        )}
                        {waiting && (
                          <button type="button" onClick={() => void reprint(ticket.id, ticket.number)}>
                            {t('admin.tickets.reprint')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'call' && (
        <CallDialog
          view={view}
          now={now}
          row={dialog.row}
          actions={actions}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'cancel' && (
        <ReasonDialog
          title={t('admin.tickets.cancelTitle', { ticket: dialog.row.ticket.number })}
          submitLabel={t('admin.tickets.cancelSubmit')}
          reason={{ label: t('admin.dialog.reason'), suggestions: t('admin.suggest.cancel').split('|') }}
          onClose={() => setDialog(null)}
          onSubmit={async (reason) =>
            (await actions.run({ type: 'ticket.cancel', ticketId: dialog.row.ticket.id, reason })).error
          }
        />
      )}
    </section>
  );
};
