import type { PublicService, PublicView } from '@queue/protocol';
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskState, useScreenSpeech } from '../kiosk-context.js';
import { categoryTitle } from '../kiosk-texts.js';
import { Tile } from '../parts/tile.js';
import { issueAndPrint } from '../ticket-issuing.js';
import { categoryTopics, firstLevel, type TopicTile } from '../topic-tiles.js';

/**
 * The topic, in at most two levels of tiles from the office's configuration (DESIGN §5): categories and
 * single topics first, then the topics of a category. Choosing a topic issues the ticket.
 */
export const TopicsScreen = ({ view }: { view: PublicView }) => {
  const { t, i18n } = useTranslation('kiosk');
  const kiosk = useKiosk();
  const clientType = useKioskState((s) => s.clientType) ?? 'individual';
  const category = useKioskState((s) => s.category);
  const priority = useKioskState((s) => s.priority);
  const busy = useKioskState((s) => s.busy);
  const locale = i18n.language;

  const tiles: TopicTile[] = category
    ? categoryTopics(view.services, clientType, category).map((service) => ({ kind: 'topic', service }))
    : firstLevel(view.services, clientType);
  const titleOf = (service: PublicService) => (locale === 'en' ? service.titleEn : service.title);
  const tileTitle = (tile: TopicTile) =>
    tile.kind === 'topic' ? titleOf(tile.service) : categoryTitle(tile.name, locale);
  const heading = category ? categoryTitle(category, locale) : t('topics.heading');
  useScreenSpeech(`${heading}. ${tiles.map(tileTitle).join('. ')}.`);

  const choose = async (service: PublicService) => {
    const error = await issueAndPrint(kiosk, view, {
      type: 'ticket.issue',
      serviceIds: [service.id],
      clientType,
      // 004 §6.7.2: out of turn, and the administrator is called to the visitor.
      priority: priority ? 'disability' : null,
      source: 'kiosk',
    });
    if (error) kiosk.actions.fail(error);
  };

  return (
    <section className="screen" aria-labelledby="screen-heading" aria-busy={busy}>
      <h1 id="screen-heading" tabIndex={-1}>
        {heading}
      </h1>
      {priority ? <p className="lead">{t('ticket.priority')}</p> : null}
      {tiles.length === 0 ? <p className="lead">{t('topics.none')}</p> : null}
      <div className={`tiles ${tiles.length > 6 ? 'tiles--many' : ''}`}>
        {tiles.map((tile) =>
          tile.kind === 'topic' ? (
            <Tile
              key={tile.service.id}
              title={titleOf(tile.service)}
              disabled={busy}
              onChoose={() => void choose(tile.service)}
            />
          ) : (
            <Tile
              key={tile.name}
              variant="primary"
              title={categoryTitle(tile.name, locale)}
              hint={t('topics.inCategory', { count: tile.services.length })}
              opens
              disabled={busy}
              onChoose={() => kiosk.actions.chooseCategory(tile.name)}
            />
          ),
        )}
      </div>
    </section>
  );
};
