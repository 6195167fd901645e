import type {
  Alarm,
  Appointment,
  ClientType,
  Forecast,
  OfficeConfig,
  OverloadEpisode,
  PoolingAdvice,
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

/**
 * How a call ended, as the hall may read it (the number and the window only, REGULATIONS §8):
 * `served` — the visit is over; `waiting` — the visitor waits to be called again (transferred, stepped
 * away, or on to the next topic of the visit); `noShow` — nobody came; `unserved` — the day ended.
 */
export type CallEnd = 'served' | 'waiting' | 'noShow' | 'unserved';

export interface PublicCall {
  /** Unique per announcement, so a recall is announced again. */
  id: string;
  number: string;
  windowId: string;
  windowLabel: string;
  windowKind: WindowKind;
  at: number;
  recall: number;
  /** `null` while the call stands: the visitor is called to the window, or is being served there. */
  ended: CallEnd | null;
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
    /** The same in English, or '' when the office gave none. */
    infoLineEn: string;
    hours: ReceptionHours;
    acceptingTickets: boolean;
    nextOpening: number | null;
    /** The address of the visitor's phone page the office set (issue 18); null: the kiosk's own. */
    ticketPageUrl: string | null;
  };
  services: PublicService[];
  windows: {
    id: string;
    label: string;
    kind: WindowKind;
    status: WindowStatus;
    ticketNumber: string | null;
    /**
     * When the visit that may be rated at this window's feedback screen ended (issue 18); the screen
     * offers the rating for FEEDBACK_AT_WINDOW_MS after it. Null when there is none or it was rated.
     */
    feedbackSince: number | null;
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

/** Which of the office's files a storage failure is about: the first two hold the record itself. */
export type StoredFileKind = 'events' | 'office' | 'checkpoint' | 'audit';

/** A file the server could not write, and why (the system's code: ENOSPC, EACCES, EROFS, EIO…). */
export interface StorageFailure {
  /** Relative to the data folder, e.g. `events/live.jsonl`. */
  file: string;
  kind: StoredFileKind;
  code: string;
  since: number;
}

/**
 * The administrator's storage alarm (issue 13). While `failing` holds an `events` or `office` file,
 * commands that must store are refused (`storage_failed`); reads, views and the hall display go on. An
 * entry goes by itself when the file can be written again (the next write, or the server's probe on
 * its clock tick).
 */
export interface StorageStatus {
  failing: StorageFailure[];
  /** Writes that failed since the server started, secondary ones (audit log, checkpoint) included. */
  failedWrites: number;
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
  /** The board's advice on pooling topics across windows (engine `poolingAdvice`). */
  pooling: PoolingAdvice[];
  appointments: Appointment[];
  printers: Record<string, PrinterStatus>;
  shift: Record<string, ShiftStats>;
  calls: PublicCall[];
  storage: StorageStatus;
  /** The office's replication to the head office; `null` when the office sends nothing (the default). */
  replication: ReplicationStatus | null;
}

export type View = PublicView | StaffView;
export type ViewKind = View['kind'];

/**
 * The office's replication to the head office (docs/SCALING.md), on the administrator's board and in
 * `/health`. `replicatedSeq` is the last event the centre holds, `backlog` how many of the office's
 * events it still lacks (the log itself is the queue: an outage only makes it longer).
 */
export interface ReplicationStatus {
  officeId: string;
  /** `sending`: a backlog is going out; `upToDate`: the centre holds every event; `offline`: no link, retrying;
   * `diverged`: the centre holds other events under this office's numbers (a replaced data folder) — a person must look;
   * `refused`: the centre does not let this office's login write under this office id (its login is mapped
   * to another office, or to none) — a person must look. */
  state: 'connecting' | 'sending' | 'upToDate' | 'offline' | 'diverged' | 'refused';
  replicatedSeq: number | null;
  backlog: number | null;
  /** Last answer from the centre, and since when it has been out of reach (office clock, ms). */
  lastContactAt: number | null;
  offlineSince: number | null;
  /** For the technician (the driver's message); the board shows the state in words of its own. */
  detail: string | null;
}
