import type { Actor, Command, OfficeEvent, OfficeState, PresetId, ServiceWeight } from '@queue/engine';
import type { PolicyId } from './ordering-policies.js';
import type { StaffingRule } from './staffing-rule.js';
import type { Visitor } from './visitors.js';

/** What one simulated day leaves behind: every visit, every call for help, every window's hours. */

/** One waiting-and-service stretch of a visit: a transfer starts a second one. */
export interface Segment {
  serviceId: string;
  waitFrom: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  waitNormMs: number;
  serviceNormMs: number;
}

export interface VisitRecord {
  visitor: Visitor;
  ticketId: string;
  issuedAt: number;
  /** The expected wait the kiosk printed (engine forecast at issue time); null when no open window served the topic. */
  promisedWaitMs: number | null;
  /**
   * What a plain queue system would print instead: people ahead of the same topic × the topic's mean
   * service time so far ÷ the open windows serving it (the comparison for the forecast's error).
   */
  naiveWaitMs: number | null;
  /**
   * The same engine's promise with the walk from the call to the window left out, as the kiosk printed
   * before issue 14: the walk's share of the forecast's error, measured on the very same day.
   */
  walklessWaitMs: number | null;
  segments: Segment[];
  /** Left before the call: marked no-show by the operator. */
  left: boolean;
  /** Still in the office when the simulation stopped (must not happen: everyone issued is served). */
  unserved: boolean;
}

export interface EpisodeRecord {
  id: string;
  windowId: string | null;
  startedAt: number;
  endedAt: number | null;
  /** Windows opened by reserve members in answer to it. */
  answers: number;
}

/** A reserve member's stretch at a window. */
export interface ReserveSession {
  staffId: string;
  windowId: string;
  openedAt: number;
  closedAt: number;
}

/** A window's open stretch (open or paused): the staff-minutes of the day. */
export interface WindowStretch {
  windowId: string;
  staffId: string | null;
  from: number;
  to: number;
  /** Paused stretches within it (breaks): staffed, but serving nobody. */
  pauses: { from: number; to: number }[];
}

/** A change of a window's topics the hall administrator made on the board's advice. */
export interface PoolingChange {
  at: number;
  windowId: string;
  services: ServiceWeight[];
  reason: string;
}

export interface CommandRecord {
  at: number;
  actor: Actor;
  command: Command;
}

export interface DayOutcome {
  preset: PresetId;
  policy: PolicyId;
  staffing: StaffingRule;
  profileId: string;
  visits: VisitRecord[];
  episodes: EpisodeRecord[];
  reserve: ReserveSession[];
  windows: WindowStretch[];
  pooling: PoolingChange[];
  /** Engine refusals the people in the simulation did not expect (a bug in the simulation or the engine). */
  unexpectedRefusals: Record<string, number>;
  commands: number;
  events: number;
  endedAt: number;
  finalState: OfficeState;
  /** Every accepted command with its time and actor, when asked for (the server benchmark replays them). */
  log: CommandRecord[];
  /** Every event, in order, when asked for. */
  eventLog: OfficeEvent[];
}
