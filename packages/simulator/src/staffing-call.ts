import { MINUTE, type OfficeState, currentServiceId } from '@queue/engine';
import type { EpisodeRecord } from './day-outcome.js';
import type { ReserveSettings } from './day-profile.js';
import { type OfficeFloor, succeeded } from './office-floor.js';
import type { ReserveTeam } from './reserve-team.js';

/**
 * Who calls the reserve, and when it may go back (`StaffingRule`, staffing-rule.ts).
 *
 * - The product: the engine's overload episodes (its count rule and the forecast's call) reach the
 *   reserve's screens; a member accepts (`overload.accept`, so the episode records who) and comes.
 *   Still open `escalateAfterMin` after a call, the episode calls the next member. A member goes back
 *   after the minimum stay once no overload alarm is up.
 * - 002 п.55 run by hand: the hall administrator looks at the hall every minute and phones the back
 *   office when more than five people wait per open specialist window (an open cash desk does not
 *   count, nor do visitors waiting for it); again if it is still so `escalateAfterMin` later. A member
 *   goes back after the minimum stay once fewer than five wait per specialist window.
 */

/** The engine's episodes, recorded whatever the staffing rule: the statistics count them. */
export class EpisodeBook {
  private readonly records = new Map<string, EpisodeRecord>();

  constructor(floor: OfficeFloor) {
    floor.onEvent((event) => {
      if (event.type === 'overload.started') {
        const { episode } = event;
        this.records.set(episode.id, {
          id: episode.id,
          windowId: episode.windowId,
          startedAt: episode.startedAt,
          endedAt: null,
          answers: 0,
        });
      } else if (event.type === 'overload.ended') {
        const record = this.records.get(event.episodeId);
        if (record) record.endedAt = event.at;
      }
    });
  }

  get(id: string): EpisodeRecord | undefined {
    return this.records.get(id);
  }

  all(): EpisodeRecord[] {
    return [...this.records.values()];
  }
}

/** The product: the engine calls, the reserve answers from its screens. */
export const answerEngineCalls = (
  floor: OfficeFloor,
  team: ReserveTeam,
  book: EpisodeBook,
  settings: ReserveSettings,
): void => {
  const respond = (episodeId: string, calledAt: number) => {
    const episode = floor.state.episodes[episodeId];
    const record = book.get(episodeId);
    if (!episode || episode.endedAt !== null || !record) return;
    const accept = (staffId: string) =>
      succeeded(floor.exec({ type: 'overload.accept', episodeId, windowId: null }, floor.actorOf(staffId)));
    if (team.answer(calledAt, accept)) record.answers++;
    const again = calledAt + settings.escalateAfterMin * MINUTE;
    floor.schedule(again + settings.acceptMin * MINUTE, () => respond(episodeId, again));
  };
  floor.onEvent((event) => {
    if (event.type !== 'overload.started') return;
    const calledAt = event.at;
    floor.schedule(calledAt + settings.acceptMin * MINUTE, () => respond(event.episode.id, calledAt));
  });
  team.stillNeeded = () => Object.values(floor.state.alarms).some((a) => a.kind === 'overload');
};

/** People waiting for specialists per open specialist window (002 п.55); Infinity when none is open. */
export const waitingPerSpecialist = (state: OfficeState): number => {
  const cashierTopics = new Set(
    state.config.services.filter((s) => s.groupId === 'cashier').map((s) => s.id),
  );
  const cashierWindows = new Set(state.config.windows.filter((w) => w.kind === 'cashier').map((w) => w.id));
  const waiting = Object.values(state.tickets).filter(
    (t) => t.state === 'waiting' && !cashierTopics.has(currentServiceId(t)),
  ).length;
  const open = Object.values(state.windows).filter(
    (w) => w.status === 'open' && !cashierWindows.has(w.id),
  ).length;
  if (open === 0) return waiting > 0 ? Number.POSITIVE_INFINITY : 0;
  return waiting / open;
};

/** 002 п.55 by hand: the hall administrator counts and phones the back office. */
export const runCountRuleByHand = (
  floor: OfficeFloor,
  team: ReserveTeam,
  settings: ReserveSettings,
  threshold: number,
  from: number,
  until: () => boolean,
): void => {
  let lastCall: number | null = null;
  const look = () => {
    const perSpecialist = waitingPerSpecialist(floor.state);
    if (perSpecialist <= threshold) lastCall = null;
    else if (lastCall === null || floor.now - lastCall >= settings.escalateAfterMin * MINUTE) {
      if (team.answer(floor.now)) lastCall = floor.now;
    }
    if (until()) floor.schedule(floor.now + MINUTE, look);
  };
  floor.schedule(from, look);
  team.stillNeeded = () => waitingPerSpecialist(floor.state) >= threshold;
};
