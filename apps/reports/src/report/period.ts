import { addDays, localDate } from '@queue/engine';

/** Quick periods a manager asks for most, in the office's own calendar. */
export type QuickPeriod = 'today' | 'yesterday' | 'week' | 'month';

export const officeToday = (timeZone: string, now = Date.now()) => localDate(now, timeZone);

export const quickPeriod = (kind: QuickPeriod, today: string): { from: string; to: string } => {
  switch (kind) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday': {
      const day = addDays(today, -1);
      return { from: day, to: day };
    }
    case 'week':
      return { from: addDays(today, -6), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
  }
};
