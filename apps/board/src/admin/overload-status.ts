/**
 * An overload episode as the banner tells it (REGULATIONS §2, 002 п.55, 001 §7.1.9): where (a window or
 * the whole hall), how many people, which reserve staff were told, who accepted, which window opened,
 * how long it has lasted. The episode clears on the server when the queue is back under the threshold.
 */
import type { OverloadEpisode } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { staffName, windowLabel } from './staff-names';

export interface OverloadStatus {
  episode: OverloadEpisode;
  /** The window's label, or null for the whole hall. */
  place: string | null;
  countAtStart: number;
  /** The same measure now: people the forecast gives the window, or waiting ÷ open windows for the hall. */
  countNow: number;
  threshold: number;
  notified: string[];
  acceptedBy: string | null;
  acceptedAt: number | null;
  openedWindow: string | null;
  durationMs: number;
}

const hallCount = (view: StaffView): number => {
  const waiting = view.tickets.filter((ticket) => ticket.state === 'waiting').length;
  const open = view.windows.filter((window) => window.status === 'open').length;
  return open === 0 || view.config.profile.overload.mode !== 'hall' ? waiting : Math.floor(waiting / open);
};

export const overloadStatuses = (view: StaffView, now: number): OverloadStatus[] =>
  view.episodes
    .filter((episode) => episode.endedAt === null)
    .sort((a, b) => b.startedAt - a.startedAt)
    .map((episode) => ({
      episode,
      place: windowLabel(view.config, episode.windowId),
      countAtStart: episode.count,
      countNow:
        episode.windowId === null
          ? hallCount(view)
          : (view.forecast.windows[episode.windowId] ?? episode.count),
      threshold: view.config.profile.overload.threshold,
      notified: episode.notified.map((id) => staffName(view.config, id) ?? id),
      acceptedBy: staffName(view.config, episode.acceptedBy),
      acceptedAt: episode.acceptedAt,
      openedWindow: windowLabel(view.config, episode.openedWindowId),
      durationMs: Math.max(0, now - episode.startedAt),
    }));
