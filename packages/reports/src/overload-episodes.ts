import { mean } from './duration-stats.js';
import type { EpisodeFact, Facts } from './facts.js';
import { type Grouped, groupFigure } from './grouping.js';
import { type Dimension, type ReportQuery, matchesQuery } from './report-query.js';

/**
 * Calls for extra staff (REGULATIONS §2, 002 п.55, and the forecast's early call, each episode with its
 * `reason`): how many episodes began in the period, how long they
 * lasted (start to `overload.ended`; one still going runs to the end of the data), how many got a window
 * opened and how long that took (start to `overload.windowOpened`), how many were accepted by someone.
 * Keys: the start's local day and hour, and the window (`''` = the whole hall). Episodes have no topic or
 * operator, so those filters do not narrow them.
 */
export interface EpisodeFigure {
  count: number;
  totalMs: number;
  avgMs: number | null;
  longestMs: number | null;
  accepted: number;
  opened: number;
  avgTimeToOpenMs: number | null;
}

export const episodeDurationMs = (episode: EpisodeFact, until: number): number =>
  Math.max(0, (episode.endedAt ?? until) - episode.startedAt);

export const summariseEpisodes = (episodes: readonly EpisodeFact[], until: number): EpisodeFigure => {
  const durations = episodes.map((e) => episodeDurationMs(e, until));
  const toOpen = episodes.flatMap((e) => (e.openedAt === null ? [] : [e.openedAt - e.startedAt]));
  return {
    count: episodes.length,
    totalMs: durations.reduce((a, b) => a + b, 0),
    avgMs: mean(durations),
    longestMs: durations.length === 0 ? null : Math.max(...durations),
    accepted: episodes.filter((e) => e.acceptedBy !== null).length,
    opened: toOpen.length,
    avgTimeToOpenMs: mean(toOpen),
  };
};

export const overloadEpisodes = (
  facts: Facts,
  query: ReportQuery,
  dimension: Dimension = query.groupBy,
): Grouped<EpisodeFigure> =>
  groupFigure(facts.episodes, query, dimension, (episodes) => summariseEpisodes(episodes, facts.until));

/** The count rule's episodes (002 п.55) and the forecast's, each summarised on its own. */
export const episodesByReason = (
  facts: Facts,
  query: ReportQuery,
): Record<EpisodeFact['reason'], EpisodeFigure> => {
  const kept = facts.episodes.filter((e) => matchesQuery(e, query));
  return {
    count: summariseEpisodes(
      kept.filter((e) => e.reason === 'count'),
      facts.until,
    ),
    forecast: summariseEpisodes(
      kept.filter((e) => e.reason === 'forecast'),
      facts.until,
    ),
  };
};

export const episodesInQuery = (facts: Facts, query: ReportQuery): EpisodeFact[] =>
  facts.episodes.filter((e) => matchesQuery(e, query)).sort((a, b) => a.startedAt - b.startedAt);
