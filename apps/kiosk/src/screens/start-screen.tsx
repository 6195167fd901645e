import type { PublicView } from '@queue/protocol';
import { useTranslation } from 'react-i18next';
import { useKiosk, useScreenSpeech } from '../kiosk-context.js';
import { CalendarIcon, HelpIcon, TicketIcon } from '../parts/icons.js';
import { Tile } from '../parts/tile.js';
import { officeInfoLine } from '@queue/ui';

/**
 * The first screen: a ticket, the out-of-turn «Мне нужна помощь» for people with disabilities
 * (004 §6.7.2), placed beside it and as large, and the check-in of a booked visit.
 */
export const StartScreen = ({ view }: { view: PublicView }) => {
  const { t, i18n } = useTranslation('kiosk');
  const { actions } = useKiosk();
  const infoLine = officeInfoLine(view, i18n.language);
  useScreenSpeech(
    `${t('start.welcome')} ${t('start.getTicket')}. ${t('start.help')}: ${t('start.helpHint')}. ${t('start.appointment')}.`,
  );
  return (
    <section className="screen screen--start" aria-labelledby="screen-heading">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('start.welcome')}
      </h1>
      <div className="start-tiles">
        <Tile
          variant="primary"
          title={t('start.getTicket')}
          hint={t('start.getTicketHint')}
          icon={<TicketIcon />}
          onChoose={actions.takeTicket}
        />
        <Tile
          variant="help"
          title={t('start.help')}
          hint={t('start.helpHint')}
          icon={<HelpIcon />}
          onChoose={actions.askHelp}
        />
        <Tile
          title={t('start.appointment')}
          hint={t('start.appointmentHint')}
          icon={<CalendarIcon />}
          onChoose={actions.checkIn}
        />
      </div>
      {infoLine ? (
        <p className="info-line" data-testid="info-line">
          {infoLine}
        </p>
      ) : null}
    </section>
  );
};
