import { MINUTE } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import {
  dayStatistics,
  loadDayProfile,
  loadScaleFor,
  meanWindowMin,
  simulateDay,
  simulationOffice,
  visitWaitMs,
} from '../src/index.js';
import { at, tinyProfile, visitor } from './tiny-day.js';

const waitsOf = (outcome: ReturnType<typeof simulateDay>) =>
  outcome.visits.map((v) => {
    const ms = visitWaitMs(v);
    return ms === null ? null : ms / MINUTE;
  });

/** One specialist at «Окно 1» from 09:00; readings are its main topic. */
const oneSpecialist = () =>
  tinyProfile({ roster: [{ staffId: 'op1', windowId: 'w1', from: '09:00', to: '18:00', breaks: [] }] });

describe('002 п.55 run by hand (the peers’ staffing rule)', () => {
  const sevenReadings = () =>
    Array.from({ length: 7 }, () => visitor('09:00', 10, { serviceId: 'readings' }));

  it('more than five waiting per open specialist window: the administrator phones, a window opens five minutes later, and closes once fewer than five wait per window', () => {
    const outcome = simulateDay({
      preset: 'default',
      profile: oneSpecialist(),
      seed: 1,
      policy: 'fifo',
      staffing: 'count-rule',
      visitors: sevenReadings(),
    });
    // 09:00: one called, six waiting for one specialist → the call; «Окно 4» opens at 09:05 and the
    // two windows alternate every five minutes.
    expect(waitsOf(outcome)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(outcome.reserve).toEqual([
      { staffId: 'reserve', windowId: 'w4', openedAt: at('09:05'), closedAt: at('09:35') },
    ]);
    // The engine's own calls are raised but nobody answers them: the peers' office has no such screen.
    expect(dayStatistics(outcome).overload.answered).toBe(0);
  });

  it('five waiting per window is not more than five: nobody is called', () => {
    const six = Array.from({ length: 6 }, () => visitor('09:00', 10, { serviceId: 'readings' }));
    const outcome = simulateDay({
      preset: 'default',
      profile: oneSpecialist(),
      seed: 1,
      policy: 'fifo',
      staffing: 'count-rule',
      visitors: six,
    });
    expect(outcome.reserve).toEqual([]);
    expect(waitsOf(outcome)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('visitors waiting for the cash desk, and an open cash desk, do not count', () => {
    const profile = tinyProfile({
      roster: [
        { staffId: 'op1', windowId: 'w1', from: '09:00', to: '18:00', breaks: [] },
        { staffId: 'cashier', windowId: 'k1', from: '09:00', to: '18:00', breaks: [] },
      ],
    });
    // Ten payments at 09:00: one at the cash desk, nine waiting for it — no call, the specialist is idle.
    const payments = Array.from({ length: 10 }, () => visitor('09:00', 10));
    const alone = simulateDay({
      preset: 'default',
      profile,
      seed: 1,
      policy: 'fifo',
      staffing: 'count-rule',
      visitors: payments,
    });
    expect(alone.reserve).toEqual([]);
    const readings = Array.from({ length: 6 }, () => visitor('09:00', 10, { serviceId: 'readings' }));
    const five = simulateDay({
      preset: 'default',
      profile,
      seed: 1,
      policy: 'fifo',
      staffing: 'count-rule',
      visitors: [...payments, ...readings],
    });
    // One reading served, five waiting for one specialist: not more than five, whatever the cash desk.
    expect(five.reserve).toEqual([]);
  });
});

describe('the reserve is a setting; the realistic case is the default', () => {
  it('the shipped profiles: two members who accept within two minutes and open a window ten minutes after the call', () => {
    for (const name of ['normal', 'meter-reading-peak']) {
      const { reserve } = loadDayProfile(name);
      expect(reserve).toMatchObject({ staff: ['reserve', 'reserve2'], acceptMin: 2, responseMin: 10 });
    }
  });

  it('the product’s call is answered ten minutes after it by default, and as the options say otherwise', () => {
    const fourAtOnce = () => Array.from({ length: 4 }, () => visitor('09:00', 10));
    const realistic = simulateDay({
      preset: 'default',
      profile: { ...tinyProfile(), reserve: loadDayProfile('normal').reserve },
      seed: 1,
      policy: 'pipeline',
      staffing: 'product',
      visitors: fourAtOnce(),
    });
    expect(realistic.reserve[0]?.openedAt).toBe(at('09:10'));
    const slow = simulateDay({
      preset: 'default',
      profile: tinyProfile(),
      seed: 1,
      policy: 'pipeline',
      staffing: 'product',
      visitors: fourAtOnce(),
      reserve: { responseMin: 15 },
    });
    expect(slow.reserve[0]?.openedAt).toBe(at('09:15'));
    // Two simulated days to their end: 31 s once with other test runs on this 2-core machine.
  }, 120_000);
});

describe('everyone issued is served', () => {
  it('a visitor the cashier sends on to a specialist at 20:03 is served: the closing shift stays until the office is empty (seed 2, default, peak day)', () => {
    const peak = loadDayProfile('meter-reading-peak');
    for (const policy of ['pipeline', 'fifo'] as const) {
      for (const staffing of ['count-rule', 'product'] as const) {
        const outcome = simulateDay({ preset: 'default', profile: peak, seed: 2, policy, staffing });
        const stats = dayStatistics(outcome);
        expect(stats.unserved).toBe(0);
        expect(stats.served + stats.noShows).toBe(stats.visitors);
        const late = outcome.visits.filter(
          (v) => v.segments.length > 1 && v.segments[1]!.waitFrom > at('20:00'),
        );
        expect(late.length).toBeGreaterThan(0);
        for (const visit of late) expect(visit.segments[1]?.finishedAt).not.toBeNull();
        expect(outcome.unexpectedRefusals).toEqual({});
      }
    }
  }, 180_000);

  it('a visitor left waiting when the run stops is counted with the wait so far, never dropped', () => {
    // Only the cash desk is staffed, and a visitor comes for meter readings: nobody can call them.
    const outcome = simulateDay({
      preset: 'default',
      profile: tinyProfile(),
      seed: 1,
      policy: 'pipeline',
      staffing: 'none',
      visitors: [visitor('09:00', 5), visitor('09:01', 5, { serviceId: 'readings' })],
    });
    const stats = dayStatistics(outcome);
    expect(stats.unserved).toBe(1);
    expect(stats.served).toBe(1);
    // From 09:01 to the end of the run at 23:55.
    expect(stats.waitMin.max).toBe(14 * 60 + 54);
    expect(stats.withinWaitNorm).toBe(0.5);
  });
});

describe('the same offered load under every preset', () => {
  it('arrivals scale by the minutes a window is taken per visitor, the walk and the no-show wait included and not scaled', () => {
    const peak = loadDayProfile('meter-reading-peak');
    const base = meanWindowMin(simulationOffice('default', peak), peak);
    const tyumen = meanWindowMin(simulationOffice('gazprom-tyumen', peak), peak);
    expect(loadScaleFor('gazprom-tyumen', peak)).toBeCloseTo(base / tyumen, 10);
    // Half the service norm, but the same walk across the hall: fewer than twice the visitors.
    expect(loadScaleFor('gazprom-tyumen', peak)).toBeGreaterThan(1.4);
    expect(loadScaleFor('gazprom-tyumen', peak)).toBeLessThan(2);
    // The walk counts: 95 seconds more per call adds them to every served visit and to a transfer's.
    const longHall = { ...peak, walkSeconds: { min: 120, max: 180 } };
    const extra = (1 - peak.noShowShare) * (1 + peak.transfer.share) * (95 / 60);
    expect(meanWindowMin(simulationOffice('default', longHall), longHall)).toBeCloseTo(base + extra, 10);
  });
});
