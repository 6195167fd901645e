import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, type OfficeConfig, type OfficeEvent, WEEKDAY_HOURS, demoOffice } from '../src/index.js';
import { TestOffice, admin, kiosk } from './office-fixture.js';

/**
 * The day's end (000, 002: everyone issued before closing is served; the kiosk stops at closing, the
 * windows go on). When the working day ends, whoever is still waiting, postponed or called is closed
 * as not served (`ticket.unserved`, outcome `dayEnded`), by the schedule, by the administrator, or at
 * the latest at the rollover.
 */

/** Monday 23 November 2026, reception 08:00–20:00 (Moscow). */
const at = (time: string, date = '2026-11-23') => Date.parse(`${date}T${time}:00+03:00`);

const office = (workEndsAfterCloseMin: number | null): OfficeConfig => {
  const config = demoOffice({ hours: WEEKDAY_HOURS });
  return { ...config, hours: { ...config.hours, workEndsAfterCloseMin } };
};

/**
 * The hall at 19:50: П001 being served at Окно 1, П002 postponed, П003 called at Окно 2, П004 waiting.
 */
const hallAtClosing = (workEndsAfterCloseMin: number | null) => {
  const o = new TestOffice(office(workEndsAfterCloseMin), at('19:40'));
  o.open('w1');
  o.open('w2');
  const served = o.issue('readings');
  const postponed = o.issue('readings');
  const called = o.issue('readings');
  const waiting = o.issue('readings');
  // П001 to Окно 1 and started; П002 to Окно 2, then postponed; П003 called at Окно 2.
  o.callNext('w1');
  o.run({ type: 'ticket.start', windowId: 'w1' });
  o.callNext('w2');
  o.run({ type: 'ticket.postpone', windowId: 'w2', minutes: 60 });
  o.callNext('w2');
  o.now = at('19:50');
  const ids = { serving: served.id, called: called.id, postponed: postponed.id, waiting: waiting.id };
  expect(o.state.tickets[ids.serving]?.state).toBe('serving');
  expect(o.state.tickets[ids.called]?.state).toBe('called');
  expect(o.state.tickets[ids.postponed]?.state).toBe('postponed');
  expect(o.state.tickets[ids.waiting]?.state).toBe('waiting');
  return { o, ids };
};

type Who = 'system' | 'admin';
const actorOf = (who: Who): Actor => (who === 'admin' ? admin : { kind: 'system' });

const unservedIn = (events: readonly OfficeEvent[]) =>
  events.flatMap((e) => (e.type === 'ticket.unserved' ? [e] : []));

describe('the working day ends', () => {
  it.each([
    {
      given: 'work ends 60 min after closing (21:00)',
      afterClose: 60,
      when: 'the clock ticks at 20:59',
      time: at('20:59'),
      command: 'tick' as const,
      closed: [] as string[],
      by: 'system' as Who,
    },
    {
      given: 'work ends 60 min after closing (21:00)',
      afterClose: 60,
      when: 'the clock ticks at 21:00',
      time: at('21:00'),
      command: 'tick' as const,
      closed: ['waiting', 'postponed', 'called'],
      by: 'system' as Who,
    },
    {
      given: 'no end of work set (the rollover closes the day)',
      afterClose: null,
      when: 'the clock ticks at 23:30',
      time: at('23:30'),
      command: 'tick' as const,
      closed: [],
      by: 'system' as Who,
    },
    {
      given: 'no end of work set',
      afterClose: null,
      when: 'the administrator closes the day at 20:10',
      time: at('20:10'),
      command: 'day.end' as const,
      closed: ['waiting', 'postponed', 'called'],
      by: 'admin' as Who,
    },
    {
      given: 'no end of work set',
      afterClose: null,
      when: 'the first command of the next day arrives at 08:05',
      time: at('08:05', '2026-11-24'),
      command: 'tick' as const,
      closed: ['serving', 'postponed', 'called', 'waiting'],
      by: 'system' as Who,
    },
  ])(
    'given $given, when $when, then $closed are closed as not served',
    ({ afterClose, time, command, closed, by }) => {
      const { o, ids } = hallAtClosing(afterClose);
      o.now = time;
      const events = command === 'tick' ? o.tick() : o.run({ type: 'day.end' }, admin);
      const unserved = unservedIn(events);
      const stateOf = Object.fromEntries(Object.entries(ids).map(([state, id]) => [id, state]));
      expect(unserved.map((e) => stateOf[e.ticketId])).toEqual(
        // Oldest ticket first.
        ['serving', 'postponed', 'called', 'waiting'].filter((s) => closed.includes(s)),
      );
      for (const e of unserved) {
        expect(e).toMatchObject({ outcome: 'dayEnded', was: stateOf[e.ticketId], actor: actorOf(by) });
        expect(o.state.tickets[e.ticketId]).toBeUndefined();
      }
      const called = unserved.find((e) => e.was === 'called');
      if (called) {
        expect(called.windowId).toBe('w2');
        expect(o.state.windows.w2?.ticketId).toBeNull();
      }
      const ended = events.find((e) => e.type === 'day.ended');
      if (closed.length === 0) expect(ended).toBeUndefined();
      else expect(ended).toMatchObject({ day: '2026-11-23', unserved: closed.length, actor: actorOf(by) });
    },
  );

  it('refuses «Закрыть день» while the kiosk still issues tickets, and changes nothing', () => {
    const { o } = hallAtClosing(null);
    const before = o.state;
    expect(o.try({ type: 'day.end' }, admin)).toEqual({
      code: 'reception_open',
      details: { closesAt: at('20:00') },
    });
    expect(o.state).toBe(before);
  });

  it('leaves the visitor being served to finish, then serves a visitor registered after the end, and closes only the rest at the rollover', () => {
    const { o, ids } = hallAtClosing(60);
    o.now = at('21:00');
    o.tick();
    expect(o.state.tickets[ids.serving]?.state).toBe('serving');
    o.run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    // The administrator registers a visitor who is still in the hall; the schedule does not close them.
    const late = o.run({
      type: 'ticket.issue',
      serviceIds: ['readings'],
      clientType: 'individual',
      priority: null,
      source: 'administrator',
    });
    const lateTicket = late.find((e) => e.type === 'ticket.issued');
    o.advance(5).tick();
    expect(lateTicket?.type === 'ticket.issued' && o.state.tickets[lateTicket.ticket.id]?.state).toBe(
      'waiting',
    );
    // The rollover closes them without a second `day.ended`.
    o.now = at('00:01', '2026-11-24');
    const rolled = o.tick();
    expect(unservedIn(rolled)).toHaveLength(1);
    expect(rolled.filter((e) => e.type === 'day.ended')).toHaveLength(0);
    // In the old day's record: the visitor closed, the alarms settled on the empty hall, then the close.
    const types = rolled.map((e) => e.type);
    expect(types[0]).toBe('ticket.unserved');
    expect(types.slice(types.indexOf('day.closed'), types.indexOf('day.closed') + 2)).toEqual([
      'day.closed',
      'day.opened',
    ]);
    expect(Object.keys(o.state.tickets)).toEqual([]);
  });
});

describe('a new day', () => {
  it('starts with an empty queue and numbers from 001, whatever was left the day before', () => {
    const o = new TestOffice(office(null), at('19:00'));
    o.issue('readings');
    o.issue('readings');
    o.now = at('08:00', '2026-11-24');
    expect(o.issue('readings').number).toBe('П001');
    expect(Object.values(o.state.tickets).map((t) => t.number)).toEqual(['П001']);
  });
});

/**
 * Over random office days — arrivals, calls, services, postponements, the administrator's «Закрыть
 * день» and the clock running through several midnights — a number is never issued twice in one day
 * and nothing of a day before is ever in the queue.
 */
describe('day properties', () => {
  type Step =
    | { kind: 'issue'; service: string; byAdmin: boolean }
    | { kind: 'call' | 'serve' | 'postpone'; window: string }
    | { kind: 'endDay' }
    | { kind: 'advance'; minutes: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('issue' as const),
        service: fc.constantFrom('readings', 'payment', 'consult'),
        byAdmin: fc.boolean(),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constantFrom('call' as const, 'serve' as const, 'postpone' as const),
        window: fc.constantFrom('w1', 'w2', 'k1'),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'endDay' as const }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('advance' as const),
        minutes: fc.integer({ min: 1, max: 400 }),
      }),
    },
  );

  it('numbers are unique within a day and no ticket outlives its day', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 150 }), fc.constantFrom(null, 0, 45), (steps, afterClose) => {
        const config = demoOffice({ hours: WEEKDAY_HOURS });
        const o = new TestOffice(
          { ...config, hours: { ...config.hours, workEndsAfterCloseMin: afterClose } },
          at('07:30'),
        );
        for (const w of ['w1', 'w2', 'k1']) o.open(w);
        for (const s of steps) {
          if (s.kind === 'advance') o.advance(s.minutes).tick();
          else if (s.kind === 'endDay') o.try({ type: 'day.end' }, admin);
          else if (s.kind === 'issue')
            o.try(
              {
                type: 'ticket.issue',
                serviceIds: [s.service],
                clientType: 'individual',
                priority: null,
                source: s.byAdmin ? 'administrator' : 'kiosk',
              },
              s.byAdmin ? admin : kiosk,
            );
          else if (s.kind === 'call') o.try({ type: 'ticket.callNext', windowId: s.window });
          else if (s.kind === 'postpone') o.try({ type: 'ticket.postpone', windowId: s.window, minutes: 30 });
          else {
            o.try({ type: 'ticket.start', windowId: s.window });
            o.try({ type: 'ticket.finish', windowId: s.window, result: 'resolved' });
          }
          for (const ticket of Object.values(o.state.tickets)) expect(ticket.day).toBe(o.state.day);
        }
        const numbersByDay = new Map<string, string[]>();
        for (const e of o.log) {
          if (e.type !== 'ticket.issued') continue;
          const list = numbersByDay.get(e.ticket.day) ?? [];
          list.push(e.ticket.number);
          numbersByDay.set(e.ticket.day, list);
        }
        for (const numbers of numbersByDay.values()) expect(new Set(numbers).size).toBe(numbers.length);
        // Every visit ends once: served, not come, cancelled or closed as not served — or is still live.
        const ends = o.log.filter(
          (e) =>
            e.type === 'ticket.unserved' ||
            e.type === 'ticket.noShow' ||
            e.type === 'ticket.cancelled' ||
            (e.type === 'ticket.finished' && e.nextServiceIndex === null),
        );
        const issued = o.log.filter((e) => e.type === 'ticket.issued').length;
        expect(ends.length + Object.keys(o.state.tickets).length).toBe(issued);
      }),
      { numRuns: 150 },
    );
  });
});
