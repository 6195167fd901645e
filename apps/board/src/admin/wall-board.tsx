/**
 * The administrator's board for a wall screen (issue 19): everything that needs an eye on one 1920×1080
 * screen, in type readable from across the hall — the call for extra staff, every window, the queues
 * that have people in them, and the alarms not yet accepted. Nothing scrolls; what does not fit says how
 * much more there is. Registration, the tickets' list and the journal stay on the desk view.
 */
import type { StaffView } from '@queue/protocol';
import { elapsed, officeClock } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { alarmGroups } from './alarm-groups';
import { alarmText, alarmTitle, type Translate } from './alarm-text';
import { overloadStatuses } from './overload-status';
import { topicQueues } from './queue-metrics';
import { shortName } from './staff-short-name';
import type { BoardActions } from './use-board-actions';
import { windowRows } from './window-rows';

const MAX_QUEUES = 7;
const MAX_ALARMS = 5;

export interface WallBoardProps {
  view: StaffView;
  now: number;
  actions: BoardActions;
  onDeskView(): void;
}

export const WallBoard = ({ view, now, actions, onDeskView }: WallBoardProps) => {
  const { t } = useTranslation('board');
  const translate: Translate = (key, options) => t(key, options);
  const tz = view.config.timeZone;
  const windows = windowRows(view, now);
  const queues = topicQueues(view, now).filter((queue) => queue.status !== 'empty');
  const shownQueues = [...queues]
    .sort((a, b) => (b.longestWaitMs ?? 0) - (a.longestWaitMs ?? 0))
    .slice(0, MAX_QUEUES);
  const { open: alarms } = alarmGroups(view.alarms);
  const overloads = overloadStatuses(view, now);
  const waitingIn = (groupId: string) =>
    queues.filter((queue) => queue.service.groupId === groupId).reduce((sum, q) => sum + q.waiting, 0);

  return (
    <div className="wall" data-testid="wall-board">
      <header className="wall-header">
        <h1>
          {view.config.name} <span className="wall-title">· {t('admin.title')}</span>
        </h1>
        <time className="wall-clock">{officeClock(now, tz)}</time>
        <button type="button" onClick={onDeskView}>
          {t('admin.wall.close')}
        </button>
      </header>

      {overloads.map((status) => (
        <p key={status.episode.id} className="wall-overload" data-testid="wall-overload">
          <strong>
            {status.reason.kind === 'forecast'
              ? t(status.reason.breached ? 'admin.overload.waitBreach' : 'admin.overload.forecast', {
                  norm: status.reason.normMin,
                })
              : status.place === null
                ? t('admin.overload.hall', { count: status.countNow })
                : t('admin.overload.window', { window: status.place, count: status.countNow })}
          </strong>{' '}
          · {t('admin.overload.notified')}:{' '}
          {status.notified.length > 0 ? status.notified.join(', ') : t('admin.overload.nobodyNotified')} ·{' '}
          {status.acceptedBy
            ? t('admin.wall.acceptedBy', { name: status.acceptedBy })
            : t('admin.overload.notAccepted')}{' '}
          · {elapsed(status.durationMs)}
        </p>
      ))}

      <main className="wall-main">
        <section className="wall-panel wall-windows" aria-labelledby="wall-windows">
          <h2 id="wall-windows">{t('admin.windows.title')}</h2>
          <div className="wall-window-grid">
            {windows.map((row) => (
              <article
                key={row.config.id}
                className={`wall-window wall-${row.activity} level-${row.level}`}
                data-window-id={row.config.id}
              >
                <div className="wall-window-head">
                  <h3>{row.config.label}</h3>
                  <span className={`status-chip status-${row.status}`}>
                    {t(`admin.windowStatus.${row.status}`)}
                  </span>
                </div>
                {row.activity === 'serving' || row.activity === 'called' ? (
                  <p className="wall-window-now">
                    <span className="wall-ticket">{row.ticket?.number}</span>{' '}
                    <span className="wall-timer">{elapsed(row.sinceMs)}</span>
                  </p>
                ) : row.activity === 'paused' ? (
                  <p className="wall-window-now">
                    {row.live?.pauseReason ?? '—'} <span className="wall-timer">{elapsed(row.sinceMs)}</span>
                  </p>
                ) : row.activity === 'idle' ? (
                  <p className="wall-window-now">
                    {t('admin.windows.idle')} <span className="wall-timer">{elapsed(row.sinceMs)}</span>
                  </p>
                ) : null}
                {row.operator && <p className="wall-operator">{shortName(row.operator.fullName)}</p>}
              </article>
            ))}
          </div>
        </section>

        <section className="wall-panel wall-queues" aria-labelledby="wall-queues">
          <h2 id="wall-queues">{t('admin.wall.queues')}</h2>
          <ul className="wall-groups">
            {view.config.groups.map((group) => (
              <li key={group.id} data-group={group.id}>
                <span>{group.title}</span>
                <strong className="wall-big">{waitingIn(group.id)}</strong>
              </li>
            ))}
          </ul>
          {shownQueues.length === 0 ? (
            <p className="wall-quiet">{t('admin.wall.noQueue')}</p>
          ) : (
            <ul className="wall-topics">
              {shownQueues.map((queue) => (
                <li
                  key={queue.service.id}
                  className={`queue-${queue.status}`}
                  data-service-id={queue.service.id}
                >
                  <span className="letter">{queue.service.letter}</span>
                  <span className="wall-topic-title">{queue.service.title}</span>
                  <span className="wall-topic-count">{queue.waiting}</span>
                  <span className="wall-topic-wait">
                    {queue.longestWaitMs === null ? '—' : elapsed(queue.longestWaitMs)}
                  </span>
                  <span className={`queue-status status-${queue.status}`}>
                    {t(`admin.queueStatus.${queue.status}`, { count: queue.unserved })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {queues.length > shownQueues.length && (
            <p className="wall-more">{t('admin.wall.more', { count: queues.length - shownQueues.length })}</p>
          )}
        </section>

        <section className="wall-panel wall-alarms" aria-labelledby="wall-alarms">
          <h2 id="wall-alarms">
            {t('admin.alarms.title')}{' '}
            {alarms.length > 0 && <span className="count-badge">{alarms.length}</span>}
          </h2>
          {alarms.length === 0 ? (
            <p className="wall-quiet">{t('admin.alarms.none')}</p>
          ) : (
            <ul className="wall-alarm-list">
              {alarms.slice(0, MAX_ALARMS).map((group) => (
                <li key={group.key} className={`alarm alarm-${group.kind}`} data-alarm-kind={group.kind}>
                  <div className="wall-alarm-text">
                    <strong>{alarmTitle(group.alarms[0]!, translate)}</strong>
                    <span>
                      {group.alarms.length > 1
                        ? group.alarms.map((alarm) => alarmText(alarm, view, translate)).join('; ')
                        : alarmText(group.alarms[0]!, view, translate)}
                    </span>
                  </div>
                  <button
                    type="button"
                    className="primary"
                    onClick={async () => {
                      for (const alarm of group.alarms)
                        await actions.run({ type: 'alarm.acknowledge', key: alarm.key });
                    }}
                  >
                    {group.alarms.length > 1
                      ? t('admin.alarms.acknowledgeAll')
                      : t('admin.alarms.acknowledge')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {alarms.length > MAX_ALARMS && (
            <p className="wall-more">{t('admin.wall.more', { count: alarms.length - MAX_ALARMS })}</p>
          )}
        </section>
      </main>
    </div>
  );
};
