import type { PublicService } from '@queue/protocol';

/** A topic in the visitor's language: its English title where the office gave one, else the Russian. */
export const topicTitle = (service: Pick<PublicService, 'title' | 'titleEn'>, locale: string): string =>
  locale === 'en' && service.titleEn.trim() !== '' ? service.titleEn : service.title;
