import type { StaffView } from '@queue/protocol';
import { officeClock } from '@queue/ui';
import { type FormEvent, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type HelpRequest, helpRequests, windowsToOpen } from './console-model.js';
import { DoorCallAlert, doorCalls } from './door-call-alert.js';
import { RefusalMessage } from './refusal-message.js';
import type { CommandRunner } from './use-command.js';
import { useHelpChime } from './use-help-chime.js';
import { useShortcuts } from './use-shortcuts.js';

/**
 * Reserve mode (back office, the administrator): "help needed in the hall" arrives here when the
 * overload alarm rises (REGULATIONS §2, 002 п.55, 001 §7.1.9), for too many people or for a wait
 * forecast past the norm. Accepting opens a window in the same
 * step, and the episode records who answered and which window opened.
 */
export const ReserveScreen = ({
  view,
  staffId,
  assignedWindowId,
  runner,
}: {
  view: StaffView;
  staffId: string;
  assignedWindowId: string | null;
  runner: CommandRunner;
}) => {
  const { t } = useTranslation('operator');
  const requests = helpRequests(view, staffId);
  const doors = doorCalls(view);
  // A door's key comes back with its next press: the time it was raised tells the calls apart.
  const sound = useHelpChime([
    ...requests.map((request) => request.episode.id),
    ...doors.map((alarm) => `${alarm.key}@${alarm.raisedAt}`),
  ]);
  const toOperator = () =>
    void runner.run({ type: 'staff.login', staffId, mode: 'operator', windowId: null });
  return (
    <main className="reserve-screen" data-testid="reserve-screen">
      <RefusalMessage refusal={runner.refusal} onDismiss={runner.dismiss} />
      {doors.map((alarm) => (
        <DoorCallAlert key={alarm.key} view={view} alarm={alarm} runner={runner} />
      ))}
      {requests.length === 0 && doors.length === 0 ? (
        <section className="panel reserve-idle" data-testid="reserve-idle">
          <h2>{t('reserve.heading')}</h2>
          <p>{t('reserve.idle')}</p>
        </section>
      ) : (
        requests.map((request, index) => (
          <HelpAlert
            key={request.episode.id}
            view={view}
            request={request}
            first={index === 0}
            assignedWindowId={assignedWindowId}
            runner={runner}
          />
        ))
      )}
      <div className="reserve-tools">
        <label className="tick">
          <input
            type="checkbox"
            checked={sound.soundOn}
            onChange={(event) => sound.toggle(event.target.checked)}
            data-testid="help-sound"
          />
          {t('reserve.sound')}
        </label>
        <button type="button" onClick={toOperator} disabled={runner.pending} data-testid="leave-reserve">
          {t('reserve.openWindow')}
        </button>
      </div>
    </main>
  );
};

/** The reason of the call: the forecast's by its norm, the count's by the window (or hall) and count. */
const where = (request: HelpRequest, t: TFunction<'operator'>): string => {
  const { episode, reason } = request;
  if (reason.kind === 'forecast') {
    return t(reason.breached ? 'reserve.waitBreach' : 'reserve.forecast', {
      norm: reason.normMin,
      count: episode.count,
    });
  }
  return request.windowLabel
    ? t('reserve.atWindow', { window: request.windowLabel, count: episode.count })
    : t('reserve.hall', { count: episode.count });
};

const HelpAlert = ({
  view,
  request,
  first,
  assignedWindowId,
  runner,
}: {
  view: StaffView;
  request: HelpRequest;
  first: boolean;
  assignedWindowId: string | null;
  runner: CommandRunner;
}) => {
  const { t } = useTranslation('operator');
  const { episode } = request;
  const candidates = windowsToOpen(view, episode, assignedWindowId);
  const [picked, setPicked] = useState<string | null>(null);
  const windowId = candidates.find((w) => w.id === picked)?.id ?? candidates[0]?.id ?? null;
  const label = candidates.find((w) => w.id === windowId)?.label ?? '';
  const accept = () => {
    if (windowId) void runner.run({ type: 'overload.accept', episodeId: episode.id, windowId });
  };
  useShortcuts([{ key: 'F1', enabled: first && windowId !== null, run: accept }], first);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept();
  };
  return (
    <section className="help-alert" role="alert" data-testid="help-alert" data-episode={episode.id}>
      <h2>{t('reserve.alert')}</h2>
      <p className="help-where" data-testid="help-where">
        {where(request, t)}
        <span className="muted">
          {' '}
          · {t('reserve.since', { time: officeClock(episode.startedAt, view.config.timeZone) })}
        </span>
      </p>
      {request.acceptedByName ? <p>{t('reserve.accepted', { name: request.acceptedByName })}</p> : null}
      {candidates.length === 0 ? (
        <p>{t('reserve.noWindow')}</p>
      ) : (
        <form onSubmit={submit}>
          <fieldset className="window-cards compact">
            <legend>{t('reserve.chooseWindow')}</legend>
            {candidates.map((w) => (
              <label
                key={w.id}
                className={`window-card${w.id === windowId ? ' selected' : ''}`}
                data-window={w.id}
              >
                <input
                  type="radio"
                  name={`help-${episode.id}`}
                  checked={w.id === windowId}
                  onChange={() => setPicked(w.id)}
                />
                <strong className="window-card-label">{w.label}</strong>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary big" disabled={runner.pending} data-testid="accept-help">
            {first ? <kbd>F1</kbd> : null} {t('reserve.accept', { window: label })}
          </button>
        </form>
      )}
    </section>
  );
};
