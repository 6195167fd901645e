import type { DayPlan } from './staffing-plan.js';

/**
 * Breaks where the plan says the hall is quiet: each shift's break moves to the quietest hour of its
 * group that lies within the shift (an hour from its start, half an hour before its end), a quarter
 * of an hour at a time and one person of a group at a time. A break with no such hour stays where the
 * roster put it.
 */

export interface ShiftBreaks {
  staffId: string;
  groupId: string;
  /** Office-local 'HH:MM'. */
  from: string;
  to: string;
  breaks: { at: string; minutes: number }[];
}

const toMin = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const toClock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const QUARTER = 15;

export const placeBreaks = (plan: DayPlan, shifts: ShiftBreaks[]): Map<string, ShiftBreaks['breaks']> => {
  const taken = new Map<string, Set<number>>();
  const placed = new Map<string, ShiftBreaks['breaks']>();
  for (const shift of shifts) {
    const busy = taken.get(shift.groupId) ?? new Set<number>();
    taken.set(shift.groupId, busy);
    const from = toMin(shift.from) + 60;
    const to = toMin(shift.to) - 30;
    const moved = shift.breaks.map((pause) => {
      const quarters = Math.ceil(pause.minutes / QUARTER);
      for (const hour of plan.breakHours[shift.groupId] ?? []) {
        for (let start = hour * 60; start < hour * 60 + 60; start += QUARTER) {
          if (start < from || start + pause.minutes > to) continue;
          const slots = Array.from({ length: quarters }, (_, i) => start + i * QUARTER);
          if (slots.some((s) => busy.has(s))) continue;
          for (const s of slots) busy.add(s);
          return { at: toClock(start), minutes: pause.minutes };
        }
      }
      return pause;
    });
    placed.set(shift.staffId, moved);
  }
  return placed;
};
