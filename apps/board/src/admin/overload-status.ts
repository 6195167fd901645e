/**
 * An overload episode as the banner tells it (REGULATIONS §2, 002 п.55, 001 §7.1.9): where (a window or
 * the whole hall), how many people, which reserve staff were told, who accepted, which window opened,
 * how long it has lasted. The episode clears on the server when the queue is back under the threshold,
 * or, for the forecast's call, when every waiting visitor is expected within the wait norm again.
 */
import { FORECAST_OVERLOAD_KEY, type OverloadEpisode, currentServiceId, hallGroupOf } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { type ForecastCall, forecastCall } from '@queue/ui';
import { staffName, windowLabel } from './staff-names';

/**
 * Why the reserve was called: the count rule (more than `threshold` people per window), or the forecast
 * of the wait norm (`overload:forecast`), told by the episode's alarm key.
 */
const forecastReason = (view: StaffView): OverloadReason => {
  const { breached, normMin } = forecastCall(view);
  return { kind: 'forecast', breached, normMin };
};

export type OverloadReason =
  | { kind: 'count' }
  | ({ kind: 'forecast' } & Pick<ForecastCall, 'breached' | 'normMin'>);

export interface OverloadStatus {
  episode: OverloadEpisode;
  reason: OverloadReason;
  /** The window's label, or null for the whole hall. */
  place: string | null;
  /** The service group of a hall count per group (002 п.55 per specialist), or null. */
  group: string | null;
  countAtStart: number;
  /**
   * People now: those the forecast gives the window, those waiting for the group's topics, or everyone
   * waiting (the hall with no window open, the forecast's call). The rule itself is the engine's.
   */
  countNow: number;
  threshold: number;
  notified: string[];
  acceptedBy: string | null;
  acceptedAt: number | null;
  openedWindow: string | null;
  durationMs: number;
}

const waitingCount = (view: StaffView): number =>
  view.tickets.filter((ticket) => ticket.state === 'waiting').length;

const groupWaiting = (view: StaffView, group: string): number =>
  view.tickets.filter(
    (ticket) =>
      ticket.state === 'waiting' &&
      view.config.services.find((s) => s.id === currentServiceId(ticket))?.groupId === group,
  ).length;

const reasonOf = (view: StaffView, episode: OverloadEpisode): OverloadReason =>
  episode.alarmKey === FORECAST_OVERLOAD_KEY ? forecastReason(view) : { kind: 'count' };

const countNow = (view: StaffView, episode: OverloadEpisode): number => {
  if (episode.alarmKey === FORECAST_OVERLOAD_KEY) return waitingCount(view);
  const group = hallGroupOf(episode.alarmKey);
  if (group !== null) return groupWaiting(view, group);
  if (episode.windowId === null) return waitingCount(view);
  return view.forecast.windows[episode.windowId] ?? episode.count;
};

const groupTitle = (view: StaffView, group: string | null): string | null =>
  group === null ? null : (view.config.groups.find((g) => g.id === group)?.title ?? group);

export const overloadStatuses = (view: StaffView, now: number): OverloadStatus[] =>
  view.episodes
    .filter((episode) => episode.endedAt === null)
    .sort((a, b) => b.startedAt - a.startedAt)
    .map((episode) => ({
      episode,
      reason: reasonOf(view, episode),
      place: windowLabel(view.config, episode.windowId),
      group: groupTitle(view, hallGroupOf(episode.alarmKey)),
      countAtStart: episode.count,
      countNow: countNow(view, episode),
      threshold: view.config.profile.overload.threshold,
      notified: episode.notified.map((id) => staffName(view.config, id) ?? id),
      acceptedBy: staffName(view.config, episode.acceptedBy),
      acceptedAt: episode.acceptedAt,
      openedWindow: windowLabel(view.config, episode.openedWindowId),
      durationMs: Math.max(0, now - episode.startedAt),
    }));
