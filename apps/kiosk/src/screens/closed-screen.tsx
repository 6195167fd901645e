import type { PublicView } from '@queue/protocol';
import { officeClock, officeDate } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { useScreenSpeech } from '../kiosk-context.js';

/** Monday first, as a Russian week is read. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/**
 * Outside reception hours the kiosk issues nothing (REGULATIONS §5) and says, calmly, when the office
 * opens, in office-local time, with the week's hours.
 */
export const ClosedScreen = ({ view }: { view: PublicView }) => {
  const { t } = useTranslation('kiosk');
  const { nextOpening, timeZone, hours } = view.office;
  const opens =
    nextOpening === null
      ? t('closed.opensUnknown')
      : t('closed.opens', {
          date: officeDate(nextOpening, timeZone),
          time: officeClock(nextOpening, timeZone),
        });
  const weekdays = t('closed.weekdays', { returnObjects: true }) as string[];
  useScreenSpeech(`${t('closed.heading')}. ${opens}`);
  return (
    <section className="screen screen--closed" aria-labelledby="screen-heading">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('closed.heading')}
      </h1>
      <p className="closed-opens" data-testid="next-opening">
        {opens}
      </p>
      <h2>{t('closed.hours')}</h2>
      <table className="hours">
        <tbody>
          {WEEK_ORDER.map((day) => {
            const h = hours.byWeekday[day];
            return (
              <tr key={day}>
                <th scope="row">{weekdays[day]}</th>
                <td>{h ? `${h.open}–${h.close}` : t('closed.dayOff')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="closed-thanks">{t('closed.thanks')}</p>
    </section>
  );
};
