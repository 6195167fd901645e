import type { PublicService } from '@queue/protocol';

/**
 * A topic in the screen's language: its English title where the office gave one, else the Russian
 * (issue 19: English must not leave a topic untranslated that has a translation, nor show an empty one).
 */
export const topicTitle = (service: Pick<PublicService, 'title' | 'titleEn'>, locale: string): string =>
  locale === 'en' && service.titleEn.trim() !== '' ? service.titleEn : service.title;
