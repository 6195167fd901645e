import type { OfficeState } from './model.js';
import { ownValue } from './own-record.js';

/** Ticket numbers restart each office-local day per letter: «А001», «А002», … (DESIGN §3). */
export const nextTicketNumber = (state: OfficeState, letter: string): string => {
  const next = (ownValue(state.counters, letter) ?? 0) + 1;
  return `${letter}${String(next).padStart(3, '0')}`;
};
