import { MINUTE } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { dayStatistics, distribution, quantile, simulateDay, visitWaitMs } from '../src/index.js';
import { at, tinyProfile, visitor } from './tiny-day.js';

const waitsOf = (outcome: ReturnType<typeof simulateDay>) =>
  outcome.visits.map((v) => {
    const ms = visitWaitMs(v);
    return ms === null ? null : ms / MINUTE;
  });

describe('statistics helpers', () => {
  it('the 90th percentile is the nearest rank: of ten values, the ninth', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(
      quantile(
        [...values].sort((a, b) => a - b),
        0.9,
      ),
    ).toBe(9);
    expect(distribution(values)).toEqual({ mean: 5.5, median: 5, p90: 9, max: 10 });
    expect(distribution([])).toEqual({ mean: 0, median: 0, p90: 0, max: 0 });
  });
});

describe('a tiny day, computed by hand', () => {
  it('three visitors, one cashier, ten minutes each: waits 0, 9 and 18 minutes, and the kiosk promised exactly that', () => {
    const outcome = simulateDay({
      preset: 'default',
      profile: tinyProfile(),
      seed: 1,
      policy: 'pipeline',
      staffing: 'none',
      visitors: [visitor('09:00', 10), visitor('09:01', 10), visitor('09:02', 10)],
    });
    expect(waitsOf(outcome)).toEqual([0, 9, 18]);
    expect(outcome.visits.map((v) => v.segments[0]?.calledAt)).toEqual([
      at('09:00'),
      at('09:10'),
      at('09:20'),
    ]);
    const stats = dayStatistics(outcome);
    expect(stats).toMatchObject({ visitors: 3, served: 3, noShows: 0, transfers: 0, unserved: 0 });
    expect(stats.waitMin).toEqual({ mean: 9, median: 9, p90: 18, max: 18 });
    // The default norms: wait 20 minutes, service 10 — everyone within both.
    expect(stats.withinWaitNorm).toBe(1);
    expect(stats.serviceMin.mean).toBe(10);
    expect(stats.withinServiceNorm).toBe(1);
    // The engine's forecast at issue: the norm (10 min) per visitor ahead, and so it came true.
    expect(outcome.visits.map((v) => (v.promisedWaitMs ?? -1) / MINUTE)).toEqual([0, 9, 18]);
    expect(stats.forecast).toMatchObject({ maeMin: 0, biasMin: 0, promised: 3 });
    // A plain system's promise (people waiting ahead × the norm ÷ one window) forgets the visitor at
    // the window: 0, 0 and 10 minutes against 0, 9 and 18 waited.
    expect(outcome.visits.map((v) => (v.naiveWaitMs ?? -1) / MINUTE)).toEqual([0, 0, 10]);
    expect(stats.forecast.naive).toEqual({ maeMin: 17 / 3, biasMin: 17 / 3 });
    expect(outcome.unexpectedRefusals).toEqual({});
  });

  it('the walk to the window: the promise counts it for the visitor ahead; without it the promise is early', () => {
    const walking = { walkMs: 2 * MINUTE };
    const outcome = simulateDay({
      preset: 'default',
      profile: tinyProfile(),
      seed: 1,
      policy: 'pipeline',
      staffing: 'none',
      visitors: [visitor('09:00', 10, walking), visitor('09:05', 10, walking), visitor('09:06', 10, walking)],
    });
    // A: called 09:00, at the window 09:02, done 09:12 (one walk of 2 minutes measured). B: called
    // 09:12, at the window 09:14, done 09:24. C: called 09:24.
    expect(waitsOf(outcome)).toEqual([0, 7, 18]);
    // B's promise: A is being served (norm 10 from 09:02) → 09:12, either way. C's: B at 09:12, then
    // B's walk (2) and service (10) → 09:24, 18 minutes; without the walk, 09:22, 16 minutes.
    expect(outcome.visits.map((v) => (v.promisedWaitMs ?? -1) / MINUTE)).toEqual([0, 7, 18]);
    expect(outcome.visits.map((v) => (v.walklessWaitMs ?? -1) / MINUTE)).toEqual([0, 7, 16]);
    const stats = dayStatistics(outcome);
    expect(stats.forecast).toMatchObject({ maeMin: 0, biasMin: 0, promised: 3 });
    expect(stats.forecast.withoutWalk).toEqual({ maeMin: 2 / 3, biasMin: 2 / 3 });
  });

  it('service over its norm and a wait over its norm count against the shares', () => {
    const outcome = simulateDay({
      preset: 'default',
      profile: tinyProfile(),
      seed: 1,
      policy: 'pipeline',
      staffing: 'none',
      visitors: [visitor('09:00', 25), visitor('09:01', 5)],
    });
    // The second waits 24 minutes (norm 20); the first is served 25 minutes (norm 10).
    expect(waitsOf(outcome)).toEqual([0, 24]);
    const stats = dayStatistics(outcome);
    expect(stats.withinWaitNorm).toBe(0.5);
    expect(stats.withinServiceNorm).toBe(0.5);
    expect(stats.serviceMin.mean).toBe(15);
    // Promised 9 minutes (the cashier free at 09:10 by the norm, no data yet), waited 24: 15 short;
    // the first visitor was promised and got 0. Mean absolute error 7.5, all of it lateness.
    expect(stats.forecast.maeMin).toBe(7.5);
    expect(stats.forecast.biasMin).toBe(7.5);
  });

  it('the out-of-turn visitor goes first with the pipeline and waits like anyone with FIFO', () => {
    const day = () => [
      visitor('09:00', 10),
      visitor('09:01', 10),
      visitor('09:02', 10, { priority: 'disability' }),
    ];
    const run = (policy: 'pipeline' | 'fifo') =>
      simulateDay({
        preset: 'default',
        profile: tinyProfile(),
        seed: 1,
        policy,
        staffing: 'none',
        visitors: day(),
      });
    const pipeline = run('pipeline');
    const fifo = run('fifo');
    expect(waitsOf(pipeline)).toEqual([0, 19, 8]);
    expect(waitsOf(fifo)).toEqual([0, 9, 18]);
    expect(dayStatistics(pipeline).outOfTurn).toEqual({ visitors: 1, maxWaitMin: 8 });
    expect(dayStatistics(fifo).outOfTurn).toEqual({ visitors: 1, maxWaitMin: 18 });
  });

  it('a visitor who left is recalled once, marked no-show and has no wait; the next one is called after', () => {
    const outcome = simulateDay({
      preset: 'default',
      profile: tinyProfile(),
      seed: 1,
      policy: 'pipeline',
      staffing: 'none',
      visitors: [visitor('09:00', 10, { leaves: true }), visitor('09:01', 10)],
    });
    // The operator waits two minutes (one recall in between), then calls the next visitor.
    expect(waitsOf(outcome)).toEqual([null, 1]);
    expect(outcome.visits[1]?.segments[0]?.calledAt).toBe(at('09:02'));
    expect(dayStatistics(outcome)).toMatchObject({ visitors: 2, served: 1, noShows: 1 });
  });

  it('a transfer adds a second wait to the visit', () => {
    const outcome = simulateDay({
      preset: 'default',
      profile: tinyProfile({
        roster: [
          { staffId: 'cashier', windowId: 'k1', from: '09:00', to: '18:00', breaks: [] },
          { staffId: 'op1', windowId: 'w1', from: '09:00', to: '18:00', breaks: [] },
        ],
      }),
      seed: 1,
      policy: 'pipeline',
      staffing: 'none',
      visitors: [
        visitor('09:00', 5, {
          serviceId: 'readings',
          transfer: { toServiceId: 'payment', serviceMs: 4 * MINUTE },
        }),
        visitor('09:01', 10),
      ],
    });
    // 09:00 readings at w1 until 09:05; the payment at k1 runs 09:01–09:11, so the transferred
    // visitor waits 09:05–09:11 for the cashier: 0 + 6 minutes.
    expect(waitsOf(outcome)).toEqual([6, 0]);
    expect(dayStatistics(outcome).transfers).toBe(1);
  });
});

describe('the extra-staff rule, by hand', () => {
  const sevenAtOnce = () => Array.from({ length: 7 }, () => visitor('09:00', 10));

  it('without it, seven visitors at one cashier wait 0, 10 … 60 minutes', () => {
    const outcome = simulateDay({
      preset: 'default',
      profile: tinyProfile(),
      seed: 1,
      policy: 'pipeline',
      staffing: 'none',
      visitors: sevenAtOnce(),
    });
    expect(waitsOf(outcome)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    const stats = dayStatistics(outcome);
    // Three calls for help, one at a time: the forecast's (the fourth is expected at +30, past the
    // 20-minute norm), handing over at once to the count's (six waiting for one window), and the
    // forecast's again when the count falls to four at 09:20. Nobody answers.
    expect(stats.overload).toEqual({ episodes: 3, answered: 0, staffMinutes: 0 });
  });

  it('with it, a call is accepted after a minute and a window opens five minutes after the alarm', () => {
    const outcome = simulateDay({
      preset: 'default',
      profile: tinyProfile(),
      seed: 1,
      policy: 'pipeline',
      staffing: 'product',
      visitors: sevenAtOnce(),
    });
    // The count's call (09:00) is answered: «Окно 4» opens at 09:05 and the count falls, but the
    // forecast still sees a breach and calls again; the second member opens «Окно 5» at 09:10. The
    // cashier serves at 09:00, 09:10, 09:20; «Окно 4» at 09:05, 09:15; «Окно 5» at 09:10, 09:20.
    expect(waitsOf(outcome)).toEqual([0, 5, 10, 10, 15, 20, 20]);
    expect(outcome.reserve).toEqual([
      { staffId: 'reserve', windowId: 'w4', openedAt: at('09:05'), closedAt: at('09:35') },
      { staffId: 'reserve2', windowId: 'w5', openedAt: at('09:10'), closedAt: at('09:40') },
    ]);
    expect(dayStatistics(outcome).overload).toEqual({ episodes: 3, answered: 2, staffMinutes: 60 });
  });

  it('the forecast calls the reserve for four visitors, before the count rule would', () => {
    const fourAtOnce = Array.from({ length: 4 }, () => visitor('09:00', 10));
    const day = (extraStaff: boolean) =>
      simulateDay({
        preset: 'default',
        profile: tinyProfile(),
        seed: 1,
        policy: 'pipeline',
        staffing: extraStaff ? 'product' : 'none',
        visitors: fourAtOnce,
      });
    // Alone, the cashier makes the fourth wait 30 minutes: past the norm, though never six in the queue.
    expect(waitsOf(day(false))).toEqual([0, 10, 20, 30]);
    // The forecast saw it at 09:00; the spare window opens at 09:05 and takes every other visitor.
    const helped = day(true);
    expect(waitsOf(helped)).toEqual([0, 5, 10, 15]);
    expect(dayStatistics(helped).overload).toEqual({ episodes: 1, answered: 1, staffMinutes: 30 });
  });
});
