/**
 * Overload (REGULATIONS §2): a banner naming the reason — the window or the hall and the count, or the
 * forecast of the wait norm — the reserve staff who were told, who accepted and which window opened,
 * and how long it has lasted. The server ends the episode by itself when the reason has passed; the
 * banner then goes.
 */
import type { StaffView } from '@queue/protocol';
import { elapsed, officeClock } from '@queue/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from './alarm-text';
import { type OverloadStatus, overloadStatuses } from './overload-status';
import type { BoardActions } from './use-board-actions';

/** Names the reason: the forecast's call by its norm, the count's by the window (or hall) and count. */
const headline = (status: OverloadStatus, t: Translate): string => {
  const { reason } = status;
  if (reason.kind === 'forecast') {
    return t(reason.breached ? 'admin.overload.waitBreach' : 'admin.overload.forecast', {
      norm: reason.normMin,
    });
  }
  if (status.place !== null)
    return t('admin.overload.window', { window: status.place, count: status.countNow });
  return status.group === null
    ? t('admin.overload.hall', { count: status.countNow })
    : t('admin.overload.hallGroup', { group: status.group, count: status.countNow });
};

interface EpisodeProps {
  status: OverloadStatus;
  view: StaffView;
  actions: BoardActions;
}

const Episode = ({ status, view, actions }: EpisodeProps) => {
  const { t } = useTranslation('board');
  const tz = view.config.timeZone;
  const closed = view.windows.filter((window) => window.status === 'closed');
  const [windowId, setWindowId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const chosen = windowId || closed[0]?.id || '';
  const label = (id: string) => view.config.windows.find((window) => window.id === id)?.label ?? id;
  return (
    <section
      className="overload"
      data-episode={status.episode.id}
      aria-labelledby={`${status.episode.id}-title`}
    >
      <h2 id={`${status.episode.id}-title`}>{headline(status, (key, options) => t(key, options))}</h2>
      <p className="overload-lead">
        {status.reason.kind === 'forecast'
          ? t('admin.overload.leadForecast', { count: status.countNow })
          : t('admin.overload.lead', { threshold: status.threshold })}
      </p>
      <dl className="overload-facts">
        <div>
          <dt>{t('admin.overload.lasting')}</dt>
          <dd data-testid="overload-duration">
            {elapsed(status.durationMs)}{' '}
            <span className="muted">
              ({t('admin.overload.since', { time: officeClock(status.episode.startedAt, tz) })})
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('admin.overload.notified')}</dt>
          <dd data-testid="overload-notified">
            {status.notified.length > 0 ? status.notified.join(', ') : t('admin.overload.nobodyNotified')}
          </dd>
        </div>
        <div>
          <dt>{t('admin.overload.accepted')}</dt>
          <dd data-testid="overload-accepted">
            {status.acceptedBy && status.acceptedAt !== null
              ? t('admin.overload.acceptedBy', {
                  name: status.acceptedBy,
                  time: officeClock(status.acceptedAt, tz),
                })
              : t('admin.overload.notAccepted')}
          </dd>
        </div>
        {status.openedWindow && (
          <div>
            <dt>{t('admin.overload.opened')}</dt>
            <dd>{status.openedWindow}</dd>
          </div>
        )}
      </dl>
      {status.episode.openedWindowId === null && closed.length > 0 && (
        <form
          className="overload-accept"
          onSubmit={async (event) => {
            event.preventDefault();
            const { error: failure } = await actions.run({
              type: 'overload.accept',
              episodeId: status.episode.id,
              windowId: chosen,
            });
            setError(failure);
          }}
        >
          <label htmlFor={selectId}>{t('admin.overload.openYourself')}</label>
          <select id={selectId} value={chosen} onChange={(event) => setWindowId(event.target.value)}>
            {closed.map((window) => (
              <option key={window.id} value={window.id}>
                {label(window.id)}
              </option>
            ))}
          </select>
          <button type="submit">{t('admin.overload.acceptAndOpen')}</button>
          {error && (
            <p className="problem" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
};

export const OverloadBanner = ({
  view,
  now,
  actions,
}: {
  view: StaffView;
  now: number;
  actions: BoardActions;
}) => {
  const statuses = overloadStatuses(view, now);
  if (statuses.length === 0) return null;
  return (
    <div className="overload-banner" data-testid="overload-banner" aria-live="polite">
      {statuses.map((status) => (
        <Episode key={status.episode.id} status={status} view={view} actions={actions} />
      ))}
    </div>
  );
};
