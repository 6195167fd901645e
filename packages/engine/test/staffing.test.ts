import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, type Command, type OfficeConfig, demoOffice, isRefusal } from '../src/index.js';
import { TestOffice, admin, op } from './office-fixture.js';

/**
 * The staffing rules at their edges (issue 14): 002 п.55 per specialist, the meter-reading days, the
 * count rule's episodes apart from the forecast's, and 003 §8.3 — the hall is never left without
 * someone serving the waiting visitors.
 *
 * The demo office: Окно 1 and Окно 2 serve the individuals' specialist topics, Окно 3 the
 * organisations' (and a few shared ones), Касса 1 payments only.
 */

const tyumen = (): OfficeConfig => demoOffice({ preset: 'gazprom-tyumen', hours: ALWAYS_OPEN });
/** 002: meter-reading days 15th–25th of the month. */
const PEAK_DAY = Date.parse('2026-11-23T10:00:00+03:00');
const ORDINARY_DAY = Date.parse('2026-11-10T10:00:00+03:00');

const officeWith = (
  config: OfficeConfig,
  at: number,
  windows: string[],
  queue: Partial<Record<string, number>>,
) => {
  const office = new TestOffice(config, at);
  for (const w of windows) office.open(w);
  for (const [serviceId, count] of Object.entries(queue))
    for (let i = 0; i < (count ?? 0); i++) office.issue(serviceId);
  return office;
};

describe('002 п.55 in hall mode: waiting ÷ open windows of the same group, more than 5 exactly', () => {
  it.each([
    {
      given: '2 specialist windows and the cash desk open, a peak day',
      when: '11 wait for specialists (5.5 each)',
      at: PEAK_DAY,
      windows: ['w1', 'w2', 'k1'],
      queue: { readings: 11 },
      outcome: ['overload:hall:specialist'],
      count: 11,
    },
    {
      given: '2 specialist windows and the cash desk open, a peak day',
      when: '10 wait for specialists (5.0 each)',
      at: PEAK_DAY,
      windows: ['w1', 'w2', 'k1'],
      queue: { readings: 10 },
      outcome: [],
      count: null,
    },
    {
      given: '2 specialist windows open (no cash desk to dilute them), a peak day',
      when: '11 wait for specialists',
      at: PEAK_DAY,
      windows: ['w1', 'w2'],
      queue: { readings: 11 },
      outcome: ['overload:hall:specialist'],
      count: 11,
    },
    {
      given: 'one cash desk and two specialist windows open, a peak day',
      when: '6 wait to pay and 3 for specialists',
      at: PEAK_DAY,
      windows: ['w1', 'w2', 'k1'],
      queue: { payment: 6, readings: 3 },
      outcome: ['overload:hall:cashier'],
      count: 6,
    },
    {
      given: '2 specialist windows and the cash desk open, an ordinary day (the rule is for peak days)',
      when: '13 wait for specialists',
      at: ORDINARY_DAY,
      windows: ['w1', 'w2', 'k1'],
      queue: { readings: 13 },
      outcome: [],
      count: null,
    },
  ])('given $given, when $when, then $outcome', ({ at, windows, queue, outcome, count }) => {
    const office = officeWith(tyumen(), at, windows, queue);
    const overload = office.alarmKeys().filter((k) => k.startsWith('overload:hall'));
    expect(overload).toEqual(outcome);
    if (count !== null) expect(office.state.alarms[outcome[0]!]?.count).toBe(count);
  });

  it('stays up at exactly 5 per window once raised, and clears below it (no flapping)', () => {
    const office = officeWith(tyumen(), PEAK_DAY, ['w1', 'w2'], { readings: 11 });
    office.serve('w1', 1); //   10 at 2 windows = 5.0: still up
    expect(office.alarmKeys()).toContain('overload:hall:specialist');
    office.serve('w1', 1); //   9 at 2 windows = 4.5: cleared
    expect(office.alarmKeys()).not.toContain('overload:hall:specialist');
  });
});

describe('episodes keep why staff was called', () => {
  it('records the count rule’s episode and the forecast’s apart', () => {
    // Peak day, 3 payments for one cash desk at a 5-minute norm: forecast past the 10-minute wait norm.
    const office = officeWith(tyumen(), PEAK_DAY, ['k1'], { payment: 4 });
    const forecastEpisode = Object.values(office.state.episodes);
    expect(forecastEpisode).toEqual([
      expect.objectContaining({ alarmKey: 'overload:forecast', reason: 'forecast' }),
    ]);
    for (let i = 0; i < 3; i++) office.issue('payment'); //   7 for one desk: the count rule takes over
    const started = office.log.flatMap((e) => (e.type === 'overload.started' ? [e.episode] : []));
    expect(started.map((e) => [e.alarmKey, e.reason])).toEqual([
      ['overload:forecast', 'forecast'],
      ['overload:hall:cashier', 'count'],
    ]);
  });
});

type Step = { actor?: 'op1' | 'op2' | 'op3' | 'cashier' | 'admin'; command: Command };
const actorOf = (who: Step['actor']) => (who === undefined || who === 'admin' ? admin : op(who));

/** 003 §8.3: a window may step away only if another open window serves every topic with people waiting. */
describe('the hall is never left without someone serving the waiting visitors (003 §8.3)', () => {
  it.each([
    {
      given: 'Окно 1 and the cash desk open, one visitor waits for meter readings',
      windows: ['w1', 'k1'],
      queue: { readings: 1 },
      when: { actor: 'op1', command: { type: 'window.pause', windowId: 'w1', reason: 'обед' } } as Step,
      outcome: {
        code: 'last_window_while_waiting',
        details: { windowId: 'w1', waiting: 1, serviceIds: 'readings' },
      },
    },
    {
      given: 'Окно 1 and Окно 2 open, one visitor waits for meter readings',
      windows: ['w1', 'w2'],
      queue: { readings: 1 },
      when: { actor: 'op1', command: { type: 'window.pause', windowId: 'w1', reason: 'обед' } } as Step,
      outcome: 'window.paused',
    },
    {
      given: 'Окно 1 and the cash desk open, one visitor waits to pay',
      windows: ['w1', 'k1'],
      queue: { payment: 1 },
      when: { actor: 'op1', command: { type: 'window.close', windowId: 'w1' } } as Step,
      outcome: 'window.closed',
    },
    {
      given: 'Окно 1 and Окно 3 open, an organisation waits for its contract',
      windows: ['w1', 'w3'],
      queue: { 'org-contract': 1 },
      when: { actor: 'op3', command: { type: 'window.close', windowId: 'w3' } } as Step,
      outcome: {
        code: 'last_window_while_waiting',
        details: { windowId: 'w3', waiting: 1, serviceIds: 'org-contract' },
      },
    },
    {
      given: 'Окно 1 and the cash desk open, one visitor waits for meter readings',
      windows: ['w1', 'k1'],
      queue: { readings: 1 },
      when: { actor: 'op1', command: { type: 'staff.logout', staffId: 'op1' } } as Step,
      outcome: {
        code: 'last_window_while_waiting',
        details: { windowId: 'w1', waiting: 1, serviceIds: 'readings' },
      },
    },
    {
      given: 'Окно 1 and Окно 2 open, one visitor waits for meter readings',
      windows: ['w1', 'w2'],
      queue: { readings: 1 },
      when: { actor: 'op1', command: { type: 'staff.logout', staffId: 'op1' } } as Step,
      outcome: 'window.closed',
    },
    {
      given: 'only Окно 1 open, nobody waiting',
      windows: ['w1'],
      queue: {},
      when: { actor: 'op2', command: { type: 'staff.logout', staffId: 'op1' } } as Step,
      outcome: { code: 'not_permitted' },
    },
  ])('given $given, when $when.command.type, then $outcome', ({ windows, queue, when, outcome }) => {
    const office = new TestOffice(demoOffice({ hours: ALWAYS_OPEN }));
    for (const w of windows) {
      const operator = demoOffice().staff.find((s) => s.windowId === w)!.id;
      office.run({ type: 'window.open', windowId: w, services: null }, op(operator));
      office.run({ type: 'staff.login', staffId: operator, mode: 'operator', windowId: w }, op(operator));
    }
    for (const [serviceId, count] of Object.entries(queue))
      for (let i = 0; i < count; i++)
        office.issue(serviceId, { clientType: serviceId.startsWith('org-') ? 'organisation' : 'individual' });
    const before = office.state;
    const result = office.try(when.command, actorOf(when.actor));
    if (typeof outcome === 'string') {
      expect(isRefusal(result)).toBe(false);
      expect(!isRefusal(result) && result.map((e) => e.type)).toContain(outcome);
    } else {
      expect(result).toEqual(outcome);
      expect(office.state).toBe(before);
    }
  });

  it('signs out with the window closed, so no window stays "open" with nobody at it', () => {
    const office = new TestOffice();
    office.run({ type: 'window.open', windowId: 'w1', services: null }, op('op1'));
    office.run({ type: 'staff.login', staffId: 'op1', mode: 'operator', windowId: 'w1' }, op('op1'));
    const events = office.run({ type: 'staff.logout', staffId: 'op1' }, op('op1'));
    expect(events.map((e) => e.type)).toEqual(['window.closed', 'staff.loggedOut']);
    expect(office.state.windows.w1).toMatchObject({ status: 'closed', operatorId: null });
    // With a visitor at the window, not at all.
    office.run({ type: 'window.open', windowId: 'w1', services: null }, op('op1'));
    office.issue('readings');
    office.callNext('w1', op('op1'));
    expect(office.try({ type: 'staff.logout', staffId: 'op1' }, op('op1'))).toMatchObject({
      code: 'window_busy',
    });
  });

  it('a visitor transferred to a window that then closes goes back to the topic’s queue', () => {
    const office = new TestOffice();
    office.open('w1');
    office.open('w2');
    office.issue('readings');
    office.callNext('w1');
    office.run({
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: null,
      toWindowId: 'w2',
      reason: 'к специалисту',
    });
    const ticket = Object.values(office.state.tickets)[0]!;
    expect(ticket.reservedWindowId).toBe('w2');
    office.run({ type: 'window.close', windowId: 'w2' });
    expect(office.state.tickets[ticket.id]?.reservedWindowId).toBeNull();
    expect(office.callNext('w1').id).toBe(ticket.id);
  });
});

describe('a transfer only to someone who will serve the visitor', () => {
  it.each([
    {
      given: 'Окно 2 closed',
      windows: ['w1'],
      paused: [] as string[],
      when: { toServiceId: null, toWindowId: 'w2' },
      outcome: { code: 'transfer_window_closed', details: { windowId: 'w2' } },
    },
    {
      given: 'Окно 2 paused (it comes back)',
      windows: ['w1', 'w2'],
      paused: ['w2'],
      when: { toServiceId: null, toWindowId: 'w2' },
      outcome: 'ticket.transferred',
    },
    {
      given: 'Окно 3, the only window for organisations’ contracts, closed',
      windows: ['w1'],
      paused: [],
      when: { toServiceId: 'org-contract', toWindowId: null },
      outcome: { code: 'transfer_topic_unserved', details: { serviceId: 'org-contract' } },
    },
    {
      given: 'the cash desk open',
      windows: ['w1', 'k1'],
      paused: [],
      when: { toServiceId: 'payment', toWindowId: null },
      outcome: 'ticket.transferred',
    },
  ])(
    'given $given, when Окно 1 transfers its visitor, then $outcome',
    ({ windows, paused, when, outcome }) => {
      const office = new TestOffice();
      for (const w of windows) office.open(w);
      office.issue('readings');
      office.callNext('w1');
      for (const w of paused) office.run({ type: 'window.pause', windowId: w, reason: 'обед' });
      const before = office.state;
      const result = office.try({ type: 'ticket.transfer', windowId: 'w1', reason: 'по теме', ...when });
      if (typeof outcome === 'string') {
        expect(!isRefusal(result) && result.map((e) => e.type)).toContain(outcome);
      } else {
        expect(result).toEqual(outcome);
        expect(office.state).toBe(before);
      }
    },
  );
});

/**
 * Over random window actions and arrivals: whenever someone waits and any window is open, some open
 * window serves each waiting visitor's topic — unless no window serving it was ever opened since they
 * began to wait (nobody can step away from a topic they never took).
 */
describe('staffing property', () => {
  it('no step of an operator or the administrator leaves a waiting visitor without an open window that served them', () => {
    const WINDOWS = ['w1', 'w2', 'w3', 'k1'];
    const at = (kinds: readonly ('open' | 'pause' | 'resume' | 'close' | 'logout' | 'serve')[]) =>
      fc.record({ kind: fc.constantFrom(...kinds), window: fc.constantFrom(...WINDOWS) });
    const step = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('issue' as const),
          service: fc.constantFrom('readings', 'payment', 'org-contract', 'consult'),
        }),
      },
      { weight: 3, arbitrary: at(['open', 'resume']) },
      { weight: 4, arbitrary: at(['pause', 'close', 'logout']) },
      { weight: 1, arbitrary: at(['serve']) },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const office = new TestOffice();
        const operatorOf = Object.fromEntries(
          demoOffice()
            .staff.filter((s) => s.windowId)
            .map((s) => [s.windowId!, s.id]),
        );
        for (const s of steps) {
          if (s.kind === 'issue') {
            office.issue(s.service, {
              clientType: s.service === 'org-contract' ? 'organisation' : 'individual',
            });
            continue;
          }
          const w = s.window;
          const who = op(operatorOf[w]!);
          // Which topics an open window served before this step.
          const openTopics = () =>
            new Set(
              Object.values(office.state.windows)
                .filter((x) => x.status === 'open')
                .flatMap((x) => x.services.filter((sv) => sv.weight > 0).map((sv) => sv.serviceId)),
            );
          const coveredBefore = openTopics();
          const waitingTopics = Object.values(office.state.tickets)
            .filter((t) => t.state === 'waiting')
            .map((t) => t.serviceIds[t.serviceIndex]!);
          const command: Command =
            s.kind === 'open'
              ? { type: 'window.open', windowId: w }
              : s.kind === 'pause'
                ? { type: 'window.pause', windowId: w, reason: 'перерыв' }
                : s.kind === 'resume'
                  ? { type: 'window.resume', windowId: w }
                  : s.kind === 'close'
                    ? { type: 'window.close', windowId: w }
                    : s.kind === 'logout'
                      ? { type: 'staff.logout', staffId: operatorOf[w]! }
                      : { type: 'ticket.callNext', windowId: w };
          office.try(command, who);
          if (s.kind === 'serve') {
            office.try({ type: 'ticket.start', windowId: w }, who);
            office.advance(3);
            office.try({ type: 'ticket.finish', windowId: w, result: 'resolved' }, who);
          }
          for (const topic of waitingTopics) {
            const stillWaiting = Object.values(office.state.tickets).some(
              (t) => t.state === 'waiting' && t.serviceIds[t.serviceIndex] === topic,
            );
            if (!stillWaiting || !coveredBefore.has(topic)) continue;
            const coveredAfter = openTopics().has(topic);
            expect(coveredAfter, `${s.kind} ${w} left ${topic} unserved`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
