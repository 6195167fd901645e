import { type Forecast, forecast, projectForecast } from './forecast.js';
import type { OfficeState, ServiceWeight, WindowConfig } from './model.js';
import { MINUTE } from './norms.js';
import { currentServiceId } from './routing.js';
import { ownValue } from './own-record.js';

/**
 * Pooling when it helps (issue 20). On a meter-reading day readings queue at the specialists while the
 * cash desk is half idle. The board advises the hall administrator which topics an open window with
 * time to spare should also take, and for about how long; and, once the wave has passed, to give them
 * back. A person decides: applying it is one `window.setServices`, logged with the reason.
 *
 * The advice comes from the forecast itself, asked "what if": the projected waiting of everyone now in
 * the queue (each visitor's wait so far plus the wait the forecast expects) with and without the
 * change. A window takes a topic as a side topic (weight 1), so its own visitors still come first
 * (DESIGN §3) and it helps only when free or when a visitor of the topic is about to breach the norm.
 *
 * - Widen: an open window that will run out of its own visitors before the topic's queue is cleared
 *   takes the topic, when that saves at least `WIDEN_GAIN_MIN` visitor-minutes of projected waiting.
 *   Several topics may be advised at once: each further one must save `WIDEN_GAIN_MIN` more.
 * - Give back: a window serving topics beyond its configured ones returns them when keeping them saves
 *   no more than `RESTORE_GAIN_MIN` visitor-minutes, and not before `HOLD_MIN` after it took them. The
 *   gap between the thresholds and the hold keep the advice from flapping.
 * Which topics a window may take: `WindowConfig.alsoServes`, else the topics of its own service groups
 * (a specialist can take any specialist topic; a cash desk only what the office lists for it).
 */

export const WIDEN_GAIN_MIN = 2;
export const RESTORE_GAIN_MIN = 1;
/**
 * A wave is not over because its queue emptied for a moment: topics taken are kept at least this long
 * (a meter-reading morning lasts about three hours; docs/BENCHMARKS.md has 30 to 180 minutes measured).
 */
export const HOLD_MIN = 90;
/** A visitor no open window serves is counted as called this long from now: bounded, and large. */
const UNSERVED_HORIZON_MIN = 60;

export interface PoolingAdvice {
  kind: 'widen' | 'restore';
  windowId: string;
  /** Topics to take (widen) or to give back (restore). */
  serviceIds: string[];
  /** The window's topics once the advice is applied. */
  services: ServiceWeight[];
  /** People waiting now for those topics. */
  waiting: number;
  /** Widen: the longest projected wait among them as things stand, minutes. */
  longestWaitMin: number;
  /** Widen: for about how long (until their queue is projected to clear with the help; at least the hold). */
  forMin: number;
  /** Projected visitor-minutes of waiting the change saves (widen) or costs (restore, ≥ 0). */
  gainMin: number;
}

/** Everyone waiting now: their wait so far plus what the projection expects, in ms. */
const projectedWaiting = (
  state: OfficeState,
  now: number,
  f: Forecast = projectForecast(state, now),
): { total: number; at: Map<string, number> } => {
  const at = new Map<string, number>();
  let total = 0;
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.state !== 'waiting') continue;
    const call = f.tickets[ticket.id]?.at ?? now + UNSERVED_HORIZON_MIN * MINUTE;
    at.set(ticket.id, call);
    total += call - ticket.waitingSince;
  }
  return { total, at };
};

const withServices = (state: OfficeState, windowId: string, services: ServiceWeight[]): OfficeState => ({
  ...state,
  windows: { ...state.windows, [windowId]: { ...ownValue(state.windows, windowId)!, services } },
});

const serves = (services: readonly ServiceWeight[], serviceId: string) =>
  services.some((s) => s.serviceId === serviceId && s.weight > 0);

/** What this window's staff may take on advice. */
const skills = (state: OfficeState, window: WindowConfig): Set<string> => {
  if (window.alsoServes) return new Set(window.alsoServes);
  const groups = new Set(
    window.services
      .map((ws) => state.config.services.find((s) => s.id === ws.serviceId)?.groupId)
      .filter((g): g is string => g !== undefined),
  );
  return new Set(state.config.services.filter((s) => groups.has(s.groupId)).map((s) => s.id));
};

export const poolingAdvice = (state: OfficeState, now: number): PoolingAdvice[] => {
  const waiting = Object.values(state.tickets).filter((t) => t.state === 'waiting');
  const f = forecast(state, now);
  const base = projectedWaiting(state, now, f);
  const advice: PoolingAdvice[] = [];

  // Give back what no longer pays for itself.
  for (const config of state.config.windows) {
    const live = ownValue(state.windows, config.id);
    if (!live || live.status === 'closed') continue;
    const extra = live.services.filter((s) => s.weight > 0 && !serves(config.services, s.serviceId));
    if (extra.length === 0 || now - (live.servicesSince ?? live.since) < HOLD_MIN * MINUTE) continue;
    const own = live.services.filter((s) => serves(config.services, s.serviceId));
    const restored = own.length > 0 ? own : config.services;
    const cost =
      (projectedWaiting(withServices(state, config.id, restored), now).total - base.total) / MINUTE;
    if (cost <= RESTORE_GAIN_MIN) {
      const ids = new Set(extra.map((s) => s.serviceId));
      advice.push({
        kind: 'restore',
        windowId: config.id,
        serviceIds: [...ids],
        services: restored,
        waiting: waiting.filter((t) => ids.has(currentServiceId(t))).length,
        longestWaitMin: 0,
        forMin: 0,
        gainMin: Math.max(0, cost),
      });
    }
  }

  // When each open window runs out of the visitors the projection gives it.
  const lastCall = new Map<string, number>();
  const topicEnd = new Map<string, number>();
  for (const ticket of waiting) {
    const planned = f.tickets[ticket.id];
    const at = base.at.get(ticket.id)!;
    if (planned?.windowId)
      lastCall.set(planned.windowId, Math.max(lastCall.get(planned.windowId) ?? now, at));
    const topic = currentServiceId(ticket);
    topicEnd.set(topic, Math.max(topicEnd.get(topic) ?? now, at));
  }

  for (const config of state.config.windows) {
    const live = ownValue(state.windows, config.id);
    if (live?.status !== 'open') continue;
    if (advice.some((a) => a.windowId === config.id)) continue;
    const freeFrom = lastCall.get(config.id) ?? now;
    const may = skills(state, config);
    // Topics whose queue outlasts this window's own work, taken one by one while each saves enough.
    let services = live.services;
    let total = base.total;
    let at = base.at;
    const taken: string[] = [];
    for (;;) {
      let best: { topic: string; services: ServiceWeight[]; total: number; at: Map<string, number> } | null =
        null;
      for (const [topic, end] of topicEnd) {
        if (end <= freeFrom + MINUTE || !may.has(topic) || serves(services, topic)) continue;
        const wider = [...services, { serviceId: topic, weight: 1 }];
        const after = projectedWaiting(withServices(state, config.id, wider), now);
        if (total - after.total < WIDEN_GAIN_MIN * MINUTE || (best && after.total >= best.total)) continue;
        best = { topic, services: wider, total: after.total, at: after.at };
      }
      if (!best) break;
      taken.push(best.topic);
      services = best.services;
      total = best.total;
      at = best.at;
    }
    if (taken.length === 0) continue;
    const ofTopics = waiting.filter((t) => taken.includes(currentServiceId(t)));
    advice.push({
      kind: 'widen',
      windowId: config.id,
      serviceIds: taken,
      services,
      waiting: ofTopics.length,
      longestWaitMin: Math.max(0, ...ofTopics.map((t) => (base.at.get(t.id)! - t.waitingSince) / MINUTE)),
      // Until their queue is projected to clear with the help, and at least the hold.
      forMin: Math.max(HOLD_MIN, ...ofTopics.map((t) => ((at.get(t.id) ?? now) - now) / MINUTE)),
      gainMin: (base.total - total) / MINUTE,
    });
  }
  return advice.sort((a, b) => b.gainMin - a.gainMin || a.windowId.localeCompare(b.windowId));
};
