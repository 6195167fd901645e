/**
 * Every queue per topic: waiting, the longest wait so far, and the forecast against the wait norm with
 * an early warning before the norm is breached (DESIGN §3 «Norms and alarms»).
 */
import type { StaffView } from '@queue/protocol';
import { elapsed } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { topicQueues } from './queue-metrics';

const minutes = (ms: number) => Math.ceil(ms / 60_000);

export const QueuesPanel = ({ view, now }: { view: StaffView; now: number }) => {
  const { t } = useTranslation('board');
  const queues = topicQueues(view, now);
  return (
    <section className="panel" aria-labelledby="queues-title">
      <h2 id="queues-title">{t('admin.queues.title')}</h2>
      {view.config.groups.map((group) => {
        const all = queues.filter((queue) => queue.service.groupId === group.id);
        if (all.length === 0) return null;
        // Topics nobody waits for take one line, so the queues that matter stay in view.
        const rows = all.filter((queue) => queue.status !== 'empty');
        const idle = all.filter((queue) => queue.status === 'empty');
        const waiting = rows.reduce((sum, queue) => sum + queue.waiting, 0);
        return (
          <div key={group.id} className="queues-group" data-group={group.id}>
            <h3 className="queues-group-title">
              {group.title} — {t('admin.queues.waitingTotal', { count: waiting })}
            </h3>
            {rows.length > 0 && (
              <table className="queues-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.queues.topic')}</th>
                    <th scope="col">{t('admin.queues.waiting')}</th>
                    <th scope="col">{t('admin.queues.longest')}</th>
                    <th scope="col">{t('admin.queues.forecast')}</th>
                    <th scope="col">{t('admin.queues.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((queue) => (
                    <tr
                      key={queue.service.id}
                      data-service-id={queue.service.id}
                      data-status={queue.status}
                      className={`queue-${queue.status}`}
                    >
                      <th scope="row">
                        <span className="letter">{queue.service.letter}</span> {queue.service.title}
                      </th>
                      <td className="num">{queue.waiting}</td>
                      <td className="num">
                        {queue.longestWaitMs === null ? '—' : elapsed(queue.longestWaitMs)}
                      </td>
                      <td className="num">
                        {queue.forecastWaitMs === null
                          ? '—'
                          : t('admin.queues.forecastValue', {
                              minutes: minutes(queue.forecastWaitMs),
                              norm: minutes(queue.waitNormMs),
                            })}
                      </td>
                      <td>
                        <span className={`queue-status status-${queue.status}`}>
                          {t(`admin.queueStatus.${queue.status}`, { count: queue.unserved })}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {idle.length > 0 && (
              <p className="queues-idle muted">
                {t('admin.queues.noQueue')}{' '}
                {idle.map((queue) => (
                  <abbr key={queue.service.id} title={queue.service.title} className="letter">
                    {queue.service.letter}
                  </abbr>
                ))}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
};
