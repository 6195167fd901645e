import { useTranslation } from 'react-i18next';
import { useKiosk, useScreenSpeech } from '../kiosk-context.js';
import { BuildingIcon, HomeIcon } from '../parts/icons.js';
import { Tile } from '../parts/tile.js';

/** Individual or organisation: the first choice of a ticket (DESIGN §5), also reached from «Мне нужна помощь». */
export const ClientTypeChoice = () => {
  const { t } = useTranslation('kiosk');
  const { actions } = useKiosk();
  return (
    <div className="tiles tiles--two">
      <Tile
        variant="primary"
        title={t('clientType.individual')}
        hint={t('clientType.individualHint')}
        icon={<HomeIcon />}
        opens
        onChoose={() => actions.chooseClientType('individual')}
      />
      <Tile
        variant="primary"
        title={t('clientType.organisation')}
        hint={t('clientType.organisationHint')}
        icon={<BuildingIcon />}
        opens
        onChoose={() => actions.chooseClientType('organisation')}
      />
    </div>
  );
};

export const ClientTypeScreen = () => {
  const { t } = useTranslation('kiosk');
  useScreenSpeech(
    `${t('clientType.heading')} ${t('clientType.individual')}, ${t('clientType.organisation')}.`,
  );
  return (
    <section className="screen" aria-labelledby="screen-heading">
      <h1 id="screen-heading" tabIndex={-1}>
        {t('clientType.heading')}
      </h1>
      <ClientTypeChoice />
    </section>
  );
};
