import type { DayHours } from '@queue/engine';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../report/date-field';
import { dateText } from '../report/date-text';
import type { EditorProps } from './editor-props';
import { NumberField } from './number-field';

/** Office zones the companies use (REGULATIONS §5: UTC+3…UTC+5), and the rest of Russia's. */
const ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Volgograd',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
];

/** Monday first, as a Russian week is read; the model indexes Sunday as 0 (Date#getDay). */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/**
 * Reception hours per weekday, holidays and the office's time zone (003 §8.4: reception hours may differ
 * from working hours; 001 §7.1.1: evenings and weekends). The kiosk issues tickets only within them.
 */
export const HoursEditor = ({ config, onChange }: EditorProps) => {
  const { t } = useTranslation('settings');
  const [holiday, setHoliday] = useState('');
  const holidayId = useId();
  const { hours } = config;
  const setDay = (weekday: number, day: DayHours | null) =>
    onChange({
      ...config,
      hours: { ...hours, byWeekday: hours.byWeekday.map((d, i) => (i === weekday ? day : d)) },
    });
  const zones = ZONES.includes(config.timeZone) ? ZONES : [config.timeZone, ...ZONES];

  return (
    <section className="editor" aria-labelledby="hours-title">
      <h2 id="hours-title">{t('hours.title')}</h2>
      <label className="field">
        {t('hours.timeZone')}
        <select value={config.timeZone} onChange={(e) => onChange({ ...config, timeZone: e.target.value })}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {t(`hours.zones.${z.replace('/', '_')}`, { defaultValue: z })}
            </option>
          ))}
        </select>
      </label>
      <table className="edit-table hours">
        <thead>
          <tr>
            <th scope="col">{t('hours.weekday')}</th>
            <th scope="col">{t('hours.open')}</th>
            <th scope="col">{t('hours.from')}</th>
            <th scope="col">{t('hours.to')}</th>
          </tr>
        </thead>
        <tbody>
          {WEEK.map((weekday) => {
            const day = hours.byWeekday[weekday] ?? null;
            const name = t(`hours.days.${weekday}`);
            return (
              <tr key={weekday}>
                <th scope="row">{name}</th>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={day !== null}
                      onChange={(e) =>
                        setDay(weekday, e.target.checked ? { open: '09:00', close: '18:00' } : null)
                      }
                    />
                    {t('hours.receives')}
                  </label>
                </td>
                <td>
                  {day && (
                    <input
                      type="time"
                      aria-label={`${name}: ${t('hours.from')}`}
                      value={day.open}
                      onChange={(e) => setDay(weekday, { ...day, open: e.target.value })}
                    />
                  )}
                </td>
                <td>
                  {day && (
                    <input
                      type="time"
                      aria-label={`${name}: ${t('hours.to')}`}
                      value={day.close}
                      onChange={(e) => setDay(weekday, { ...day, close: e.target.value })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('hours.workDay')}</h3>
      <div className="row">
        <NumberField
          label={t('hours.workEnds')}
          min={0}
          max={720}
          optional
          value={hours.workEndsAfterCloseMin ?? null}
          onValue={(workEndsAfterCloseMin) =>
            onChange({ ...config, hours: { ...hours, workEndsAfterCloseMin } })
          }
        />
      </div>
      <p className="hint">{t('hours.workEndsHint')}</p>
      <h3>{t('hours.holidays')}</h3>
      <ul className="chips">
        {hours.holidays.map((d) => (
          <li key={d}>
            {dateText(d)}
            <button
              type="button"
              className="danger-link"
              onClick={() =>
                onChange({ ...config, hours: { ...hours, holidays: hours.holidays.filter((h) => h !== d) } })
              }
            >
              {t('common.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label htmlFor={holidayId}>{t('hours.holiday')}</label>
        <DateField id={holidayId} name="holiday" value={holiday} required={false} onChange={setHoliday} />
        <button
          type="button"
          disabled={!holiday || hours.holidays.includes(holiday)}
          onClick={() => {
            onChange({ ...config, hours: { ...hours, holidays: [...hours.holidays, holiday].sort() } });
            setHoliday('');
          }}
        >
          {t('hours.addHoliday')}
        </button>
      </div>
    </section>
  );
};
