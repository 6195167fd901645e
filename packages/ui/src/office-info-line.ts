import type { PublicView } from '@queue/protocol';

/** The office's information line in the screen's language: English where the office wrote one. */
export const officeInfoLine = (view: Pick<PublicView, 'office'>, locale: string): string => {
  const { infoLine, infoLineEn } = view.office;
  return locale === 'en' && infoLineEn.trim() !== '' ? infoLineEn : infoLine;
};
