/**
 * The office model the engine reasons about. Configuration (what the office is) and live state (what
 * is happening today) are plain data so that the server can store them and every client can render them.
 */

export type ClientType = 'individual' | 'organisation';
/** 004 §6.7: people with disabilities are served out of turn. A configuration point, not a hard-coded list. */
export type PriorityCategory = 'disability';
export type TicketSource = 'kiosk' | 'administrator' | 'appointment';
/** The kiosk's language when the ticket was taken: what its paper is printed in. */
export type TicketLanguage = 'ru' | 'en';
export type Role = 'operator' | 'reserve' | 'administrator' | 'manager';
export type FinishResult = 'resolved' | 'appealRegistered' | 'redirected';
export type WindowKind = 'window' | 'cashier' | 'office';
export type PresetId =
  | 'default'
  | 'gazprom-bryansk'
  | 'gazprom-tyumen'
  | 'vostok'
  | 'rusenergosbyt'
  | 'belgorod';

export interface ServiceGroup {
  id: string;
  title: string;
  waitNormMin: number;
  serviceNormMin: number;
}

/** A topic a visitor comes for. `category` groups topics into the kiosk's second level of tiles. */
export interface Service {
  id: string;
  letter: string;
  title: string;
  titleEn: string;
  groupId: string;
  category: string | null;
  clientTypes: ClientType[];
  /** Overrides the group's norm where the standard sets one per topic (004 §6.2.5, 003 §8.4). */
  waitNormMin: number | null;
  serviceNormMin: number | null;
  enabled: boolean;
}

export interface ServiceWeight {
  serviceId: string;
  /** Higher weight = main service of the window; lower = side service taken when it is about to breach. */
  weight: number;
}

export interface WindowConfig {
  id: string;
  label: string;
  kind: WindowKind;
  services: ServiceWeight[];
  ledAddress: number | null;
  /**
   * Topics this window's staff can also take when the board advises pooling (pooling.ts): their skills
   * beyond the window's own topics. Absent: every topic of the service groups the window already serves.
   */
  alsoServes?: string[];
}

export interface StaffMember {
  id: string;
  fullName: string;
  position: string;
  login: string;
  roles: Role[];
  windowId: string | null;
}

export interface DayHours {
  open: string;
  close: string;
}

export interface ReceptionHours {
  /** Index 0 is Sunday, as in Date#getDay. `null` = closed that weekday. */
  byWeekday: (DayHours | null)[];
  /** Office-local dates (YYYY-MM-DD) when the office is closed. */
  holidays: string[];
  /**
   * The working day ends this many minutes after reception closes (the kiosk stops at closing, the
   * windows serve everyone issued before it: 000, 002). Whoever is still waiting, postponed or called
   * then is closed as not served. Absent or `null`: at the next rollover (office-local midnight) at the
   * latest, which always closes the day.
   */
  workEndsAfterCloseMin?: number | null;
}

export interface OverloadRule {
  /** "More than `threshold` people" raises the alarm (REGULATIONS §2: more than 5 means 6 or more). */
  threshold: number;
  /**
   * window: people expected to be served by one window (forecast); hall: waiting ÷ open windows of
   * the same service group, exactly (002 п.55: «более 5 человек … к одному специалисту»).
   */
  mode: 'window' | 'hall';
  peakOnly: boolean;
}

export interface DayRange {
  from: number;
  to: number;
}

export interface NormProfile {
  id: PresetId;
  title: string;
  waitNormMin: number;
  serviceNormMin: number;
  /** How long before the wait norm the early warning rises, and how close a side ticket must be to jump. */
  earlyWarningMin: number;
  recallLimit: number;
  /**
   * Seconds after the call before the visitor may be marked as not come (no-show.ts); absent in
   * configurations made before the setting existed, which get the default.
   */
  noShowAfterSec?: number;
  /** 002 Таблица 5: the whole visit no more than 30 minutes. */
  visitCapMin: number | null;
  overload: OverloadRule;
  /** Meter-reading days of the month (000 п.70, 002 п.55). */
  peakDays: DayRange[];
  idleAlarmMin: number;
  /** 004 §8.6.5: five minutes or more late goes to the general queue. */
  appointmentLateMin: number;
  /** A transferred visitor keeps the original issue time for their place in the next queue. */
  keepOrderOnTransfer: boolean;
}

export interface AppointmentSettings {
  slotMin: number;
  capacityPerSlot: number;
  serviceIds: string[];
  checkInEarlyMin: number;
}

/** What the printed ticket shows besides its number and topic (issue: the ticket kiosk). */
export interface TicketFields {
  officeName: boolean;
  dateTime: boolean;
  peopleAhead: boolean;
  expectedWait: boolean;
  qr: boolean;
}

export interface TicketSettings {
  fields: TicketFields;
  /** A short polite line under the number; `null` = the product's default text. */
  text: string | null;
}

/**
 * The page the QR code on a ticket opens on the visitor's phone. `url` is the address a phone on the
 * office's guest network (or, later, the head office's service) reaches the office server at; `null`
 * leaves it to whoever prints (the kiosk's own address). The visitor may step out `stepOutTimes` times
 * per ticket, each time for at most `stepOutMaxMin` minutes, keeping their place.
 */
export interface PhonePageSettings {
  /** Whether tickets get a phone page at all (the manager's switch); absent: on. */
  enabled?: boolean;
  url: string | null;
  stepOutMaxMin: number;
  stepOutTimes: number;
}

export interface OfficeConfig {
  id: string;
  name: string;
  timeZone: string;
  hours: ReceptionHours;
  profile: NormProfile;
  groups: ServiceGroup[];
  services: Service[];
  windows: WindowConfig[];
  staff: StaffMember[];
  appointments: AppointmentSettings;
  infoLine: string;
  /** The information line for visitors who switch to English; absent or empty: the Russian one is shown. */
  infoLineEn?: string;
  /** Absent in configurations made before the setting existed: every field shown, default text. */
  ticket?: TicketSettings;
  /** The visitor's page on the phone (issue 18); absent: no address set, the product's default rules. */
  phonePage?: PhonePageSettings;
  /** The head office's template this configuration last adopted (docs/SCALING.md); absent if none. */
  template?: { id: number; title: string };
}

export type TicketState = 'waiting' | 'called' | 'serving' | 'postponed' | 'done' | 'noShow' | 'cancelled';

export interface TicketAppointment {
  appointmentId: string;
  slotAt: number;
  /** Checked in less than the late limit after the slot: called at the slot, ahead of the general queue. */
  onTime: boolean;
}

export interface Ticket {
  id: string;
  number: string;
  day: string;
  /** 001 §4.2: one visit may need several topics, served in turn. */
  serviceIds: string[];
  serviceIndex: number;
  clientType: ClientType;
  priority: PriorityCategory | null;
  source: TicketSource;
  issuedAt: number;
  /** The time that orders this ticket among others; kept on transfer and postpone. */
  orderAt: number;
  /** Start of the current wait (issue, transfer, return), for the visitor's wait timer. */
  waitingSince: number;
  /** Sequence number of the issuing event: the final tie-break, so ties go to the earlier ticket. */
  issueSeq: number;
  state: TicketState;
  windowId: string | null;
  staffId: string | null;
  /** Transferred to a named window: only that window may call it. */
  reservedWindowId: string | null;
  calledAt: number | null;
  recalls: number;
  startedAt: number | null;
  finishedAt: number | null;
  postponedUntil: number | null;
  appointment: TicketAppointment | null;
  result: FinishResult | null;
  /** Set only for a visitor who chose English at the kiosk; absent means Russian. */
  language?: TicketLanguage;
  /**
   * The unguessable key of the visitor's page on the phone (128 random bits from the server): the QR
   * code on the ticket carries it, never the ticket's id. Absent on tickets issued before it existed.
   */
  phoneToken?: string;
  /** How many times the visitor stepped out from their phone (issue 18); absent = none. */
  stepOuts?: number;
}

/** The visitor's kinds of feedback (001 §10.4): благодарность, жалоба, предложение, отзыв. */
export type FeedbackKind = 'thanks' | 'complaint' | 'suggestion' | 'review';
export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['thanks', 'complaint', 'suggestion', 'review'];
/** Where the feedback was given: the visitor's phone page, or the screen by the window. */
export type FeedbackChannel = 'phone' | 'window';

/**
 * A visit that ended served a short while ago (issue 18): the visitor may rate it once. Kept only for
 * `FEEDBACK_OPEN_MS` after the visit, so the live state stays as small as the last hours' visits.
 */
export interface FeedbackOpening {
  windowId: string;
  serviceId: string;
  finishedAt: number;
  given: boolean;
}

export type WindowStatus = 'closed' | 'open' | 'paused';

export interface WindowState {
  id: string;
  status: WindowStatus;
  operatorId: string | null;
  services: ServiceWeight[];
  ticketId: string | null;
  pauseReason: string | null;
  since: number;
  /** When the window took its present topics (opened, or changed them); absent in older states. */
  servicesSince?: number;
}

export interface StaffPresence {
  staffId: string;
  mode: 'operator' | 'reserve';
  windowId: string | null;
  since: number;
}

export type AlarmKind =
  | 'waitForecast'
  | 'waitBreach'
  | 'serviceOverNorm'
  | 'idleWhileQueue'
  | 'visitCap'
  | 'priorityArrived'
  | 'managerCall'
  /** Someone at the entrance pressed the door's call button (004 §6.7.5). */
  | 'doorCall'
  | 'printerFault'
  | 'printerPaperLow'
  | 'overload';

export interface Alarm {
  key: string;
  kind: AlarmKind;
  raisedAt: number;
  windowId: string | null;
  serviceId: string | null;
  ticketId: string | null;
  deviceId: string | null;
  count: number | null;
  acknowledgedBy: string | null;
  acknowledgedAt: number | null;
}

/**
 * Why extra staff was called: `count` — more people per window than the threshold (REGULATIONS §2,
 * 002 п.55); `forecast` — the forecast says a visitor will wait past the norm (`overload:forecast`).
 */
export type OverloadReason = 'count' | 'forecast';

export interface OverloadEpisode {
  id: string;
  alarmKey: string;
  /** Absent in episodes recorded before the field existed: read it from the key (`overloadReasonOf`). */
  reason?: OverloadReason;
  /** `null` = the whole hall (mode hall). */
  windowId: string | null;
  count: number;
  startedAt: number;
  notified: string[];
  acceptedBy: string | null;
  acceptedAt: number | null;
  openedWindowId: string | null;
  openedAt: number | null;
  endedAt: number | null;
}

export interface Appointment {
  id: string;
  code: string;
  serviceId: string;
  slotAt: number;
  bookedAt: number;
  bookedBy: string;
  state: 'booked' | 'checkedIn' | 'cancelled';
  ticketId: string | null;
}

/**
 * A kiosk printer's state after its last print or report. `paper_near_end`: it printed, and the roll's
 * near-end sensor says the paper is running out — a warning before `paper_out`.
 */
export type PrinterStatus = 'printed' | 'paper_near_end' | 'paper_out' | 'offline' | 'timed_out' | 'error';
/** How one print went: a failure, or printed. */
export type PrintOutcome = Exclude<PrinterStatus, 'paper_near_end'>;

export interface OfficeState {
  config: OfficeConfig;
  /** Sequence number of the last applied event. */
  seq: number;
  /** Office-local date of the open day, `null` before the first day opens. */
  day: string | null;
  /**
   * When the open day's working day ended (`day.ended`: by its schedule or by the administrator's
   * «Закрыть день»), `null` while it goes on. Absent in states stored before the field existed.
   */
  dayEndedAt?: number | null;
  counters: Record<string, number>;
  tickets: Record<string, Ticket>;
  windows: Record<string, WindowState>;
  staff: Record<string, StaffPresence>;
  alarms: Record<string, Alarm>;
  episodes: Record<string, OverloadEpisode>;
  appointments: Record<string, Appointment>;
  /** Recent service durations (ms) per service: the forecast's expectation. */
  serviceTimes: Record<string, number[]>;
  /**
   * Recent walks from the call to the window (ms, call → start): every visitor ahead adds one to the
   * wait the forecast promises. Absent in states stored before it was kept: no walk learnt yet.
   */
  walkTimes?: number[];
  printers: Record<string, PrinterStatus>;
  /** Visits that may still be rated, by ticket id; absent in states stored before feedback existed. */
  feedbackOpen?: Record<string, FeedbackOpening>;
}

export type Actor =
  | { kind: 'staff'; staffId: string; roles: Role[] }
  | { kind: 'device'; deviceId: string; role: DeviceRole }
  /** The visitor, from the page of their own ticket on their phone (issue 18). */
  | { kind: 'visitor' }
  | { kind: 'system' };

/** Registered devices: the ticket kiosk, the hall display, an integration (contact centre, website), the entrance's call button. */
export type DeviceRole = 'kiosk' | 'board' | 'integration' | 'door';

/**
 * A kiosk's network receipt printer, which the office server prints to (DESIGN §6), as the manager set
 * it: where it listens, its roll and code page, and whether it answers the ESC/POS status query (DLE
 * EOT 4); one that does not is printed to without asking about its paper.
 */
export interface NetworkPrinter {
  host: string;
  port: number;
  paper: '80mm' | '58mm';
  codePage: 'CP866' | 'WPC1251';
  queryStatus: boolean;
}
