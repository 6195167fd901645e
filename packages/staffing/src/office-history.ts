import type { OfficeConfig } from '@queue/engine';
import type { Facts } from '@queue/reports-engine';

/**
 * What the office's own record says about demand, by kind of day and hour: visitors arriving at each
 * service group's queue (a ticket, a transfer, the next topic of a visit), the time a window is taken
 * per visitor (the walk from the call, then the service), and how many windows of the group were
 * staffed. Meter-reading days (the preset's peak days) are a kind of their own; other days go by
 * weekday.
 */

export type DayKind = 'peak' | `weekday:${number}`;

const weekdayOf = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

export const dayKind = (date: string, config: OfficeConfig): DayKind => {
  const day = Number(date.slice(8, 10));
  return config.profile.peakDays.some((r) => day >= r.from && day <= r.to)
    ? 'peak'
    : `weekday:${weekdayOf(date)}`;
};

/** The service group a window belongs to: the group of most of its configured topics. */
export const windowGroup = (config: OfficeConfig, windowId: string): string | null => {
  const window = config.windows.find((w) => w.id === windowId);
  if (!window) return null;
  const count = new Map<string, number>();
  for (const { serviceId, weight } of window.services) {
    const group = config.services.find((s) => s.id === serviceId)?.groupId;
    if (group && weight > 0) count.set(group, (count.get(group) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
};

export interface GroupHistory {
  /** Arrivals at the group's queue, per day and hour. */
  arrivals: Map<string, Map<number, number>>;
  /** Staffed window-hours of the group's windows, per day and hour. */
  staffed: Map<string, Map<number, number>>;
  /** Walk + service per visitor, ms: mean and squared coefficient of variation. */
  meanMs: number;
  scv: number;
  /** How many services the time was measured on. */
  services: number;
  /** The group's wait norm, ms. */
  normMs: number;
}

export interface OfficeHistory {
  days: string[];
  groups: Map<string, GroupHistory>;
}

const bump = (map: Map<string, Map<number, number>>, day: string, hour: number, by: number) => {
  let hours = map.get(day);
  if (!hours) {
    hours = new Map();
    map.set(day, hours);
  }
  hours.set(hour, (hours.get(hour) ?? 0) + by);
};

export const officeHistory = (facts: Facts, config: OfficeConfig): OfficeHistory => {
  const days = new Set<string>();
  const groups = new Map<string, GroupHistory & { times: number[]; norms: number[] }>();
  const groupOf = (id: string) => {
    let g = groups.get(id);
    if (!g) {
      g = {
        arrivals: new Map(),
        staffed: new Map(),
        meanMs: 0,
        scv: 1,
        services: 0,
        normMs: 0,
        times: [],
        norms: [],
      };
      groups.set(id, g);
    }
    return g;
  };
  // The call of each wait, by ticket, to find the walk that preceded each service.
  const calls = new Map<string, number[]>();
  for (const wait of facts.waits) {
    days.add(wait.day);
    const g = groupOf(wait.groupId);
    bump(g.arrivals, wait.day, wait.hour, 1);
    g.norms.push(wait.normMin * 60_000);
    if (wait.ms !== null) {
      const list = calls.get(wait.ticketId) ?? [];
      list.push(wait.startedAt + wait.ms);
      calls.set(wait.ticketId, list);
    }
  }
  for (const service of facts.services) {
    const called = (calls.get(service.ticketId) ?? []).filter((at) => at <= service.startedAt);
    const walk = called.length > 0 ? service.startedAt - Math.max(...called) : 0;
    groupOf(service.groupId).times.push(walk + service.ms);
  }
  for (const time of facts.windowTime) {
    const group = windowGroup(config, time.windowId);
    if (!group) continue;
    days.add(time.day);
    bump(groupOf(group).staffed, time.day, time.hour, time.ms / 3_600_000);
  }
  const result = new Map<string, GroupHistory>();
  for (const [id, g] of groups) {
    const n = g.times.length;
    const mean = n === 0 ? 0 : g.times.reduce((a, b) => a + b, 0) / n;
    const variance = n < 2 ? mean ** 2 : g.times.reduce((s, t) => s + (t - mean) ** 2, 0) / (n - 1);
    result.set(id, {
      arrivals: g.arrivals,
      staffed: g.staffed,
      meanMs: mean,
      scv: mean === 0 ? 1 : variance / mean ** 2,
      services: n,
      normMs: g.norms.length === 0 ? 0 : g.norms.reduce((a, b) => a + b, 0) / g.norms.length,
    });
  }
  return { days: [...days].sort(), groups: result };
};
