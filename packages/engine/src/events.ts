import type {
  Actor,
  Alarm,
  Appointment,
  DeviceRole,
  FeedbackChannel,
  FeedbackKind,
  FinishResult,
  NetworkPrinter,
  OfficeConfig,
  OverloadEpisode,
  PrintOutcome,
  PrinterStatus,
  ServiceWeight,
  Ticket,
} from './model.js';

/** Why a visit ended without service; a code the screens and reports word («приём окончен»). */
export type UnservedOutcome = 'dayEnded';

/** What happened, as the record keeps it. Reports, audits and crash recovery read only these. */
export type EventBody =
  | { type: 'day.opened'; day: string }
  | { type: 'day.closed'; day: string }
  /**
   * The working day is over: every visitor still waiting, postponed or called was closed just before,
   * each by its own `ticket.unserved`. The actor says who ended it (the system by the schedule or at
   * rollover, or the administrator).
   */
  | { type: 'day.ended'; day: string; unserved: number }
  | { type: 'config.replaced'; config: OfficeConfig; reason: string }
  /** Who reset whose PIN, and which device was registered or revoked: the record, without the secret. */
  | { type: 'staff.pinReset'; staffId: string }
  | { type: 'device.registered'; deviceId: string; role: DeviceRole; label: string }
  | { type: 'device.revoked'; deviceId: string }
  | { type: 'device.printerSet'; deviceId: string; printer: NetworkPrinter | null }
  | { type: 'ticket.issued'; ticket: Ticket }
  | {
      type: 'ticket.called';
      ticketId: string;
      windowId: string;
      staffId: string | null;
      /** Set when an operator or administrator called out of order: who decides must say why (001 §7.2.4). */
      manualReason: string | null;
    }
  | { type: 'ticket.recalled'; ticketId: string; windowId: string; recalls: number }
  | { type: 'ticket.started'; ticketId: string; windowId: string }
  | {
      type: 'ticket.finished';
      ticketId: string;
      windowId: string;
      result: FinishResult;
      serviceId: string;
      durationMs: number;
      /** Index of the next service of a multi-topic visit, or null when the visit is over. */
      nextServiceIndex: number | null;
    }
  | { type: 'ticket.noShow'; ticketId: string; windowId: string | null; reason: 'recallLimit' | 'operator' }
  | {
      type: 'ticket.transferred';
      ticketId: string;
      fromWindowId: string;
      toServiceId: string | null;
      toWindowId: string | null;
      reason: string;
      orderAt: number;
    }
  | { type: 'ticket.postponed'; ticketId: string; windowId: string; until: number }
  | { type: 'ticket.returned'; ticketId: string }
  /** The visitor stepped out from their phone, keeping their place until `until` (issue 18). */
  | { type: 'ticket.steppedOut'; ticketId: string; until: number }
  | { type: 'ticket.cancelled'; ticketId: string; reason: string }
  /** The visitor's rating (1–5) of a visit that ended served; never names anyone (issue 18). */
  | {
      type: 'visit.feedbackGiven';
      ticketId: string;
      windowId: string;
      serviceId: string;
      rating: number;
      kind: FeedbackKind | null;
      text: string | null;
      channel: FeedbackChannel;
    }
  /**
   * The visit ends without service because the day did («не обслужен: приём окончен»): the outcome
   * code `dayEnded`. `was` is the state it ended in; `windowId` the window that had called it, if any.
   */
  | {
      type: 'ticket.unserved';
      ticketId: string;
      windowId: string | null;
      was: 'waiting' | 'postponed' | 'called' | 'serving';
      outcome: UnservedOutcome;
    }
  | {
      type: 'ticket.printed';
      ticketId: string;
      deviceId: string;
      status: PrintOutcome;
      /** Printed again at an administrator's request: the event's actor is who asked. */
      reprint?: true;
    }
  | {
      type: 'window.opened';
      windowId: string;
      staffId: string | null;
      services: ServiceWeight[];
      /** Present when an administrator opened it on someone else's behalf. */
      reason?: string;
    }
  | { type: 'window.paused'; windowId: string; reason: string }
  | { type: 'window.resumed'; windowId: string }
  | { type: 'window.closed'; windowId: string }
  | { type: 'window.servicesChanged'; windowId: string; services: ServiceWeight[]; reason: string }
  | { type: 'staff.loggedIn'; staffId: string; mode: 'operator' | 'reserve'; windowId: string | null }
  | { type: 'staff.loggedOut'; staffId: string }
  | { type: 'alarm.raised'; alarm: Alarm }
  | { type: 'alarm.acknowledged'; key: string; by: string }
  | { type: 'alarm.cleared'; key: string }
  | { type: 'overload.started'; episode: OverloadEpisode }
  | { type: 'overload.accepted'; episodeId: string; staffId: string }
  | { type: 'overload.windowOpened'; episodeId: string; windowId: string }
  | { type: 'overload.ended'; episodeId: string }
  | { type: 'appointment.booked'; appointment: Appointment }
  | { type: 'appointment.cancelled'; appointmentId: string; reason: string }
  | { type: 'appointment.checkedIn'; appointmentId: string; ticketId: string }
  | { type: 'appointment.rescheduled'; appointmentId: string; slotAt: number }
  | { type: 'printer.status'; deviceId: string; status: PrinterStatus };

export type EventType = EventBody['type'];

export type OfficeEvent = EventBody & {
  seq: number;
  at: number;
  actor: Actor;
};
