import type { ClientType } from '@queue/engine';
import type { PublicService } from '@queue/protocol';

/**
 * The kiosk's choice of topic, in at most two levels of tiles (DESIGN §5), built from the office's
 * configuration: for individuals the first level groups topics by their `category`, with uncategorised
 * topics shown directly; organisations, who have few topics, see them all at once. A category holding a
 * single topic is shown as that topic, to save the visitor a tap.
 */
export type TopicTile =
  | { kind: 'topic'; service: PublicService }
  | { kind: 'category'; name: string; services: PublicService[] };

export const servicesFor = (services: readonly PublicService[], clientType: ClientType): PublicService[] =>
  services.filter((s) => s.clientTypes.includes(clientType));

export const firstLevel = (services: readonly PublicService[], clientType: ClientType): TopicTile[] => {
  const offered = servicesFor(services, clientType);
  if (clientType === 'organisation') return offered.map((service) => ({ kind: 'topic', service }));
  const tiles: TopicTile[] = [];
  const byCategory = new Map<string, PublicService[]>();
  for (const service of offered) {
    if (service.category === null) {
      tiles.push({ kind: 'topic', service });
      continue;
    }
    let members = byCategory.get(service.category);
    if (!members) {
      members = [];
      byCategory.set(service.category, members);
      tiles.push({ kind: 'category', name: service.category, services: members });
    }
    members.push(service);
  }
  return tiles.map((tile) =>
    tile.kind === 'category' && tile.services.length === 1
      ? { kind: 'topic', service: tile.services[0]! }
      : tile,
  );
};

export const categoryTopics = (
  services: readonly PublicService[],
  clientType: ClientType,
  category: string,
): PublicService[] => servicesFor(services, clientType).filter((s) => s.category === category);
