import { MINUTE, zonedTimeToEpoch } from '@queue/engine';
import { type DayProfile, type Visitor, loadDayProfile, parseDayProfile } from '../src/index.js';

/**
 * Hand-made days for tests: one cashier at «Касса 1» from 09:00, visitors who walk up instantly and
 * take exactly the minutes given, nobody else in the office. Small enough to compute every wait by hand.
 */
export const DATE = '2026-03-05';
export const at = (time: string) => zonedTimeToEpoch(DATE, time, 'Europe/Moscow');

export const tinyProfile = (over: Partial<DayProfile> = {}): DayProfile => {
  const base = loadDayProfile('normal');
  return parseDayProfile({
    ...base,
    id: 'tiny',
    date: DATE,
    reception: { open: '09:00', close: '18:00' },
    roster: [{ staffId: 'cashier', windowId: 'k1', from: '09:00', to: '18:00', breaks: [] }],
    hallAdministrator: null,
    // The quick reserve of the earlier simulations: small days computed by hand stay small.
    reserve: { ...base.reserve, acceptMin: 1, responseMin: 5 },
    ...over,
  });
};

let index = 0;
export const visitor = (time: string, minutes: number, over: Partial<Visitor> = {}): Visitor => ({
  index: index++,
  arriveAt: at(time),
  clientType: 'individual',
  priority: null,
  serviceId: 'payment',
  serviceMs: minutes * MINUTE,
  leaves: false,
  walkMs: 0,
  transfer: null,
  ...over,
});
