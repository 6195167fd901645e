import type { DayRange, FeedbackChannel, FeedbackKind, OverloadReason } from '@queue/engine';
import type { NormSource } from './norm-lookup.js';

/**
 * What the reports read from the event log, one record per thing a figure counts. Each record carries
 * its own keys (office-local day and hour, topic, window, operator), so any figure can be filtered and
 * grouped the same way. Every record comes from events only (DESIGN §1: nothing the events cannot
 * reproduce).
 */

/** Keys shared by every record: `null` when the record has none (a visitor never called has no window). */
export interface FactKeys {
  day: string;
  hour: number;
  topicId: string | null;
  windowId: string | null;
  staffId: string | null;
}

/** One visitor = one ticket, from issue to the end of the visit. Keys: issue time, first topic, first call. */
export interface VisitFact extends FactKeys {
  ticketId: string;
  issuedAt: number;
  /** 004 §6.7: an out-of-turn visitor (the category itself is never reported). */
  priority: boolean;
  /** `unserved`: still in the hall when the working day ended (outcome `dayEnded`), never a wait. */
  end: 'served' | 'noShow' | 'cancelled' | 'unserved' | null;
  endedAt: number | null;
  /** Issue to the finish of the last topic; `null` unless served. The visit cap (002 Таблица 5) applies to it. */
  visitMs: number | null;
  /** The cap of the preset in force at issue, `null` when the preset has none. */
  visitCapMin: number | null;
  /** The first wait (issue → first call), for out-of-turn visitors' wait. */
  firstWaitMs: number | null;
}

export type WaitStart = 'issue' | 'transfer' | 'return' | 'nextTopic';

/**
 * One wait: from issue (or a transfer, a return after a postponement, the finish of the previous topic
 * of a multi-topic visit) to the call. Keys: the start's day and hour, the topic waited for, the window
 * and operator that called. `ms` is `null` when nobody called it (cancelled, or still waiting).
 */
export interface WaitFact extends FactKeys {
  ticketId: string;
  startedAt: number;
  start: WaitStart;
  priority: boolean;
  ms: number | null;
  normMin: number;
  normSource: NormSource;
  groupId: string;
}

/** One service: from start to finish of one topic (`ticket.finished.durationMs`). Keys: the start. */
export interface ServiceFact extends FactKeys {
  ticketId: string;
  startedAt: number;
  ms: number;
  normMin: number;
  normSource: NormSource;
  groupId: string;
}

/** `dayEnded`: closed as not served when the working day ended («не обслужен: приём окончен»). */
export type OutcomeKind = 'noShow' | 'transfer' | 'postpone' | 'cancel' | 'dayEnded';

/** A visit that did not simply end in service: keys of the moment it happened, the topic it was for. */
export interface OutcomeFact extends FactKeys {
  kind: OutcomeKind;
  ticketId: string;
  at: number;
}

/**
 * Time of a window, cut at every office-local hour: `service` = a visitor called or served at it;
 * `pause` = paused; `idle` = open and free. `queue` says whether someone was waiting whom the window
 * could have called (its topics, or reserved for it).
 */
export interface WindowTimeFact {
  day: string;
  hour: number;
  windowId: string;
  staffId: string | null;
  state: 'service' | 'pause' | 'idle';
  queue: boolean;
  /** Idle only: whether this time fell within the day's reception hours. */
  inHours: boolean;
  ms: number;
}

/** One overload episode (002 п.55): start, response, end. Keys: the start; `windowId` null = the hall. */
export interface EpisodeFact {
  id: string;
  /** `count`: the count rule (002 п.55); `forecast`: the forecast's early call. Reported apart. */
  reason: OverloadReason;
  /** The service group of a hall-mode count (`overload:hall:<group>`), else null. */
  groupId: string | null;
  day: string;
  hour: number;
  windowId: string | null;
  count: number;
  startedAt: number;
  acceptedBy: string | null;
  acceptedAt: number | null;
  openedWindowId: string | null;
  openedAt: number | null;
  /** `null` = still going when the data ends; its duration then runs to the end of the data. */
  endedAt: number | null;
}

/**
 * One visitor's rating of a served visit (issue 18; 001 §10.4). Keys: the moment it was given, the
 * visit's last topic and window. It has no operator key at all: feedback is never tied to a person.
 */
export interface FeedbackFact {
  day: string;
  hour: number;
  topicId: string;
  windowId: string;
  ticketId: string;
  at: number;
  rating: number;
  kind: FeedbackKind | null;
  text: string | null;
  channel: FeedbackChannel;
}

export interface Facts {
  visits: VisitFact[];
  /** Absent in facts made before feedback existed (the head office's older copies): none. */
  feedback?: FeedbackFact[];
  waits: WaitFact[];
  services: ServiceFact[];
  outcomes: OutcomeFact[];
  windowTime: WindowTimeFact[];
  episodes: EpisodeFact[];
  /** The end of the observed data: open waits and episodes are measured up to here. */
  until: number;
  /**
   * The meter-reading days of the month (the preset's `peakDays`) as configured from each moment on:
   * whether an office-local day was a peak day is read from the configuration in force at its start.
   */
  peakCalendar: { since: number; sinceDay: string; peakDays: DayRange[] }[];
}
