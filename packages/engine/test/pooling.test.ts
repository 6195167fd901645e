import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLD_MIN, WIDEN_GAIN_MIN, poolingAdvice } from '../src/index.js';
import { MIN, TestOffice } from './office-fixture.js';

/**
 * Pooling when it helps, as the standard's people would read it: given a queue and the open windows,
 * when the board asks, then it advises (or not) which topics a window should also take.
 */

const readingsWave = (count: number) => {
  const office = new TestOffice();
  office.open('w1');
  office.open('k1');
  for (let i = 0; i < count; i++) office.issue('readings');
  return office;
};

describe('pooling advice', () => {
  it('given six readings waiting at «Окно 1» and an idle cash desk, it advises the cash desk to take readings as a side topic', () => {
    const office = readingsWave(6);
    const [advice, ...rest] = poolingAdvice(office.state, office.now);
    expect(rest).toEqual([]);
    expect(advice).toMatchObject({
      kind: 'widen',
      windowId: 'k1',
      serviceIds: ['readings'],
      services: [
        { serviceId: 'payment', weight: 2 },
        { serviceId: 'readings', weight: 1 },
      ],
      waiting: 6,
    });
    // Alone, «Окно 1» calls them at +0, +10 … +50 (the norm, no data yet): the last waits 50 minutes.
    expect(advice?.longestWaitMin).toBe(50);
    // With the cash desk: +0, +0, +10, +10, +20, +20 — 150 visitor-minutes of waiting become 60.
    expect(advice?.gainMin).toBe(90);
    expect(advice?.forMin).toBe(HOLD_MIN);
  });

  it('given one reading waiting, nothing is gained: no advice', () => {
    const office = readingsWave(1);
    expect(poolingAdvice(office.state, office.now)).toEqual([]);
  });

  it('given a cash desk with its own queue lasting longer than the readings’, it is not asked to help', () => {
    const office = readingsWave(3);
    for (let i = 0; i < 6; i++) office.issue('payment');
    expect(poolingAdvice(office.state, office.now).filter((a) => a.windowId === 'k1')).toEqual([]);
  });

  it('a window takes only what its staff can: a cash desk with no listed skills keeps to payments; a specialist may take any specialist topic', () => {
    const office = readingsWave(6);
    const config = office.state.config;
    office.state = {
      ...office.state,
      config: {
        ...config,
        windows: config.windows.map((w) => (w.id === 'k1' ? { ...w, alsoServes: [] } : w)),
      },
    };
    expect(poolingAdvice(office.state, office.now)).toEqual([]);
    // «Окно 3» (organisations) serves readings already, as a side topic; «Окно 2» has it too. A wave of
    // instalment requests (a topic «Окно 3» does not serve) at «Окно 1» and «Окно 2»: «Окно 3» is advised.
    const specialists = new TestOffice();
    specialists.open('w3');
    specialists.open('w1');
    for (let i = 0; i < 6; i++) specialists.issue('instalment');
    const advice = poolingAdvice(specialists.state, specialists.now);
    expect(advice.map((a) => [a.kind, a.windowId, a.serviceIds])).toEqual([['widen', 'w3', ['instalment']]]);
  });

  it('closed and paused windows are never advised', () => {
    const office = readingsWave(6);
    office.run({ type: 'window.pause', windowId: 'k1', reason: 'Перерыв' });
    expect(poolingAdvice(office.state, office.now)).toEqual([]);
  });

  it('given the cash desk took readings, once the wave has passed and the hold is over, it advises giving them back — not before', () => {
    const office = readingsWave(6);
    const [advice] = poolingAdvice(office.state, office.now);
    office.run({
      type: 'window.setServices',
      windowId: 'k1',
      services: advice!.services,
      reason: 'Совет табло',
    });
    // Serve everyone: the queue is empty, but the cash desk took readings only now.
    for (let i = 0; i < 3; i++) {
      office.serve('w1', 4);
      office.serve('k1', 4);
    }
    expect(office.state.windows.k1?.services).toHaveLength(2);
    expect(poolingAdvice(office.state, office.now)).toEqual([]);
    office.advance(HOLD_MIN);
    expect(poolingAdvice(office.state, office.now)).toEqual([
      {
        kind: 'restore',
        windowId: 'k1',
        serviceIds: ['readings'],
        services: [{ serviceId: 'payment', weight: 2 }],
        waiting: 0,
        longestWaitMin: 0,
        forMin: 0,
        gainMin: 0,
      },
    ]);
  });

  it('keeps the topics while they still save waiting, after the hold', () => {
    const office = readingsWave(6);
    const [advice] = poolingAdvice(office.state, office.now);
    office.run({ type: 'window.setServices', windowId: 'k1', services: advice!.services, reason: 'Совет' });
    office.advance(HOLD_MIN);
    for (let i = 0; i < 6; i++) office.issue('readings');
    expect(poolingAdvice(office.state, office.now).filter((a) => a.kind === 'restore')).toEqual([]);
  });
});

describe('pooling advice, properties', () => {
  const TOPICS = ['readings', 'meter', 'payment', 'charges', 'consult', 'org-contract', 'instalment'];
  const WINDOWS = ['w1', 'w2', 'w3', 'k1'];
  const SEED = 20_261_203;

  it(`only open windows, only their staff's skills, their own topics kept, and every widening saves at least ${WIDEN_GAIN_MIN} visitor-minutes (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.subarray(WINDOWS, { minLength: 1 }),
        fc.array(fc.record({ topic: fc.constantFrom(...TOPICS), gap: fc.integer({ min: 0, max: 3 }) }), {
          maxLength: 25,
        }),
        (open, arrivals) => {
          const office = new TestOffice();
          for (const w of open) office.open(w);
          for (const { topic, gap } of arrivals) {
            office.advance(gap);
            office.issue(topic, topic === 'org-contract' ? { clientType: 'organisation' } : {});
          }
          for (const advice of poolingAdvice(office.state, office.now)) {
            const live = office.state.windows[advice.windowId]!;
            const config = office.state.config.windows.find((w) => w.id === advice.windowId)!;
            expect(live.status).toBe('open');
            if (advice.kind !== 'widen') continue;
            expect(advice.gainMin).toBeGreaterThanOrEqual(WIDEN_GAIN_MIN);
            for (const own of live.services) expect(advice.services).toContainEqual(own);
            if (config.kind === 'cashier') expect(advice.serviceIds).toEqual(['readings']);
            else expect(advice.serviceIds).not.toContain('payment');
            expect(advice.forMin * MIN).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});
