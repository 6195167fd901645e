import { MINUTE } from '@queue/engine';
import type { WindowStretch } from './day-outcome.js';
import { type Distribution, distribution } from './day-statistics.js';
import { EventQueue } from './event-queue.js';
import type { Visitor } from './visitors.js';

/**
 * The pooled floor: what the same staff, at the very same hours, would achieve if every one of them
 * served every topic from one first-come queue. The same visitors (the same arrivals, walks, service
 * times, no-shows and transfers) meet exactly the windows the product's day had open, when they were
 * open and not on a break; a visit under way when a window's stretch ends is finished. No topic is
 * anyone's speciality and nobody is out of turn, so no office can do better with those staff-minutes:
 * it is the yardstick for the product's staffing, not a rival ordering.
 */

export interface PooledFloor {
  waitMin: Distribution;
  /** Staffed minutes (the stretches given, breaks included) and minutes served past their end. */
  staffMinutes: number;
  overrunMinutes: number;
}

interface Server {
  id: string;
  /** Serving stretches (open, not paused), in time order. */
  spans: { from: number; to: number }[];
  busyUntil: number;
  idleSince: number;
}

interface Queued {
  visitor: Visitor;
  /** Place in line: arrival, kept on transfer (as the office keeps it). */
  orderAt: number;
  since: number;
  second: boolean;
}

const servingSpans = (stretch: WindowStretch): { from: number; to: number }[] => {
  const spans: { from: number; to: number }[] = [];
  let from = stretch.from;
  for (const pause of [...stretch.pauses].sort((a, b) => a.from - b.from)) {
    if (pause.from > from) spans.push({ from, to: pause.from });
    from = Math.max(from, pause.to);
  }
  if (stretch.to > from) spans.push({ from, to: stretch.to });
  return spans;
};

export const pooledFloor = (
  visitors: readonly Visitor[],
  stretches: readonly WindowStretch[],
  noShowWaitMin: number,
): PooledFloor => {
  const servers = new Map<string, Server>();
  for (const stretch of stretches) {
    const server = servers.get(stretch.windowId) ?? {
      id: stretch.windowId,
      spans: [],
      busyUntil: Number.NEGATIVE_INFINITY,
      idleSince: Number.NEGATIVE_INFINITY,
    };
    server.spans.push(...servingSpans(stretch));
    servers.set(stretch.windowId, server);
  }
  for (const server of servers.values()) server.spans.sort((a, b) => a.from - b.from);
  const lastEnd = Math.max(...[...servers.values()].flatMap((s) => s.spans.map((span) => span.to)));

  const agenda = new EventQueue<() => void>();
  const queue: Queued[] = [];
  const waits = new Map<number, number>();
  let overrun = 0;
  let now = Number.NEGATIVE_INFINITY;

  const availableAt = (server: Server, at: number) =>
    server.busyUntil <= at && server.spans.some((span) => span.from <= at && at < span.to);

  const serve = (server: Server, item: Queued) => {
    const { visitor } = item;
    waits.set(visitor.index, (waits.get(visitor.index) ?? 0) + (now - item.since));
    const leaves = visitor.leaves && !item.second;
    const serviceMs = item.second ? (visitor.transfer?.serviceMs ?? 0) : visitor.serviceMs;
    const busyMs = leaves ? noShowWaitMin * MINUTE : visitor.walkMs + serviceMs;
    const span = server.spans.find((s) => s.from <= now && now < s.to)!;
    server.busyUntil = now + busyMs;
    overrun += Math.max(0, server.busyUntil - (Number.isFinite(span.to) ? span.to : now));
    if (leaves) waits.delete(visitor.index);
    agenda.push(server.busyUntil, () => {
      server.idleSince = now;
      if (!item.second && !leaves && visitor.transfer) {
        queue.push({ visitor, orderAt: item.orderAt, since: now, second: true });
      }
    });
  };

  const dispatch = () => {
    if (queue.length === 0) return;
    const free = [...servers.values()]
      .filter((s) => availableAt(s, now))
      .sort((a, b) => a.idleSince - b.idleSince || a.id.localeCompare(b.id));
    for (const server of free) {
      if (queue.length === 0) return;
      queue.sort((a, b) => a.orderAt - b.orderAt || a.visitor.index - b.visitor.index);
      serve(server, queue.shift()!);
    }
  };

  for (const visitor of visitors) {
    agenda.push(visitor.arriveAt, () =>
      queue.push({ visitor, orderAt: visitor.arriveAt, since: now, second: false }),
    );
  }
  for (const server of servers.values()) {
    for (const span of server.spans) {
      agenda.push(span.from, () => {
        if (server.busyUntil <= now) server.idleSince = now;
      });
    }
  }
  const drain = () => {
    for (let next = agenda.pop(); next; next = agenda.pop()) {
      now = next.at;
      next.item();
      dispatch();
    }
  };
  drain();
  // Anyone still in line when every stretch has ended is served by the last window, past its hours.
  if (queue.length > 0) {
    const last = [...servers.values()].sort((a, b) => b.busyUntil - a.busyUntil)[0]!;
    const from = Math.max(lastEnd, last.busyUntil, now);
    last.spans.push({ from, to: Number.POSITIVE_INFINITY });
    agenda.push(from, () => {});
    drain();
  }

  const staffMinutes = stretches.reduce((sum, s) => sum + (s.to - s.from), 0) / MINUTE;
  return {
    waitMin: (({ mean, median, p90, max }) => ({
      mean: mean / MINUTE,
      median: median / MINUTE,
      p90: p90 / MINUTE,
      max: max / MINUTE,
    }))(distribution([...waits.values()])),
    staffMinutes,
    overrunMinutes: overrun / MINUTE,
  };
};
