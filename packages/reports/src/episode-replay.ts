import { type OfficeEvent, hallGroupOf, overloadReasonOf } from '@queue/engine';
import type { EpisodeFact } from './facts.js';
import type { LocalClock } from './local-clock.js';

/** Overload episodes (002 п.55, 001 §7.1.9): when the call for extra staff rose, who answered, when a window opened, when it ended. */
export class EpisodeReplay {
  readonly episodes: EpisodeFact[] = [];
  private readonly byId = new Map<string, EpisodeFact>();

  constructor(private readonly clock: LocalClock) {}

  observe(event: OfficeEvent): void {
    if (event.type === 'overload.started') {
      const e = event.episode;
      const fact: EpisodeFact = {
        id: e.id,
        reason: overloadReasonOf(e),
        groupId: hallGroupOf(e.alarmKey),
        day: this.clock.date(e.startedAt),
        hour: this.clock.hour(e.startedAt),
        windowId: e.windowId,
        count: e.count,
        startedAt: e.startedAt,
        acceptedBy: null,
        acceptedAt: null,
        openedWindowId: null,
        openedAt: null,
        endedAt: null,
      };
      this.episodes.push(fact);
      this.byId.set(e.id, fact);
      return;
    }
    if (
      event.type !== 'overload.accepted' &&
      event.type !== 'overload.windowOpened' &&
      event.type !== 'overload.ended'
    ) {
      return;
    }
    const fact = this.byId.get(event.episodeId);
    if (!fact) return;
    if (event.type === 'overload.accepted') {
      fact.acceptedBy = event.staffId;
      fact.acceptedAt = event.at;
    } else if (event.type === 'overload.windowOpened') {
      fact.openedWindowId = event.windowId;
      fact.openedAt = event.at;
    } else {
      fact.endedAt = event.at;
      this.byId.delete(fact.id);
    }
  }
}
