import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, type Command, demoOffice, isRefusal } from '../src/index.js';
import { MIN, TestOffice, admin, kiosk } from './office-fixture.js';

/**
 * Properties of the whole engine with the routing pipeline inside: random offices-days of arrivals
 * (topics, out-of-turn visitors) and window actions, checked after every step.
 */

const SERVICES = ['readings', 'meter', 'payment', 'charges', 'consult', 'org-contract', 'contract'];
const WINDOWS = ['w1', 'w2', 'w3', 'k1'];

type Step =
  | { kind: 'issue'; service: string; priority: boolean; org: boolean }
  | { kind: 'call'; window: string }
  | { kind: 'finish'; window: string }
  | { kind: 'noShow'; window: string }
  | { kind: 'advance'; minutes: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('issue' as const),
    service: fc.constantFrom(...SERVICES),
    priority: fc.boolean(),
    org: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('call' as const), window: fc.constantFrom(...WINDOWS) }),
  fc.record({ kind: fc.constant('finish' as const), window: fc.constantFrom(...WINDOWS) }),
  fc.record({ kind: fc.constant('noShow' as const), window: fc.constantFrom(...WINDOWS) }),
  fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 0, max: 7 }) }),
);

const openAll = (office: TestOffice) => {
  for (const w of WINDOWS) office.open(w);
};

const play = (office: TestOffice, s: Step) => {
  const commands: Record<Exclude<Step['kind'], 'advance' | 'issue'>, (w: string) => Command[]> = {
    call: (w) => [{ type: 'ticket.callNext', windowId: w }],
    finish: (w) => [
      { type: 'ticket.start', windowId: w },
      { type: 'ticket.finish', windowId: w, result: 'resolved' },
    ],
    noShow: (w) => [{ type: 'ticket.noShow', windowId: w }],
  };
  if (s.kind === 'advance') {
    office.advance(s.minutes);
    return;
  }
  if (s.kind === 'issue') {
    office.try(
      {
        type: 'ticket.issue',
        serviceIds: [s.service],
        clientType: s.org ? 'organisation' : 'individual',
        priority: s.priority ? 'disability' : null,
        source: 'kiosk',
      },
      kiosk,
    );
    return;
  }
  for (const command of commands[s.kind](s.window)) office.try(command, admin);
};

describe('routing properties', () => {
  it('no ticket is called twice, none is lost, and each is in exactly one state', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const office = new TestOffice(demoOffice({ hours: ALWAYS_OPEN }));
        openAll(office);
        for (const s of steps) play(office, s);
        const issued = office.log
          .filter((e) => e.type === 'ticket.issued')
          .map((e) => e.type === 'ticket.issued' && e.ticket.id);
        const calls = office.log
          .filter((e) => e.type === 'ticket.called')
          .map((e) => e.type === 'ticket.called' && e.ticketId);
        expect(new Set(calls).size).toBe(calls.length);
        // Every issued ticket is either live in exactly one state or ended by exactly one terminal event.
        const ends = office.log
          .filter(
            (e) =>
              e.type === 'ticket.noShow' ||
              e.type === 'ticket.cancelled' ||
              (e.type === 'ticket.finished' && e.nextServiceIndex === null),
          )
          .map((e) => ('ticketId' in e ? e.ticketId : ''));
        expect(new Set(ends).size).toBe(ends.length);
        for (const id of ends) expect(office.state.tickets[id as string]).toBeUndefined();
        expect([...Object.keys(office.state.tickets), ...ends].sort()).toEqual([...issued].sort());
        for (const w of Object.values(office.state.windows)) {
          if (w.ticketId) expect(['called', 'serving']).toContain(office.state.tickets[w.ticketId]?.state);
        }
        const atWindows = Object.values(office.state.windows)
          .map((w) => w.ticketId)
          .filter(Boolean);
        expect(new Set(atWindows).size).toBe(atWindows.length);
      }),
      { numRuns: 150 },
    );
  });

  it('out-of-turn tickets always come first: nobody is called while an eligible out-of-turn visitor waits', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const office = new TestOffice();
        openAll(office);
        for (const s of steps) {
          if (s.kind === 'call') {
            const window = office.state.windows[s.window]!;
            const before = office.state;
            const result = office.try({ type: 'ticket.callNext', windowId: s.window });
            if (isRefusal(result)) continue;
            const called = result.find((e) => e.type === 'ticket.called');
            if (called?.type !== 'ticket.called') continue;
            const ticket = before.tickets[called.ticketId]!;
            const priorityWaiting = Object.values(before.tickets).filter(
              (t) =>
                t.state === 'waiting' &&
                t.priority !== null &&
                t.reservedWindowId === null &&
                window.services.some((ws) => ws.serviceId === t.serviceIds[t.serviceIndex] && ws.weight > 0),
            );
            if (priorityWaiting.length > 0) {
              expect(ticket.priority).not.toBeNull();
              const earliest = Math.min(...priorityWaiting.map((t) => t.orderAt));
              expect(ticket.orderAt).toBe(earliest);
            }
          } else play(office, s);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('ties go to the earlier ticket: same topic, same moment, called in order of issue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), (n) => {
        const office = new TestOffice();
        office.open('k1');
        const issued = Array.from({ length: n }, () => office.issue('payment'));
        const called = issued.map(() => {
          const t = office.callNext('k1');
          office.run({ type: 'ticket.start', windowId: 'k1' });
          office.run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
          return t.id;
        });
        expect(called).toEqual(issued.map((t) => t.id));
      }),
    );
  });

  it('a waiting ticket eligible for an open window that keeps calling is served within a bounded number of calls', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('readings', 'consult', 'instalment', 'complaint'),
        fc.array(fc.constantFrom('readings', 'meter', 'charges', 'consult', 'extra'), { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (target, arrivals, perCall) => {
          const office = new TestOffice();
          office.open('w1');
          const watched = office.issue(target);
          // A new arrival before every call, one minute of service each: the worst case for a side topic.
          const norm = 20;
          const bound = norm + arrivals.length + 1;
          let calls = 0;
          let i = 0;
          while (office.fate(watched.id) === 'waiting') {
            for (let k = 0; k < perCall; k++)
              office.issue(arrivals[i++ % Math.max(1, arrivals.length)] ?? 'readings');
            office.serve('w1', 1);
            calls++;
            expect(calls).toBeLessThanOrEqual(bound);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('engine determinism', () => {
  it('the same commands at the same times give the same events', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const a = new TestOffice();
        const b = new TestOffice();
        openAll(a);
        openAll(b);
        for (const s of steps) {
          play(a, s);
          play(b, s);
        }
        expect(b.log).toEqual(a.log);
        expect(a.now - b.now).toBe(0);
        expect(MIN).toBe(60_000);
      }),
      { numRuns: 30 },
    );
  });
});
