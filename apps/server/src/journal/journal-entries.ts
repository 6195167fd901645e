import type {
  AlarmKind,
  DeviceRole,
  OfficeConfig,
  OfficeEvent,
  OfficeState,
  PrintOutcome,
  ServiceWeight,
} from '@queue/engine';
import type { JournalEntry } from '@queue/protocol';

/**
 * Which events of the log are manual actions of staff, and how each is told (DESIGN §8, 001 §7.2.4:
 * «every manual override is logged with who and why»). The rule:
 *
 * - Only events whose actor is a member of staff: the system's own (rollover, alarms, returns when a
 *   postponement runs out) and the devices' (kiosk tickets, print results) are nobody's decision.
 * - Ordinary operator work at one's own window is not listed, or the journal would drown in it: calling
 *   the next in turn, starting and finishing a visit, postponing at the visitor's request, opening,
 *   pausing, resuming and closing one's own window, signing oneself in or out, calling the manager.
 * - Listed, because someone stepped outside the normal flow or took a visitor out of it:
 *   a call out of order (it carries a reason), a repeated call, a no-show, a transfer, a cancellation,
 *   an early return from a postponement, a ticket issued out of turn (the category itself is never
 *   named), a change of a window's topics, any window action (open, pause, resume, close) or sign-in
 *   or sign-out taken for someone else, an acknowledged alarm, an accepted reserve call (and a window
 *   opened for it), a cancelled booking, a ticket printed again (and whether it printed), the day
 *   closed by the administrator («Закрыть день», with how many visitors it left unserved), and every
 *   change of the configuration, PINs and devices.
 */

/** The events the journal needs from the log: the listed ones and those that name what they refer to. */
export const JOURNAL_SOURCE_TYPES: ReadonlySet<string> = new Set([
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.noShow',
  'ticket.transferred',
  'ticket.returned',
  'ticket.cancelled',
  'ticket.printed',
  'window.opened',
  'window.paused',
  'window.resumed',
  'window.closed',
  'window.servicesChanged',
  'staff.loggedIn',
  'staff.loggedOut',
  'alarm.raised',
  'alarm.acknowledged',
  'overload.accepted',
  'overload.windowOpened',
  'appointment.cancelled',
  'config.replaced',
  'staff.pinReset',
  'device.registered',
  'device.revoked',
  'device.printerSet',
  'day.ended',
]);

export interface JournalContext {
  /** The configuration in force now: names of staff, windows and topics. */
  config: OfficeConfig;
  /** Device labels the server keeps (`office.json`), for devices registered on another day. */
  deviceLabels: Readonly<Record<string, string>>;
  /**
   * The state the day started from, when known (the live day's snapshot): who was at each window and
   * which tickets were carried over from the day before. An archived day starts from its own log only.
   */
  start: Pick<OfficeState, 'windows' | 'tickets'> | null;
}

type Text = { ru: string; en: string };

const ALARM_KINDS: Record<AlarmKind, Text> = {
  waitForecast: { ru: 'прогноз превышения ожидания', en: 'wait norm at risk' },
  waitBreach: { ru: 'превышено время ожидания', en: 'wait norm breached' },
  serviceOverNorm: { ru: 'долгий приём', en: 'long service' },
  idleWhileQueue: { ru: 'простой при очереди', en: 'idle while people wait' },
  visitCap: { ru: 'визит дольше предела', en: 'visit over the cap' },
  priorityArrived: { ru: 'посетитель вне очереди', en: 'out-of-turn visitor' },
  managerCall: { ru: 'вызов руководителя', en: 'manager called' },
  doorCall: { ru: 'у входа ждут помощи', en: 'help needed at the entrance' },
  printerFault: { ru: 'принтер талонов', en: 'ticket printer' },
  printerPaperLow: { ru: 'бумага в принтере заканчивается', en: 'printer paper running low' },
  overload: { ru: 'перегрузка', en: 'overload' },
};

const PRINT_FAULTS: Record<Exclude<PrintOutcome, 'printed'>, Text> = {
  paper_out: { ru: 'закончилась бумага', en: 'out of paper' },
  offline: { ru: 'принтер недоступен', en: 'the printer is unreachable' },
  timed_out: { ru: 'принтер не ответил', en: 'the printer did not answer' },
  error: { ru: 'ошибка принтера', en: 'printer error' },
};

const DEVICE_ROLES: Record<DeviceRole, Text> = {
  kiosk: { ru: 'киоск', en: 'kiosk' },
  board: { ru: 'табло', en: 'display' },
  integration: { ru: 'интеграция', en: 'integration' },
  door: { ru: 'кнопка у входа', en: 'entrance button' },
};

/** «Окно 2» reads as it is; «Касса 1» becomes «окно «Касса 1»», so that «открыто» agrees with it. */
const place = (label: string): Text =>
  /^окно/i.test(label) ? { ru: label, en: label } : { ru: `окно «${label}»`, en: `window «${label}»` };

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the journal knows while it reads a day in order. */
class DayReading {
  private readonly tickets = new Map<string, string>();
  private readonly operators = new Map<string, string | null>();
  private readonly alarms = new Map<string, { kind: AlarmKind; windowId: string | null }>();
  private readonly devices = new Map<string, string>();
  /** Episodes whose acceptance already named the window it opened. */
  readonly mergedEpisodes = new Set<string>();

  constructor(private readonly context: JournalContext) {
    for (const ticket of Object.values(context.start?.tickets ?? {}))
      this.tickets.set(ticket.id, ticket.number);
    for (const window of Object.values(context.start?.windows ?? {})) {
      this.operators.set(window.id, window.operatorId);
    }
  }

  staffName(staffId: string): string {
    return this.context.config.staff.find((s) => s.id === staffId)?.fullName ?? staffId;
  }

  ticket(ticketId: string): string {
    return this.tickets.get(ticketId) ?? ticketId;
  }

  window(windowId: string): Text {
    return place(this.context.config.windows.find((w) => w.id === windowId)?.label ?? windowId);
  }

  service(serviceId: string): Text {
    const service = this.context.config.services.find((s) => s.id === serviceId);
    return { ru: service?.title ?? serviceId, en: service?.titleEn || service?.title || serviceId };
  }

  services(weights: readonly ServiceWeight[]): Text {
    const shown = weights.filter((w) => w.weight > 0);
    return {
      ru: shown.map((w) => `${this.service(w.serviceId).ru} (вес ${w.weight})`).join(', '),
      en: shown.map((w) => `${this.service(w.serviceId).en} (weight ${w.weight})`).join(', '),
    };
  }

  device(deviceId: string): string {
    return this.devices.get(deviceId) ?? this.context.deviceLabels[deviceId] ?? deviceId;
  }

  alarm(key: string) {
    return this.alarms.get(key) ?? null;
  }

  /**
   * Who works at a window: the last opening seen today, else the state the day began with; an
   * unknown window falls back to the member of staff the configuration seats there.
   */
  operatorOf(windowId: string): string | null {
    if (this.operators.has(windowId)) return this.operators.get(windowId) ?? null;
    return this.context.config.staff.find((s) => s.windowId === windowId)?.id ?? null;
  }

  /** Remembers what later events refer to; called after the event is described. */
  learn(event: OfficeEvent): void {
    switch (event.type) {
      case 'ticket.issued':
        this.tickets.set(event.ticket.id, event.ticket.number);
        break;
      case 'window.opened':
        this.operators.set(event.windowId, event.staffId);
        break;
      case 'window.closed':
        this.operators.set(event.windowId, null);
        break;
      case 'alarm.raised':
        this.alarms.set(event.alarm.key, { kind: event.alarm.kind, windowId: event.alarm.windowId });
        break;
      case 'device.registered':
        this.devices.set(event.deviceId, event.label);
        break;
      default:
    }
  }
}

type StaffEvent = OfficeEvent & { actor: { kind: 'staff'; staffId: string } };

/** The description and reason of one event, or null when it is not a manual action (the rule above). */
const describe = (
  event: StaffEvent,
  day: DayReading,
  next: readonly OfficeEvent[],
): { text: Text; reason: string | null } | null => {
  const actorId = event.actor.staffId;
  const plain = (text: Text) => ({ text, reason: null });
  const forSomeoneElse = (windowId: string) => {
    const operator = day.operatorOf(windowId);
    return operator !== actorId;
  };
  const operatorNote = (windowId: string): Text => {
    const operator = day.operatorOf(windowId);
    if (operator === null || operator === actorId) return { ru: '', en: '' };
    const name = day.staffName(operator);
    return { ru: ` (сотрудник окна: ${name})`, en: ` (the window’s operator: ${name})` };
  };
  switch (event.type) {
    case 'ticket.issued':
      if (event.ticket.priority === null) return null;
      return plain({
        ru: `Талон ${event.ticket.number} выдан вне очереди`,
        en: `Ticket ${event.ticket.number} issued out of turn`,
      });
    case 'ticket.called': {
      if (event.manualReason === null) return null;
      const window = day.window(event.windowId);
      const n = day.ticket(event.ticketId);
      return {
        text: {
          ru: `Талон ${n} вызван вне порядка: ${window.ru}`,
          en: `Ticket ${n} called out of order to ${window.en}`,
        },
        reason: event.manualReason,
      };
    }
    case 'ticket.recalled': {
      const window = day.window(event.windowId);
      const n = day.ticket(event.ticketId);
      return plain({
        ru: `Талон ${n} вызван повторно (${event.recalls}-й раз): ${window.ru}`,
        en: `Ticket ${n} called again (time ${event.recalls}) to ${window.en}`,
      });
    }
    case 'ticket.noShow': {
      const n = day.ticket(event.ticketId);
      return plain(
        event.reason === 'recallLimit'
          ? {
              ru: `Талон ${n} снят: посетитель не подошёл после повторных вызовов`,
              en: `Ticket ${n} dropped: no show after repeated calls`,
            }
          : { ru: `Талон ${n} отмечен как неявка`, en: `Ticket ${n} marked as a no-show` },
      );
    }
    case 'ticket.transferred': {
      const n = day.ticket(event.ticketId);
      const to = [
        event.toServiceId ? day.service(event.toServiceId) : null,
        event.toWindowId ? day.window(event.toWindowId) : null,
      ].filter((t): t is Text => t !== null);
      return {
        text: {
          ru: `Талон ${n} переведён: ${to.map((t) => `«${t.ru}»`).join(', ')}`,
          en: `Ticket ${n} transferred to ${to.map((t) => `«${t.en}»`).join(', ')}`,
        },
        reason: event.reason,
      };
    }
    case 'ticket.returned': {
      const n = day.ticket(event.ticketId);
      return plain({
        ru: `Талон ${n} возвращён в очередь досрочно`,
        en: `Ticket ${n} returned to the queue early`,
      });
    }
    case 'ticket.cancelled': {
      const n = day.ticket(event.ticketId);
      return { text: { ru: `Талон ${n} отменён`, en: `Ticket ${n} cancelled` }, reason: event.reason };
    }
    case 'ticket.printed': {
      if (!event.reprint) return null;
      const n = day.ticket(event.ticketId);
      const kiosk = day.device(event.deviceId);
      if (event.status === 'printed') {
        return plain({
          ru: `Талон ${n} напечатан повторно: киоск «${kiosk}»`,
          en: `Ticket ${n} printed again at the kiosk «${kiosk}»`,
        });
      }
      const fault = PRINT_FAULTS[event.status];
      return plain({
        ru: `Повторная печать талона ${n} не удалась: киоск «${kiosk}», ${fault.ru}`,
        en: `Printing ticket ${n} again failed at the kiosk «${kiosk}»: ${fault.en}`,
      });
    }
    case 'window.opened': {
      if (event.staffId === null || event.staffId === actorId) return null;
      const window = day.window(event.windowId);
      const name = day.staffName(event.staffId);
      return {
        text: {
          ru: `${capitalised(window.ru)} открыто от имени сотрудника: ${name}`,
          en: `${capitalised(window.en)} opened on behalf of ${name}`,
        },
        // Logs written before the reason was asked for have none.
        reason: event.reason ?? null,
      };
    }
    case 'window.paused': {
      if (!forSomeoneElse(event.windowId)) return null;
      const window = day.window(event.windowId);
      const note = operatorNote(event.windowId);
      return {
        text: {
          ru: `${capitalised(window.ru)} поставлено на паузу${note.ru}`,
          en: `${capitalised(window.en)} paused${note.en}`,
        },
        reason: event.reason,
      };
    }
    case 'window.resumed': {
      if (!forSomeoneElse(event.windowId)) return null;
      const window = day.window(event.windowId);
      const note = operatorNote(event.windowId);
      return plain({
        ru: `${capitalised(window.ru)} снято с паузы${note.ru}`,
        en: `${capitalised(window.en)} resumed${note.en}`,
      });
    }
    case 'window.closed': {
      if (!forSomeoneElse(event.windowId)) return null;
      const window = day.window(event.windowId);
      const note = operatorNote(event.windowId);
      return plain({
        ru: `${capitalised(window.ru)} закрыто${note.ru}`,
        en: `${capitalised(window.en)} closed${note.en}`,
      });
    }
    case 'window.servicesChanged': {
      const window = day.window(event.windowId);
      const services = day.services(event.services);
      return {
        text: {
          ru: `Темы изменены, ${window.ru}: ${services.ru}`,
          en: `Topics changed, ${window.en}: ${services.en}`,
        },
        reason: event.reason,
      };
    }
    case 'staff.loggedIn': {
      if (event.staffId === actorId) return null;
      const name = day.staffName(event.staffId);
      const where: Text =
        event.mode === 'reserve'
          ? { ru: 'резерв', en: 'reserve' }
          : event.windowId
            ? day.window(event.windowId)
            : { ru: 'оператор', en: 'operator' };
      return plain({
        ru: `Вход за сотрудника: ${name}, ${where.ru}`,
        en: `Signed in on behalf of ${name}, ${where.en}`,
      });
    }
    case 'staff.loggedOut': {
      if (event.staffId === actorId) return null;
      const name = day.staffName(event.staffId);
      return plain({ ru: `Выход за сотрудника: ${name}`, en: `Signed out on behalf of ${name}` });
    }
    case 'alarm.acknowledged': {
      const alarm = day.alarm(event.key);
      const kind = alarm ? ALARM_KINDS[alarm.kind] : { ru: event.key, en: event.key };
      const window = alarm?.windowId ? day.window(alarm.windowId) : null;
      return plain({
        ru: `Оповещение принято: ${kind.ru}${window ? `, ${window.ru}` : ''}`,
        en: `Alarm acknowledged: ${kind.en}${window ? `, ${window.en}` : ''}`,
      });
    }
    case 'overload.accepted': {
      // The reserve member often opens a window in the same step: the events that follow say which.
      const opened = next.find(
        (e) => e.type === 'overload.windowOpened' && e.episodeId === event.episodeId && e.at === event.at,
      );
      if (opened?.type !== 'overload.windowOpened') {
        return plain({ ru: 'Вызов резерва принят', en: 'Reserve call accepted' });
      }
      day.mergedEpisodes.add(event.episodeId);
      const window = day.window(opened.windowId);
      return plain({
        ru: `Вызов резерва принят, открыто ${window.ru}`,
        en: `Reserve call accepted, ${window.en} opened`,
      });
    }
    case 'overload.windowOpened': {
      // Told with the acceptance above, or as the opening on someone's behalf: not twice.
      if (day.mergedEpisodes.has(event.episodeId) || day.operatorOf(event.windowId) !== actorId) return null;
      const window = day.window(event.windowId);
      return plain({
        ru: `${capitalised(window.ru)} открыто по вызову резерва`,
        en: `${capitalised(window.en)} opened for the reserve call`,
      });
    }
    case 'appointment.cancelled':
      return {
        text: { ru: 'Предварительная запись отменена', en: 'Appointment cancelled' },
        reason: event.reason,
      };
    case 'config.replaced':
      return {
        text: { ru: 'Настройки офиса изменены', en: 'Office settings changed' },
        reason: event.reason,
      };
    case 'staff.pinReset': {
      const name = day.staffName(event.staffId);
      return plain({ ru: `PIN-код сброшен: ${name}`, en: `PIN reset: ${name}` });
    }
    case 'device.registered': {
      const role = DEVICE_ROLES[event.role];
      return plain({
        ru: `Устройство зарегистрировано: «${event.label}» (${role.ru})`,
        en: `Device registered: «${event.label}» (${role.en})`,
      });
    }
    case 'device.revoked': {
      const label = day.device(event.deviceId);
      return plain({ ru: `Устройство отключено: «${label}»`, en: `Device revoked: «${label}»` });
    }
    case 'device.printerSet': {
      const label = day.device(event.deviceId);
      const p = event.printer;
      if (p === null) {
        return plain({
          ru: `Сетевой принтер киоска «${label}» убран`,
          en: `Network printer of kiosk «${label}» removed`,
        });
      }
      const paper = p.paper === '80mm' ? '80' : '58';
      return plain({
        ru: `Сетевой принтер киоска «${label}»: ${p.host}:${p.port}, ${paper} мм, ${p.codePage}${p.queryStatus ? '' : ', без запроса состояния'}`,
        en: `Network printer of kiosk «${label}»: ${p.host}:${p.port}, ${paper} mm, ${p.codePage}${p.queryStatus ? '' : ', no status query'}`,
      });
    }
    case 'day.ended':
      return plain({
        ru: `День закрыт: не обслужено посетителей — ${event.unserved}`,
        en: `Day closed: visitors not served — ${event.unserved}`,
      });
    default:
      return null;
  }
};

export const JOURNAL_LIMIT = 500;

/**
 * The manual actions among a day's events (in log order), newest first, at most `limit`; `truncated`
 * says the day held more.
 */
export const journalEntries = (
  events: readonly OfficeEvent[],
  context: JournalContext,
  limit = JOURNAL_LIMIT,
): { entries: JournalEntry[]; truncated: boolean } => {
  const day = new DayReading(context);
  const entries: JournalEntry[] = [];
  events.forEach((event, index) => {
    if (event.actor.kind === 'staff') {
      const staffEvent = event as StaffEvent;
      const described = describe(staffEvent, day, events.slice(index + 1, index + 4));
      if (described) {
        entries.push({
          seq: event.seq,
          at: event.at,
          type: event.type,
          staffId: staffEvent.actor.staffId,
          staffName: day.staffName(staffEvent.actor.staffId),
          text: described.text,
          reason: described.reason,
        });
      }
    }
    day.learn(event);
  });
  entries.reverse();
  return { entries: entries.slice(0, limit), truncated: entries.length > limit };
};
