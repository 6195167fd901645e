/**
 * Alarms, newest first (StaffView.alarms), each in plain words with «Принять» (`alarm.acknowledge`).
 * Accepting says "I have seen it and I am on it"; the alarm itself clears when its cause is gone. The
 * wait alarms of several topics come as one item (alarm-groups.ts), and accepted ones wait below, folded.
 */
import type { Alarm } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { elapsed, officeClock } from '@queue/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlarmGroup, alarmGroups } from './alarm-groups';
import { alarmHint, alarmText, alarmTitle, type Translate } from './alarm-text';
import { staffName } from './staff-names';
import type { BoardActions } from './use-board-actions';

interface GroupItemProps {
  group: AlarmGroup;
  view: StaffView;
  now: number;
  actions: BoardActions;
}

const GroupItem = ({ group, view, now, actions }: GroupItemProps) => {
  const { t } = useTranslation('board');
  const translate: Translate = (key, options) => t(key, options);
  const [error, setError] = useState<string | null>(null);
  const tz = view.config.timeZone;
  const first = group.alarms[0] as Alarm;
  const oldest = group.alarms.reduce((a, b) => (b.raisedAt < a.raisedAt ? b : a), first);
  const texts = group.alarms.map((alarm) => alarmText(alarm, view, translate));
  const hint = alarmHint(first, view, translate);
  const several = group.alarms.length > 1;
  const label = several
    ? t('admin.alarms.acknowledgeAll')
    : first.kind === 'doorCall'
      ? t('admin.alarms.goToDoor')
      : t('admin.alarms.acknowledge');
  const acknowledge = async () => {
    for (const alarm of group.alarms) {
      // The door's call is answered by going out: `door.accept` names who went (004 §6.7.6).
      const { error: failure } = await actions.run(
        alarm.kind === 'doorCall'
          ? { type: 'door.accept', key: alarm.key }
          : { type: 'alarm.acknowledge', key: alarm.key },
      );
      if (failure) {
        setError(failure);
        return;
      }
    }
    setError(null);
  };
  return (
    <li
      className={`alarm alarm-${group.kind}`}
      data-alarm-kind={group.kind}
      data-alarm-key={several ? group.key : first.key}
      data-alarm-count={group.alarms.length}
    >
      <div className="alarm-head">
        <span className="alarm-kind">
          {alarmTitle(first, translate)}
          {several ? ` · ${t('admin.alarms.topics', { count: group.alarms.length })}` : ''}
        </span>
        <span className="muted">
          {officeClock(oldest.raisedAt, tz)} · {elapsed(now - oldest.raisedAt)}
        </span>
      </div>
      {several ? (
        <ul className="alarm-lines">
          {texts.map((text, index) => (
            <li key={group.alarms[index]?.key}>{text}</li>
          ))}
        </ul>
      ) : (
        <p className="alarm-text">{texts[0]}</p>
      )}
      {hint && <p className="alarm-hint">{hint}</p>}
      <button
        type="button"
        className="primary"
        aria-label={`${label}: ${texts.join('; ')}`}
        onClick={() => void acknowledge()}
      >
        {label}
      </button>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
    </li>
  );
};

const AcceptedItem = ({ alarm, view }: { alarm: Alarm; view: StaffView }) => {
  const { t } = useTranslation('board');
  const translate: Translate = (key, options) => t(key, options);
  const tz = view.config.timeZone;
  return (
    <li
      className={`alarm alarm-${alarm.kind} alarm-acknowledged`}
      data-alarm-kind={alarm.kind}
      data-alarm-key={alarm.key}
    >
      <div className="alarm-head">
        <span className="alarm-kind">{alarmTitle(alarm, translate)}</span>
        <span className="muted">{officeClock(alarm.raisedAt, tz)}</span>
      </div>
      <p className="alarm-text">{alarmText(alarm, view, translate)}</p>
      <p className="alarm-ack">
        {t('admin.alarms.acknowledgedBy', {
          name: staffName(view.config, alarm.acknowledgedBy),
          time: alarm.acknowledgedAt === null ? '' : officeClock(alarm.acknowledgedAt, tz),
        })}
      </p>
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
  const { open, accepted } = alarmGroups(view.alarms);
  return (
    <section className="panel" aria-labelledby="alarms-title" data-testid="alarms">
      <h2 id="alarms-title">
        {t('admin.alarms.title')}{' '}
        {open.length > 0 && (
          <span className="count-badge" data-testid="alarms-count">
            {open.length}
          </span>
        )}
      </h2>
      {open.length === 0 ? (
        <p className="muted">{t('admin.alarms.none')}</p>
      ) : (
        <ul className="alarms">
          {open.map((group) => (
            <GroupItem key={group.key} group={group} view={view} now={now} actions={actions} />
          ))}
        </ul>
      )}
      {accepted.length > 0 && (
        <details className="alarms-accepted">
          <summary>{t('admin.alarms.accepted', { count: accepted.length })}</summary>
          <ul className="alarms">
            {accepted.map((alarm) => (
              <AcceptedItem key={alarm.key} alarm={alarm} view={view} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
};
