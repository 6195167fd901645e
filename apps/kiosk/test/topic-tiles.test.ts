import { demoOffice } from '@queue/engine';
import type { PublicService } from '@queue/protocol';
import { describe, expect, it } from 'vitest';
import { categoryTopics, firstLevel } from '../src/topic-tiles.js';

const publicServices = (services = demoOffice().services): PublicService[] =>
  services.map(({ id, letter, title, titleEn, category, groupId, clientTypes }) => ({
    id,
    letter,
    title,
    titleEn,
    category,
    groupId,
    clientTypes,
  }));

const service = (id: string, category: string | null): PublicService => ({
  id,
  letter: 'А',
  title: id,
  titleEn: id,
  category,
  groupId: 'specialist',
  clientTypes: ['individual'],
});

const describeTile = (tile: ReturnType<typeof firstLevel>[number]) =>
  tile.kind === 'topic' ? `topic:${tile.service.id}` : `category:${tile.name}`;

describe('the kiosk’s topic tiles (two levels at most, from the configuration)', () => {
  it('groups an individual’s topics by category, in the order of the configuration, with uncategorised topics directly', () => {
    const tiles = firstLevel(publicServices(), 'individual').map(describeTile);
    expect(tiles).toEqual([
      'category:Приборы учёта',
      'topic:payment',
      'category:Счета и начисления',
      'category:Договор и лицевой счёт',
      'category:Другие вопросы',
    ]);
    expect(categoryTopics(publicServices(), 'individual', 'Счета и начисления').map((s) => s.id)).toEqual([
      'charges',
      'documents',
    ]);
  });

  it('shows an organisation every topic for it at once, and none that is only for individuals', () => {
    const tiles = firstLevel(publicServices(), 'organisation');
    expect(tiles.every((t) => t.kind === 'topic')).toBe(true);
    const ids = tiles.map(describeTile);
    expect(ids).toContain('topic:org-contract');
    expect(ids).toContain('topic:readings');
    expect(ids).not.toContain('topic:meter');
  });

  it('shows a category with a single topic as that topic, saving a tap', () => {
    const tiles = firstLevel([service('a', 'Один'), service('b', 'Два'), service('c', 'Два')], 'individual');
    expect(tiles.map(describeTile)).toEqual(['topic:a', 'category:Два']);
  });
});
