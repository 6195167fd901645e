import { describe, expect, it } from 'vitest';
import { type RoutingContext, type Ticket, chooseNext, rankForWindow } from '../src/index.js';

const MIN = 60_000;
const NOW = 1_000 * MIN;

let seq = 0;
const ticket = (over: Partial<Ticket> & { service?: string; at?: number }): Ticket => {
  seq++;
  const at = over.at ?? NOW;
  return {
    id: `T${seq}`,
    number: `А${seq}`,
    day: '2026-11-23',
    serviceIds: [over.service ?? 'main'],
    serviceIndex: 0,
    clientType: 'individual',
    priority: null,
    source: 'kiosk',
    issuedAt: at,
    orderAt: at,
    waitingSince: at,
    issueSeq: seq,
    state: 'waiting',
    windowId: null,
    staffId: null,
    reservedWindowId: null,
    calledAt: null,
    recalls: 0,
    startedAt: null,
    finishedAt: null,
    postponedUntil: null,
    appointment: null,
    result: null,
    ...over,
  };
};

const norms: Record<string, number> = { main: 20, side: 20, short: 10, cash: 20 };
const ctx: RoutingContext = {
  now: NOW,
  waitNormMs: (id) => (norms[id] ?? 20) * MIN,
  urgentMarginMs: 5 * MIN,
};
const window = {
  id: 'w1',
  services: [
    { serviceId: 'main', weight: 2 },
    { serviceId: 'short', weight: 2 },
    { serviceId: 'side', weight: 1 },
  ],
};

describe('routing: one rule at a time', () => {
  it('only waiting tickets of the window’s services are eligible', () => {
    const others = [
      ticket({ service: 'cash', at: NOW - 9 * MIN }),
      ticket({ state: 'called', at: NOW - 8 * MIN }),
    ];
    const mine = ticket({ at: NOW - 1 * MIN });
    expect(chooseNext([...others, mine], window, ctx)?.id).toBe(mine.id);
    expect(chooseNext(others, window, ctx)).toBeUndefined();
  });

  it('a ticket reserved for another window is not eligible here', () => {
    const reserved = ticket({ reservedWindowId: 'w2', at: NOW - 9 * MIN });
    const plain = ticket({ at: NOW - 1 * MIN });
    expect(chooseNext([reserved, plain], window, ctx)?.id).toBe(plain.id);
    expect(chooseNext([reserved, plain], { ...window, id: 'w2' }, ctx)?.id).toBe(reserved.id);
  });

  it('out-of-turn visitors come first, in arrival order among themselves (004 §6.7)', () => {
    const old = ticket({ at: NOW - 15 * MIN });
    const p2 = ticket({ priority: 'disability', at: NOW - 1 * MIN });
    const p1 = ticket({ priority: 'disability', at: NOW - 2 * MIN, service: 'side' });
    expect(rankForWindow([old, p2, p1], window, ctx).map((t) => t.id)).toEqual([p1.id, p2.id, old.id]);
  });

  it('an appointment whose slot has come goes before the general queue; not before its slot', () => {
    const old = ticket({ at: NOW - 10 * MIN });
    const due = ticket({
      at: NOW - 1 * MIN,
      appointment: { appointmentId: 'P1', slotAt: NOW, onTime: true },
    });
    const early = ticket({
      at: NOW - 1 * MIN,
      appointment: { appointmentId: 'P2', slotAt: NOW + 15 * MIN, onTime: true },
    });
    expect(rankForWindow([old, due, early], window, ctx).map((t) => t.id)).toEqual([due.id, old.id]);
  });

  it('earliest deadline first: a shorter wait norm goes first when it is closer to breaching', () => {
    // main: issued 8 min ago, deadline in 12; short: issued 3 min ago, deadline in 7.
    const main = ticket({ at: NOW - 8 * MIN });
    const short = ticket({ service: 'short', at: NOW - 3 * MIN });
    expect(chooseNext([main, short], window, ctx)?.id).toBe(short.id);
  });

  it('with equal norms it is plain arrival order', () => {
    const a = ticket({ at: NOW - 3 * MIN });
    const b = ticket({ at: NOW - 5 * MIN });
    expect(chooseNext([a, b], window, ctx)?.id).toBe(b.id);
  });

  it('main services before side services while the side ticket is not about to breach', () => {
    const side = ticket({ service: 'side', at: NOW - 10 * MIN });
    const main = ticket({ at: NOW - 1 * MIN });
    expect(chooseNext([side, main], window, ctx)?.id).toBe(main.id);
  });

  it('a side ticket about to breach goes before a main ticket that is not', () => {
    const side = ticket({ service: 'side', at: NOW - 16 * MIN });
    const main = ticket({ at: NOW - 10 * MIN });
    expect(chooseNext([side, main], window, ctx)?.id).toBe(side.id);
  });

  it('ties go to the earlier ticket', () => {
    const first = ticket({ at: NOW - 2 * MIN });
    const second = ticket({ at: NOW - 2 * MIN });
    expect(chooseNext([second, first], window, ctx)?.id).toBe(first.id);
  });
});
