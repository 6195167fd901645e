/**
 * Wording rules for everything printed on a ticket (REGULATIONS.md §6, 001 §5.5.1.14): no imperative
 * orders to the visitor. Our own labels are written to this rule; the office's configurable text is
 * checked here because it comes from an administrator, not from code review.
 */

/** Word stems of the orders the standard names, and their usual neighbours. */
const IMPERATIVE_STEMS = [
  'предъяв', // «Предъявите», «Предъявить»
  'явитесь',
  'явиться',
  'обязан', // «Вы обязаны»
  'необходимо иметь',
  'запрещ',
] as const;

export const DEFAULT_TICKET_TEXT = 'Номер появится на табло и прозвучит в зале. Спасибо, что пришли!';
export const DEFAULT_TICKET_TEXT_EN =
  'Your number will appear on the display and be announced in the hall. Thank you for coming!';

/** The first imperative stem found in the text, or undefined when the text is polite. */
export function findImperativeWording(text: string): string | undefined {
  const lower = text.toLocaleLowerCase('ru-RU');
  return IMPERATIVE_STEMS.find((stem) => lower.includes(stem));
}
