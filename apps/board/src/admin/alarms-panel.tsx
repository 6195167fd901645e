/**
 * Alarms, newest first (StaffView.alarms), each in plain words with «Принять» (`alarm.acknowledge`).
 * Accepting says "I have seen it and I am on it"; the alarm itself clears when its cause is gone.
 */
import type { Alarm } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { elapsed, officeClock } from '@queue/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alarmHint, alarmText, alarmTitle, type Translate } from './alarm-text';
import { staffName } from './staff-names';
import type { BoardActions } from './use-board-actions';

interface AlarmItemProps {
  alarm: Alarm;
  view: StaffView;
  now: number;
  actions: BoardActions;
}

const AlarmItem = ({ alarm, view, now, actions }: AlarmItemProps) => {
  const { t } = useTranslation('board');
  const translate: Translate = (key, options) => t(key, options);
  const [error, setError] = useState<string | null>(null);
  const tz = view.config.timeZone;
  const text = alarmText(alarm, view, translate);
  const hint = alarmHint(alarm, translate);
  const acknowledged = alarm.acknowledgedBy !== null;
  return (
    <li
      className={`alarm alarm-${alarm.kind}${acknowledged ? ' alarm-acknowledged' : ''}`}
      data-alarm-kind={alarm.kind}
      data-alarm-key={alarm.key}
    >
      <div className="alarm-head">
        <span className="alarm-kind">{alarmTitle(alarm, translate)}</span>
        <span className="muted">
          {officeClock(alarm.raisedAt, tz)} · {elapsed(now - alarm.raisedAt)}
        </span>
      </div>
      <p className="alarm-text">{text}</p>
      {hint && !acknowledged && <p className="alarm-hint">{hint}</p>}
      {acknowledged ? (
        <p className="alarm-ack">
          {t('admin.alarms.acknowledgedBy', {
            name: staffName(view.config, alarm.acknowledgedBy),
            time: alarm.acknowledgedAt === null ? '' : officeClock(alarm.acknowledgedAt, tz),
          })}
        </p>
      ) : (
        <button
          type="button"
          className="primary"
          aria-label={`${t('admin.alarms.acknowledge')}: ${text}`}
          onClick={async () => {
            const { error: failure } = await actions.run({ type: 'alarm.acknowledge', key: alarm.key });
            setError(failure);
          }}
        >
          {t('admin.alarms.acknowledge')}
        </button>
      )}
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
    </li>
  );
};

export const AlarmsPanel = ({
  view,
  now,
  actions,
}: {
  view: StaffView;
  now: number;
  actions: BoardActions;
}) => {
  const { t } = useTranslation('board');
  return (
    <section className="panel" aria-labelledby="alarms-title" data-testid="alarms">
      <h2 id="alarms-title">
        {t('admin.alarms.title')}{' '}
        {view.alarms.length > 0 && <span className="count-badge">{view.alarms.length}</span>}
      </h2>
      {view.alarms.length === 0 ? (
        <p className="muted">{t('admin.alarms.none')}</p>
      ) : (
        <ul className="alarms">
          {view.alarms.map((alarm) => (
            <AlarmItem key={alarm.key} alarm={alarm} view={view} now={now} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
};
