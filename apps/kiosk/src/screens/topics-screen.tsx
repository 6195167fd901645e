import type { PublicService, PublicView } from '@queue/protocol';
import type { CSSProperties } from 'react';
import { topicTitle } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskState, useScreenSpeech } from '../kiosk-context.js';
import { categoryTitle } from '../kiosk-texts.js';
import { BuildingIcon, HomeIcon } from '../parts/icons.js';
import { Tile } from '../parts/tile.js';
import { tileColumns } from '../tile-grid.js';
import { issueAndPrint } from '../ticket-issuing.js';
import { categoryTopics, firstLevel, servicesFor, type TopicTile } from '../topic-tiles.js';

/**
 * The topic, in at most two levels of tiles from the office's configuration (DESIGN §5): groups and
 * single topics first, then the topics of a group; choosing a topic issues the ticket. A private person
 * is assumed, the common case, and an organisation switches with a tile of its own. «Мне нужна помощь»
 * (`help`) lists every topic at once, so that path is two touches (004 §6.7.2: staff then come to help).
 * A visitor with two questions (001 §4.2) chooses «Два вопроса — один талон» first: the first topic is
 * kept, and the second issues one ticket for both, served in turn.
 */
export const TopicsScreen = ({ view, help = false }: { view: PublicView; help?: boolean }) => {
  const { t, i18n } = useTranslation('kiosk');
  const kiosk = useKiosk();
  const clientType = useKioskState((s) => s.clientType) ?? 'individual';
  const category = useKioskState((s) => s.category);
  const priority = useKioskState((s) => s.priority);
  const busy = useKioskState((s) => s.busy);
  const twoTopics = useKioskState((s) => s.twoTopics);
  const chosen = useKioskState((s) => s.chosen);
  const locale = i18n.language;
  const organisation = clientType === 'organisation';

  const first = view.services.find((s) => s.id === chosen[0]);
  // The first of two is not offered again.
  const offered = view.services.filter((s) => s.id !== first?.id);
  const tiles: TopicTile[] = help
    ? servicesFor(offered, clientType).map((service) => ({ kind: 'topic', service }))
    : category
      ? categoryTopics(offered, clientType, category).map((service) => ({ kind: 'topic', service }))
      : firstLevel(offered, clientType);
  const tileTitle = (tile: TopicTile) =>
    tile.kind === 'topic' ? topicTitle(tile.service, locale) : categoryTitle(tile.name, locale);
  // On the first level: the switch between a private person and an organisation (not once a first
  // topic is kept) and «только этот вопрос». «Два вопроса — один талон» (not on the help path) is a
  // button beside the heading, not a tile: the tiles keep the rows the screen has room for.
  const firstLevelShown = category === null;
  const switchTile = firstLevelShown && first === undefined;
  const twoTopicsButton = firstLevelShown && !help && !twoTopics;
  const onlyFirstTile = firstLevelShown && first !== undefined;
  const heading = help
    ? t('help.heading')
    : category
      ? categoryTitle(category, locale)
      : twoTopics
        ? t(first ? 'topics.secondHeading' : 'topics.firstHeading')
        : organisation
          ? t('topics.headingOrganisation')
          : t('topics.heading');
  const lead = first ? t('topics.first', { topic: topicTitle(first, locale) }) : '';
  useScreenSpeech(
    `${heading}. ${help ? `${t('help.text')} ` : ''}${lead ? `${lead} ` : ''}${tiles.map(tileTitle).join('. ')}.${
      switchTile ? ` ${organisation ? t('topics.asPerson') : t('topics.asOrganisation')}.` : ''
    }${twoTopicsButton ? ` ${t('topics.twoTopics')}.` : ''}`,
  );

  const issue = async (serviceIds: string[]) => {
    const error = await issueAndPrint(kiosk, view, {
      type: 'ticket.issue',
      serviceIds,
      clientType,
      // 004 §6.7.2: out of turn, and the administrator is called to the visitor.
      priority: priority ? 'disability' : null,
      source: 'kiosk',
    });
    if (error) kiosk.actions.fail(error);
  };
  const choose = (service: PublicService) => {
    if (!twoTopics) void issue([service.id]);
    else if (!first) kiosk.actions.chooseFirstTopic(service.id);
    else void issue([first.id, service.id]);
  };

  const count = tiles.length + (switchTile ? 1 : 0) + (onlyFirstTile ? 1 : 0);
  const columns = tileColumns(count);
  const grid = {
    '--cols-portrait': columns.portrait,
    '--cols-landscape': columns.landscape,
  } as CSSProperties;

  return (
    <section
      className={`screen screen--topics${help ? ' screen--help' : ''}`}
      aria-labelledby="screen-heading"
      aria-busy={busy}
      data-two-topics={twoTopics}
    >
      <div className="topics-head">
        <h1 id="screen-heading" tabIndex={-1}>
          {heading}
        </h1>
        {twoTopicsButton ? (
          <button
            type="button"
            className="tool tool--choice"
            disabled={busy}
            onClick={kiosk.actions.twoTopics}
          >
            {t('topics.twoTopics')}
          </button>
        ) : null}
      </div>
      {help ? <p className="lead">{t('help.text')}</p> : null}
      {!help && priority ? <p className="lead">{t('ticket.priority')}</p> : null}
      {first && !category ? (
        <p className="lead" data-testid="first-topic">
          {lead}
        </p>
      ) : null}
      {tiles.length === 0 ? <p className="lead">{t('topics.none')}</p> : null}
      <div className={count > 9 ? 'tiles tiles--dense' : 'tiles'} style={grid} data-count={count}>
        {onlyFirstTile && first ? (
          <Tile
            variant="primary"
            title={t('topics.onlyFirst')}
            disabled={busy}
            onChoose={() => void issue([first.id])}
          />
        ) : null}
        {tiles.map((tile) =>
          tile.kind === 'topic' ? (
            <Tile
              key={tile.service.id}
              variant="primary"
              title={topicTitle(tile.service, locale)}
              disabled={busy}
              onChoose={() => choose(tile.service)}
            />
          ) : (
            <Tile
              key={tile.name}
              variant="primary"
              title={categoryTitle(tile.name, locale)}
              // What is inside, in the visitor's words, rather than a count of questions.
              hint={tile.services.map((s) => topicTitle(s, locale)).join(' · ')}
              opens
              disabled={busy}
              onChoose={() => kiosk.actions.chooseCategory(tile.name)}
            />
          ),
        )}
        {switchTile ? (
          <Tile
            variant="plain"
            title={organisation ? t('topics.asPerson') : t('topics.asOrganisation')}
            // Among every topic at once (dense) the switch is a title only, as the topics are.
            hint={
              count > 9 ? undefined : organisation ? t('topics.asPersonHint') : t('topics.asOrganisationHint')
            }
            icon={count > 9 ? undefined : organisation ? <HomeIcon /> : <BuildingIcon />}
            opens
            disabled={busy}
            onChoose={() => kiosk.actions.chooseClientType(organisation ? 'individual' : 'organisation')}
          />
        ) : null}
      </div>
    </section>
  );
};
