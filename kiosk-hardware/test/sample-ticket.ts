/** The ticket most tests print: every field on, Cyrillic in every text. */
import type { TicketOptions, TicketPrint } from '../src/ticket-layout.js';

export const SAMPLE_PRINT: TicketPrint = {
  officeName: 'ЦОК Энергосбыт, ул. Ленина, 5',
  number: 'А001',
  topic: 'Передача показаний приборов учёта',
  issuedAtLocal: '03.02.2025 10:15',
  peopleAhead: 3,
  expectedWaitMin: 12,
  qr: 'https://queue.example/t/A001',
};

export const ALL_FIELDS = {
  officeName: true,
  dateTime: true,
  peopleAhead: true,
  expectedWait: true,
  qr: true,
};

export function options(overrides: Partial<TicketOptions> = {}): TicketOptions {
  return { paper: '80mm', codePage: 'CP866', fields: ALL_FIELDS, ...overrides };
}

/** Index of `needle` in `haystack`, -1 when absent. */
export function indexOfBytes(haystack: Uint8Array, needle: ArrayLike<number>, from = 0): number {
  return Buffer.from(haystack).indexOf(Buffer.from(Array.from(needle)), from);
}
