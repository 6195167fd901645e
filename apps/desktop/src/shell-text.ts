/**
 * Texts of the shell's own pages and answers, Russian first (REGULATIONS.md §6: polite, never an order),
 * English beside it for a switched page.
 */
export interface ShellText {
  ru: string;
  en: string;
}

export type Language = keyof ShellText;

export const text = (ru: string, en: string): ShellText => ({ ru, en });
