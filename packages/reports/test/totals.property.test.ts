import { ALWAYS_OPEN, type Command, demoOffice } from '@queue/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Dimension,
  type Grouped,
  type ReportQuery,
  buildReport,
  collectFacts,
  idleTime,
  operatorTime,
  outcomes,
  serviceTimes,
  visitCap,
  visitors,
  waitTimes,
} from '../src/index.js';
import { ADMIN, KIOSK, MIN, OfficeDay, staff } from './office-day.js';

/**
 * Whatever happens in a day, the report's totals add up: every record lands in exactly one group of
 * every dimension, so the groups of any dimension sum to the same total — visitors by topic, by hour,
 * by window and by operator are all the visitors.
 */
const TOPICS = ['consult', 'readings', 'payment', 'documents', 'charges'];
const WINDOWS = ['w1', 'w2', 'k1'];
const OPERATORS: Record<string, string> = { w1: 'op1', w2: 'op2', k1: 'cashier' };

// Weighted so that a day really moves: windows open, people are called, served, sent on, and leave.
const action = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('issue' as const),
      topic: fc.constantFrom(...TOPICS),
      priority: fc.boolean(),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'open' as const,
        'open' as const,
        'close' as const,
        'pause' as const,
        'resume' as const,
        'call' as const,
        'call' as const,
        'start' as const,
        'start' as const,
        'finish' as const,
        'finish' as const,
        'noShow' as const,
        'transfer' as const,
        'postpone' as const,
      ),
      window: fc.constantFrom(...WINDOWS),
    }),
    weight: 10,
  },
  {
    // A whole service in one step (call, start, serve some minutes, finish), as most visits go.
    arbitrary: fc.record({
      kind: fc.constant('serve' as const),
      window: fc.constantFrom(...WINDOWS),
      minutes: fc.integer({ min: 1, max: 20 }),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 50 }) }),
    weight: 3,
  },
);

type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

const commandFor = (a: Action, day: OfficeDay): Command | null => {
  switch (a.kind) {
    case 'issue':
      return null;
    case 'open':
      return { type: 'window.open', windowId: a.window };
    case 'close':
      return { type: 'window.close', windowId: a.window };
    case 'pause':
      return { type: 'window.pause', windowId: a.window, reason: 'перерыв' };
    case 'resume':
      return { type: 'window.resume', windowId: a.window };
    case 'call':
      return { type: 'ticket.callNext', windowId: a.window };
    case 'start':
      return { type: 'ticket.start', windowId: a.window };
    case 'finish':
      return { type: 'ticket.finish', windowId: a.window, result: 'resolved' };
    case 'noShow':
      return { type: 'ticket.noShow', windowId: a.window };
    case 'transfer':
      return {
        type: 'ticket.transfer',
        windowId: a.window,
        toServiceId: 'payment',
        toWindowId: null,
        reason: 'касса',
      };
    case 'postpone':
      return { type: 'ticket.postpone', windowId: a.window, minutes: 5 };
    case 'cancel': {
      const waiting = Object.values(day.state.tickets).filter((t) => t.state === 'waiting');
      const ticket = waiting[a.pick % Math.max(1, waiting.length)];
      return ticket ? { type: 'ticket.cancel', ticketId: ticket.id, reason: 'ушёл' } : null;
    }
    case 'wait':
    case 'serve':
      return { type: 'clock.tick' };
  }
};

const playDay = (actions: Action[]) => {
  const day = new OfficeDay(demoOffice({ hours: ALWAYS_OPEN, preset: 'gazprom-tyumen' }), '2026-11-23');
  day.at('08:00');
  for (const a of actions) {
    day.now += 30_000;
    if (a.kind === 'wait') day.now += a.minutes * MIN;
    if (a.kind === 'issue') {
      day.try(
        {
          type: 'ticket.issue',
          serviceIds: [a.topic],
          clientType: 'individual',
          priority: a.priority ? 'disability' : null,
          source: 'kiosk',
        },
        KIOSK,
      );
      continue;
    }
    if (a.kind === 'serve') {
      const operator = staff(OPERATORS[a.window] ?? 'admin');
      if (!day.try({ type: 'ticket.callNext', windowId: a.window }, operator)) continue;
      day.try({ type: 'ticket.start', windowId: a.window }, operator);
      day.now += a.minutes * MIN;
      day.try({ type: 'ticket.finish', windowId: a.window, result: 'resolved' }, operator);
      continue;
    }
    const command = commandFor(a, day);
    if (!command) continue;
    const operator = 'window' in a ? OPERATORS[a.window] : undefined;
    day.try(command, operator ? staff(operator) : ADMIN);
  }
  return day;
};

const sum = <R>(grouped: Grouped<R>, value: (r: R) => number) =>
  [...grouped.groups.values()].reduce((total, r) => total + value(r), 0);

const DIMS: Dimension[] = ['topic', 'window', 'operator', 'hour', 'day'];

describe('totals add up', () => {
  it('every dimension’s groups sum to the same total, for every figure', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 120 }), (actions) => {
        const day = playDay(actions);
        const facts = collectFacts(day.events, day.config, day.now);
        const q = (groupBy: Dimension): ReportQuery => ({ from: '2026-11-23', to: '2026-11-25', groupBy });
        const total = visitors(facts, q('topic')).total;
        expect(total).toBe(facts.visits.length);
        for (const dim of DIMS) {
          expect(sum(visitors(facts, q(dim)), (n) => n)).toBe(total);
          const waits = waitTimes(facts, q(dim));
          expect(sum(waits, (w) => w.n)).toBe(waits.total.n);
          expect(sum(waits, (w) => w.norm.within)).toBe(waits.total.norm.within);
          const services = serviceTimes(facts, q(dim));
          expect(sum(services, (s) => s.n)).toBe(services.total.n);
          expect(sum(services, (s) => (s.avgMs ?? 0) * s.n)).toBeCloseTo(
            (services.total.avgMs ?? 0) * services.total.n,
            3,
          );
          const caps = visitCap(facts, q(dim));
          expect(sum(caps, (c) => c.over)).toBe(caps.total.over);
          const ends = outcomes(facts, q(dim));
          expect(sum(ends, (o) => o.noShow + o.transfer + o.postpone + o.cancel)).toBe(facts.outcomes.length);
          const time = operatorTime(facts, q(dim));
          expect(sum(time, (t) => t.serviceMs + t.pauseMs + t.idleMs)).toBe(
            time.total.serviceMs + time.total.pauseMs + time.total.idleMs,
          );
          expect(sum(idleTime(facts, q(dim)), (t) => t.idleWhileWaitingMs)).toBe(
            idleTime(facts, q(dim)).total.idleWhileWaitingMs,
          );
        }
        // Summaries are consistent with themselves.
        const all = waitTimes(facts, q('topic')).total;
        if (all.n > 0) {
          expect(all.medianMs!).toBeLessThanOrEqual(all.maxMs!);
          expect(all.p90Ms!).toBeLessThanOrEqual(all.maxMs!);
          expect(all.p90Ms!).toBeGreaterThanOrEqual(all.medianMs!);
        }
        // The assembled report shows the same totals as the figures.
        const report = buildReport(facts, q('hour'));
        expect(report.summary.rows.reduce((n, r) => n + r.figures.visitors, 0)).toBe(total);
        expect(report.hourly.reduce((n, h) => n + h.visitors, 0)).toBe(total);
        expect(report.daily.reduce((n, d) => n + d.visitors, 0)).toBe(total);
        expect(report.waitDistribution.reduce((n, b) => n + b.count, 0)).toBe(all.n);
      }),
      { numRuns: 60 },
    );
  });

  it('plays days that really call and serve people (the property above is not vacuous)', () => {
    const busy = fc.sample(fc.array(action, { minLength: 60, maxLength: 120 }), { numRuns: 20, seed: 7 });
    const served = busy.map((actions) => collectFacts(playDay(actions).events, demoOffice()).services.length);
    expect(served.filter((n) => n > 0).length).toBeGreaterThan(10);
  });
});
