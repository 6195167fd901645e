import type {
  Alarm,
  Appointment,
  ClientType,
  Forecast,
  OfficeConfig,
  OverloadEpisode,
  PrinterStatus,
  ReceptionHours,
  StaffPresence,
  Ticket,
  TicketSettings,
  WindowKind,
  WindowState,
  WindowStatus,
} from '@queue/engine';

/**
 * What each kind of client holds as its replica. The public view goes to the hall display and the kiosk:
 * ticket numbers, windows, counts and topics only — never a category, a name or a phone (REGULATIONS §8).
 */

export interface PublicCall {
  /** Unique per announcement, so a recall is announced again. */
  id: string;
  number: string;
  windowId: string;
  windowLabel: string;
  windowKind: WindowKind;
  at: number;
  recall: number;
}

export interface PublicService {
  id: string;
  letter: string;
  title: string;
  titleEn: string;
  category: string | null;
  groupId: string;
  clientTypes: ClientType[];
}

export interface PublicView {
  kind: 'public';
  office: {
    id: string;
    name: string;
    timeZone: string;
    infoLine: string;
    hours: ReceptionHours;
    acceptingTickets: boolean;
    nextOpening: number | null;
  };
  services: PublicService[];
  windows: {
    id: string;
    label: string;
    kind: WindowKind;
    status: WindowStatus;
    ticketNumber: string | null;
  }[];
  calls: PublicCall[];
  waiting: { groupId: string; title: string; count: number }[];
  /** What every kiosk prints on a ticket besides the number and topic: the office's choice (`officeTicketSettings`). */
  ticket: TicketSettings;
}

export interface ShiftStats {
  served: number;
  serviceMs: number;
  pausedMs: number;
  pausedSince: number | null;
}

export interface StaffView {
  kind: 'staff';
  config: OfficeConfig;
  day: string | null;
  seq: number;
  acceptingTickets: boolean;
  nextOpening: number | null;
  /** Active tickets only (waiting, called, serving, postponed): finished visits are in the reports. */
  tickets: Ticket[];
  windows: WindowState[];
  staff: StaffPresence[];
  /** Newest first. */
  alarms: Alarm[];
  episodes: OverloadEpisode[];
  forecast: Forecast;
  appointments: Appointment[];
  printers: Record<string, PrinterStatus>;
  shift: Record<string, ShiftStats>;
  calls: PublicCall[];
}

export type View = PublicView | StaffView;
export type ViewKind = View['kind'];
