import type { Alarm } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { officeClock } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import type { CommandRunner } from './use-command.js';

/** The entrance's open calls (004 §6.7.5), oldest first: the one waiting longest is answered first. */
export const doorCalls = (view: StaffView): Alarm[] =>
  view.alarms.filter((a) => a.kind === 'doorCall').sort((a, b) => a.raisedAt - b.raisedAt);

/**
 * «У входа ждут помощи» on a reserve console: someone who cannot come in pressed the button at the
 * entrance. Whoever goes out presses «Иду к входу»; the call then leaves every screen and the record
 * names them.
 */
export const DoorCallAlert = ({
  view,
  alarm,
  runner,
}: {
  view: StaffView;
  alarm: Alarm;
  runner: CommandRunner;
}) => {
  const { t } = useTranslation('operator');
  return (
    <section className="help-alert" role="alert" data-testid="door-alert" data-key={alarm.key}>
      <h2>{t('reserve.door')}</h2>
      <p className="help-where">
        {t('reserve.doorWhere')}
        <span className="muted">
          {' '}
          · {t('reserve.since', { time: officeClock(alarm.raisedAt, view.config.timeZone) })}
        </span>
      </p>
      <button
        type="button"
        className="primary big"
        disabled={runner.pending}
        onClick={() => void runner.run({ type: 'door.accept', key: alarm.key })}
        data-testid="door-accept"
      >
        {t('reserve.doorAccept')}
      </button>
    </section>
  );
};
