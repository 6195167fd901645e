import type {
  ClientType,
  DeviceRole,
  FeedbackKind,
  FinishResult,
  NetworkPrinter,
  OfficeConfig,
  PrintOutcome,
  PrinterStatus,
  PriorityCategory,
  ServiceWeight,
  TicketLanguage,
  TicketSource,
} from './model.js';

/** Every intent the office server accepts. The server parses these from the wire with the protocol's schemas. */
export type Command =
  | {
      type: 'ticket.issue';
      serviceIds: string[];
      clientType: ClientType;
      priority: PriorityCategory | null;
      source: TicketSource;
      deviceId?: string | null;
      /** The kiosk screen's language, for the printed ticket; Russian when absent. */
      language?: TicketLanguage | null;
    }
  | { type: 'ticket.callNext'; windowId: string }
  | { type: 'ticket.call'; windowId: string; ticketId: string; reason: string }
  | { type: 'ticket.recall'; windowId: string }
  | { type: 'ticket.start'; windowId: string }
  | { type: 'ticket.finish'; windowId: string; result: FinishResult }
  | { type: 'ticket.noShow'; windowId: string }
  | {
      type: 'ticket.transfer';
      windowId: string;
      toServiceId: string | null;
      toWindowId: string | null;
      reason: string;
    }
  | { type: 'ticket.postpone'; windowId: string; minutes: number }
  | { type: 'ticket.return'; ticketId: string }
  /**
   * The visitor's own «выйду ненадолго» and «я вернулся» from their phone: the server sends these for
   * the ticket whose page token it was given, never a client (COMMAND_ROLES is empty for them).
   */
  | { type: 'ticket.stepOut'; ticketId: string; minutes: number }
  | { type: 'ticket.stepIn'; ticketId: string }
  | { type: 'ticket.cancel'; ticketId: string; reason: string }
  /**
   * The visitor rates their visit (issue 18): from their phone page (the server names the ticket of the
   * page's token) or at the screen by the window (a kiosk in feedback mode names its window, never a
   * ticket: the window's visit that ended last is rated).
   */
  | {
      type: 'visit.feedback';
      ticketId: string | null;
      windowId: string | null;
      rating: number;
      kind: FeedbackKind | null;
      text: string | null;
    }
  | {
      type: 'ticket.printResult';
      ticketId: string;
      status: PrintOutcome;
      deviceId: string;
      /** Printed, with the roll's near-end sensor on: the printer's state becomes `paper_near_end`. */
      paperNearEnd?: boolean;
      /** A second print an administrator asked for (set by the server, never taken from a client). */
      reprint?: boolean;
    }
  | {
      type: 'window.open';
      windowId: string;
      services?: ServiceWeight[] | null;
      /** The administrator opens a window on a staff member's behalf; the event keeps who did it. */
      staffId?: string | null;
      /** Why, when it is on someone else's behalf (a manual override: who and why are logged). */
      reason?: string | null;
    }
  | { type: 'window.pause'; windowId: string; reason: string }
  | { type: 'window.resume'; windowId: string }
  | { type: 'window.close'; windowId: string }
  | { type: 'window.setServices'; windowId: string; services: ServiceWeight[]; reason: string }
  | { type: 'staff.login'; staffId: string; mode: 'operator' | 'reserve'; windowId: string | null }
  | { type: 'staff.logout'; staffId: string }
  | { type: 'alarm.acknowledge'; key: string }
  | { type: 'manager.call'; windowId: string }
  /** The entrance's call button: a networked button (its device token) or one on the call-button line. */
  | { type: 'door.call'; doorId: string }
  | { type: 'door.accept'; key: string }
  | { type: 'overload.accept'; episodeId: string; windowId: string | null }
  | { type: 'appointment.book'; serviceId: string; slotAt: number }
  | { type: 'appointment.cancel'; appointmentId: string; reason: string }
  | {
      type: 'appointment.checkIn';
      code: string;
      language?: TicketLanguage | null;
      /**
       * 004 §8.6.5: a visitor 5 minutes or more late chooses; `queue` — the general queue now. Without
       * it a late check-in is refused (`appointment_late`) with the choices, never moved silently.
       */
      lateChoice?: 'queue' | null;
    }
  /** «Другое время»: a booked visit moved to another free slot of its topic (the code stays). */
  | { type: 'appointment.reschedule'; code: string; slotAt: number }
  | { type: 'device.printerStatus'; deviceId: string; status: PrinterStatus }
  | { type: 'config.replace'; config: OfficeConfig; reason: string }
  /**
   * Credentials live in the server's own file, never in events (a secret in the log could not be
   * revoked). The server stores the new secret, then records that it happened with these commands.
   */
  | { type: 'staff.resetPin'; staffId: string }
  | { type: 'device.register'; deviceId: string; role: DeviceRole; label: string }
  | { type: 'device.revoke'; deviceId: string }
  /** A kiosk's network printer set (or removed: `null`) by the manager; recorded by the server after it stores it. */
  | { type: 'device.setPrinter'; deviceId: string; printer: NetworkPrinter | null }
  /** «Закрыть день»: the administrator ends the working day after reception has closed. */
  | { type: 'day.end' }
  | { type: 'clock.tick' };

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
