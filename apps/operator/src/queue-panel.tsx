import type { StaffView } from '@queue/protocol';
import { elapsed, normLevel, officeClock, topicTitle } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import type { WindowQueue } from './console-model.js';

/**
 * The queues this window serves: how many wait, the longest wait and the forecast against the norm,
 * and every waiting ticket in the order the window would call it, its timer coloured by the wait norm.
 * An out-of-turn visitor (004 §6.7) is marked on the row and announced above the list — on the
 * console only; the hall never sees the mark (REGULATIONS §8).
 */
export const QueuePanel = ({
  view,
  queue,
  canCall,
  onCall,
  onReturn,
}: {
  view: StaffView;
  queue: WindowQueue;
  canCall: boolean;
  onCall: (ticketId: string) => void;
  onReturn: (ticketId: string) => void;
}) => {
  const { t, i18n } = useTranslation('operator');
  const tz = view.config.timeZone;
  const minutes = (ms: number) => Math.ceil(ms / 60_000);
  const { longest, worstForecast } = queue;
  const title = (row: WindowQueue['rows'][number]) =>
    row.service ? topicTitle(row.service, i18n.language) : '';
  return (
    <section className="queue panel" aria-labelledby="queue-heading" data-testid="queue-panel">
      <h2 id="queue-heading">{t('queue.heading')}</h2>
      <dl className="queue-stats">
        <div>
          <dt>{t('queue.waiting')}</dt>
          <dd data-testid="queue-count">{queue.rows.length}</dd>
        </div>
        <div>
          <dt>{t('queue.longest')}</dt>
          <dd
            className={longest ? `level-${normLevel(longest.waitedMs, longest.waitNormMs)}` : ''}
            data-testid="queue-longest"
          >
            {longest ? (
              <>
                {elapsed(longest.waitedMs)}
                <small>
                  {longest.ticket.number} ·{' '}
                  {t('visit.norm', { min: Math.round(longest.waitNormMs / 60_000) })}
                </small>
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('queue.forecast')}</dt>
          <dd
            className={
              worstForecast?.expectedWaitMs != null
                ? `level-${normLevel(worstForecast.expectedWaitMs, worstForecast.waitNormMs)}`
                : ''
            }
            data-testid="queue-forecast"
          >
            {worstForecast?.expectedWaitMs != null ? (
              <>
                {t('queue.forecastValue', { min: minutes(worstForecast.expectedWaitMs) })}
                <small>{t('visit.norm', { min: Math.round(worstForecast.waitNormMs / 60_000) })}</small>
              </>
            ) : (
              t('queue.noForecast')
            )}
          </dd>
        </div>
      </dl>
      {queue.outOfTurn.length > 0 ? (
        <p className="out-of-turn-alert" role="status" data-testid="out-of-turn-alert">
          ♿ {t('queue.outOfTurnAlert', { numbers: queue.outOfTurn.map((r) => r.ticket.number).join(', ') })}
        </p>
      ) : null}
      <ul className="by-service" aria-label={t('queue.topic')}>
        {queue.byService
          .filter((s) => s.count > 0)
          .map(({ service, count }) => (
            <li key={service.id}>
              <strong>{service.letter}</strong> {topicTitle(service, i18n.language)}: <strong>{count}</strong>
            </li>
          ))}
      </ul>
      {queue.rows.length === 0 ? (
        <p className="muted" data-testid="queue-empty">
          {t('queue.empty')}
        </p>
      ) : (
        <table className="queue-list" data-testid="queue-list">
          <caption className="visually-hidden">{t('queue.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.number')}</th>
              <th scope="col">{t('queue.topic')}</th>
              <th scope="col">{t('queue.wait')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('queue.call')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((row) => {
              const level = normLevel(row.waitedMs, row.waitNormMs);
              const outOfTurn = row.ticket.priority !== null;
              return (
                <tr
                  key={row.ticket.id}
                  className={outOfTurn ? 'out-of-turn-row' : ''}
                  data-testid="queue-row"
                  data-number={row.ticket.number}
                  data-out-of-turn={outOfTurn}
                >
                  <th scope="row" className="ticket-number">
                    {row.ticket.number}
                    {outOfTurn ? <span className="badge out-of-turn">{t('visit.outOfTurn')}</span> : null}
                  </th>
                  <td>
                    {title(row)}
                    {row.ticket.reservedWindowId === queue.windowId ? (
                      <span className="badge">{t('queue.reserved')}</span>
                    ) : null}
                    {row.expectedAt !== null ? (
                      <span className="muted small">
                        {' '}
                        · {t('queue.expected', { time: officeClock(row.expectedAt, tz) })}
                      </span>
                    ) : null}
                  </td>
                  <td className={`wait level-${level}`} data-level={level}>
                    {elapsed(row.waitedMs)}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="small-button"
                      disabled={!canCall}
                      aria-label={t('queue.callLabel', { number: row.ticket.number })}
                      onClick={() => onCall(row.ticket.id)}
                    >
                      {t('queue.call')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {queue.postponed.length > 0 ? (
        <div className="postponed">
          <h3>{t('queue.postponed')}</h3>
          <ul>
            {queue.postponed.map((ticket) => (
              <li key={ticket.id}>
                <strong>{ticket.number}</strong>{' '}
                {ticket.postponedUntil !== null
                  ? t('queue.returnsAt', { time: officeClock(ticket.postponedUntil, tz) })
                  : null}{' '}
                <button type="button" className="small-button" onClick={() => onReturn(ticket.id)}>
                  {t('queue.returnNow')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
};
