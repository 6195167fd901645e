import {
  type ClientType,
  MINUTE,
  type OfficeConfig,
  type PriorityCategory,
  serviceNormMin,
  zonedTimeToEpoch,
} from '@queue/engine';
import type { DayProfile } from './day-profile.js';
import { SeededRandom } from './seeded-random.js';

/**
 * The day's visitors, drawn before any ordering runs: every policy meets the very same people, with the
 * very same topics, service times and behaviour, so a difference in the results is the ordering's alone.
 */
export interface Visitor {
  index: number;
  arriveAt: number;
  clientType: ClientType;
  priority: PriorityCategory | null;
  serviceId: string;
  serviceMs: number;
  /** Leaves before being called: the operator recalls once, then marks a no-show. */
  leaves: boolean;
  walkMs: number;
  /** Out of the window's competence: sent on to another topic, and served there for `serviceMs`. */
  transfer: { toServiceId: string; serviceMs: number } | null;
}

const topicsFor = (config: OfficeConfig, weights: Record<string, number>, clientType: ClientType) =>
  new Map(
    Object.entries(weights)
      .filter(
        ([id, w]) => w > 0 && config.services.some((s) => s.id === id && s.clientTypes.includes(clientType)),
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );

const shareOfNorm = (profile: DayProfile, serviceId: string): number =>
  profile.serviceTime.shareOfNorm[serviceId] ?? profile.serviceTime.shareOfNorm['*'] ?? 0.7;

/** Expected minutes of service of one visitor under these norms, by client type's topic mix. */
export const meanServiceMin = (config: OfficeConfig, profile: DayProfile): number => {
  let total = 0;
  let weight = 0;
  for (const clientType of ['individual', 'organisation'] as const) {
    const mix = profile.clientMix[clientType];
    const topics = topicsFor(config, profile.topics[clientType], clientType);
    const sum = [...topics.values()].reduce((a, b) => a + b, 0);
    for (const [id, w] of topics) {
      const p = (mix * w) / sum;
      total += p * shareOfNorm(profile, id) * serviceNormMin(config, id);
      weight += p;
    }
  }
  return total / weight;
};

/**
 * Expected minutes a window is taken by one visitor: the walk from the call and the service, a
 * transfer's walk and second service for some, the operator's wait for those who left. The office's
 * offered load per visitor.
 */
export const meanWindowMin = (config: OfficeConfig, profile: DayProfile): number => {
  const walkMin = (profile.walkSeconds.min + profile.walkSeconds.max) / 2 / 60;
  const targets = profile.transfer.to.filter((id) => config.services.some((s) => s.id === id));
  const transferMin =
    targets.length === 0
      ? 0
      : targets.reduce((sum, id) => sum + shareOfNorm(profile, id) * serviceNormMin(config, id), 0) /
        targets.length;
  const served = walkMin + meanServiceMin(config, profile) + profile.transfer.share * (walkMin + transferMin);
  return (1 - profile.noShowShare) * served + profile.noShowShare * profile.noShowWaitMin;
};

export interface VisitorOptions {
  seed: number;
  /** Arrivals per hour are multiplied by this: the same offered load under longer or shorter norms. */
  loadScale: number;
}

export const drawVisitors = (
  config: OfficeConfig,
  profile: DayProfile,
  options: VisitorOptions,
): Visitor[] => {
  const arrivals = SeededRandom.stream(options.seed, 'arrivals');
  const who = SeededRandom.stream(options.seed, 'who');
  const service = SeededRandom.stream(options.seed, 'service');
  const behaviour = SeededRandom.stream(options.seed, 'behaviour');
  const tz = config.timeZone;
  const closeAt = zonedTimeToEpoch(profile.date, profile.reception.close, tz);
  const clientTypes = new Map<ClientType, number>([
    ['individual', profile.clientMix.individual],
    ['organisation', profile.clientMix.organisation],
  ]);
  const topics = {
    individual: topicsFor(config, profile.topics.individual, 'individual'),
    organisation: topicsFor(config, profile.topics.organisation, 'organisation'),
  };
  const drawServiceMs = (serviceId: string): number => {
    const normMin = serviceNormMin(config, serviceId);
    const minutes = service.lognormal(shareOfNorm(profile, serviceId) * normMin, profile.serviceTime.sigma);
    return Math.round(Math.min(minutes, profile.serviceTime.capOfNorm * normMin) * MINUTE);
  };

  const visitors: Visitor[] = [];
  const hours = [...profile.arrivals].sort((a, b) => a.hour.localeCompare(b.hour));
  for (const [i, slot] of hours.entries()) {
    const from = zonedTimeToEpoch(profile.date, slot.hour, tz);
    const next = hours[i + 1];
    const to = Math.min(closeAt, next ? zonedTimeToEpoch(profile.date, next.hour, tz) : from + 60 * MINUTE);
    const rate = (slot.visitors * options.loadScale) / (60 * MINUTE);
    if (rate <= 0) continue;
    // A Poisson stream within the hour: exponential gaps at the hour's rate.
    for (let at = from + arrivals.exponential(1 / rate); at < to; at += arrivals.exponential(1 / rate)) {
      const clientType = who.weighted(clientTypes);
      const serviceId = who.weighted(topics[clientType]);
      const priority: PriorityCategory | null = who.chance(profile.outOfTurnShare) ? 'disability' : null;
      const serviceMs = drawServiceMs(serviceId);
      const leaves = behaviour.chance(profile.noShowShare);
      const walkMs = Math.round(behaviour.uniform(profile.walkSeconds.min, profile.walkSeconds.max) * 1000);
      const targets = profile.transfer.to
        .filter((id) => id !== serviceId)
        .filter((id) => config.services.some((s) => s.id === id && s.clientTypes.includes(clientType)))
        .sort();
      const transferred = behaviour.chance(profile.transfer.share) && targets.length > 0;
      const toServiceId = transferred ? targets[Math.floor(behaviour.next() * targets.length)]! : null;
      visitors.push({
        index: visitors.length,
        arriveAt: Math.round(at),
        clientType,
        priority,
        serviceId,
        serviceMs,
        leaves,
        walkMs,
        transfer: toServiceId ? { toServiceId, serviceMs: drawServiceMs(toServiceId) } : null,
      });
    }
  }
  return visitors;
};
