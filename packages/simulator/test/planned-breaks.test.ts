import { describe, expect, it } from 'vitest';
import { loadDayProfile, simulateDay, simulationOffice } from '../src/index.js';
import { historyDates, plannedBreaks } from '../src/planned-breaks.js';

const peak = loadDayProfile('meter-reading-peak');

describe('breaks from the staffing plan (the product)', () => {
  it('plans from earlier days of the same kind: past Thursdays for the default preset, meter-reading days for Tyumen’s', () => {
    expect(historyDates(peak, simulationOffice('default', peak))).toEqual([
      '2026-03-12',
      '2026-03-05',
      '2026-02-26',
      '2026-02-19',
    ]);
    expect(historyDates(peak, simulationOffice('gazprom-tyumen', peak))).toEqual([
      '2026-03-18',
      '2026-03-17',
      '2026-03-16',
      '2026-03-15',
    ]);
  });

  it('moves the roster’s breaks out of the morning wave, within each shift, one specialist at a time', () => {
    const config = simulationOffice('default', peak);
    const breaks = plannedBreaks('default', peak, config, (day) =>
      simulateDay({
        ...day,
        policy: 'pipeline',
        staffing: 'product',
        features: { pooling: true, plannedBreaks: false, priorityByForecast: true },
        recordEvents: true,
      }),
    );
    const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    const specialists: number[] = [];
    for (const shift of peak.roster) {
      const [pause] = breaks.get(shift.staffId)!;
      expect(pause?.minutes).toBe(15);
      const at = minutes(pause!.at);
      expect(at).toBeGreaterThanOrEqual(minutes(shift.from) + 60);
      expect(at + 15).toBeLessThanOrEqual(minutes(shift.to) - 30);
      if (shift.windowId === 'k1') continue;
      // The roster put the specialists' morning breaks at 10:30–11:45, in their wave; the plan, none.
      expect(at >= minutes('10:00') && at < minutes('13:00')).toBe(false);
      specialists.push(at);
    }
    expect(new Set(specialists).size).toBe(specialists.length);
  }, 180_000);
});
