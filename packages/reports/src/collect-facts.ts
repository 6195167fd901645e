import type { OfficeConfig, OfficeEvent } from '@queue/engine';
import { EpisodeReplay } from './episode-replay.js';
import type { Facts, FeedbackFact } from './facts.js';
import { type Labels, emptyLabels, learnLabels } from './labels.js';
import { LocalClock } from './local-clock.js';
import { TicketReplay } from './ticket-replay.js';
import { WaitingIndex } from './waiting-index.js';
import { WindowTimeline } from './window-timeline.js';

/**
 * The event types the facts are made of: a reader of the log may skip every other line before parsing
 * it (most of a busy day's lines are alarms, logins and printer states).
 */
export const FACT_EVENT_TYPES: ReadonlySet<string> = new Set([
  'ticket.issued',
  'ticket.called',
  'ticket.started',
  'ticket.finished',
  'ticket.noShow',
  'ticket.transferred',
  'ticket.postponed',
  'ticket.returned',
  'ticket.cancelled',
  'window.opened',
  'window.paused',
  'window.resumed',
  'window.closed',
  'window.servicesChanged',
  'overload.started',
  'overload.accepted',
  'overload.windowOpened',
  'overload.ended',
  'config.replaced',
  'visit.feedbackGiven',
]);

export interface CollectedFacts extends Facts {
  labels: Labels;
  /** The configuration in force at the end of the data: the office, its preset and its norms now. */
  config: OfficeConfig;
}

/**
 * One pass over the events, in order, with the configuration in force before the first of them
 * (`config.replaced` events change it from their moment on). `until` is the end of the observation:
 * the server's clock for the live day, the last event for a closed one.
 */
export const collectFacts = (
  events: Iterable<OfficeEvent>,
  initialConfig: OfficeConfig,
  until?: number,
): CollectedFacts => {
  let config = initialConfig;
  const labels = emptyLabels();
  learnLabels(labels, config);
  // Days are cut in the zone of the office at the start; a change of zone is not split mid-period.
  const clock = new LocalClock(config.timeZone);
  const waiting = new WaitingIndex();
  const tickets = new TicketReplay(clock, waiting);
  const windows = new WindowTimeline(clock, waiting);
  const episodes = new EpisodeReplay(clock);
  const feedback: FeedbackFact[] = [];
  const peakCalendar: Facts['peakCalendar'] = [
    { since: Number.NEGATIVE_INFINITY, sinceDay: '', peakDays: config.profile.peakDays },
  ];
  let last = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    last = event.at;
    if (event.type === 'visit.feedbackGiven') {
      feedback.push({
        day: clock.date(event.at),
        hour: clock.hour(event.at),
        topicId: event.serviceId,
        windowId: event.windowId,
        ticketId: event.ticketId,
        at: event.at,
        rating: event.rating,
        kind: event.kind,
        text: event.text,
        channel: event.channel,
      });
      continue;
    }
    if (event.type === 'config.replaced') {
      config = event.config;
      learnLabels(labels, config);
      peakCalendar.push({
        since: event.at,
        sinceDay: clock.date(event.at),
        peakDays: config.profile.peakDays,
      });
      continue;
    }
    if (event.type === 'day.closed') {
      tickets.dayClosed(event.at);
      continue;
    }
    if (event.type.startsWith('overload.')) {
      episodes.observe(event);
      continue;
    }
    if (!event.type.startsWith('ticket.') && !event.type.startsWith('window.')) continue;
    tickets.observe(event, config);
    windows.observe(event);
    windows.settle(event.at, config);
  }
  const end = until ?? (Number.isFinite(last) ? last : 0);
  return {
    visits: tickets.visits,
    waits: tickets.waits,
    services: tickets.services,
    outcomes: tickets.outcomes,
    windowTime: windows.finish(end, config),
    episodes: episodes.episodes,
    feedback,
    until: end,
    peakCalendar,
    labels,
    config,
  };
};
