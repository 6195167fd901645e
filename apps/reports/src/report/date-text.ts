/**
 * A date as the office writes it, ДД.ММ.ГГГГ (issue 19) — not as the browser's locale would draw a
 * date picker (12/03/2026 on an English-language system). The report's query keeps ISO YYYY-MM-DD.
 */
export const dateText = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '';

/** «23.11.2026» (or «23112026», «23/11/2026») → «2026-11-23»; null for anything that is not a real date. */
export const parseDateText = (text: string): string | null => {
  const digits = text.replace(/[^\d]/g, '');
  if (digits.length !== 8) return null;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 8));
  if (year < 2000 || month < 1 || month > 12 || day < 1) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
};
