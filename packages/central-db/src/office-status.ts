import { type AlarmKind, type OfficeState, isWithinReceptionHours, waitNormMin } from '@queue/engine';
import { z } from 'zod';

/**
 * What the head office's overview shows of one office, summed up by the office from its own live state
 * each time it reports (with every batch of events, and as a heartbeat when nothing happens, because a
 * wait grows without any event). The events themselves are the record; this is the hall at a glance.
 */
export const officeStatusSchema = z.object({
  /** The office's clock when it summed this up. */
  at: z.number(),
  name: z.string(),
  timeZone: z.string(),
  presetId: z.string(),
  presetTitle: z.string(),
  day: z.string().nullable(),
  /** Within reception hours now. */
  open: z.boolean(),
  waiting: z.number().int(),
  windowsOpen: z.number().int(),
  windows: z.number().int(),
  /** The longest wait of anyone waiting now, and the wait norm of their topic. */
  longestWait: z.object({ ms: z.number(), normMin: z.number(), ticket: z.string() }).nullable(),
  /** Alarms up now, and of those the ones nobody has acknowledged yet, by kind. */
  alarms: z.number().int(),
  unacknowledged: z.record(z.string(), z.number().int()),
  /** Extra-staff calls (002 п.55) going on now, and of those the ones nobody has answered. */
  extraStaff: z.object({ active: z.number().int(), unanswered: z.number().int() }),
  /** The office's own last event. */
  seq: z.number().int(),
  /** The head office's template the office's configuration last adopted, if any. */
  templateId: z.number().int().nullable().default(null),
});

export type OfficeStatus = z.infer<typeof officeStatusSchema>;

const WAITING = new Set(['waiting']);

export const officeStatus = (state: OfficeState, now: number): OfficeStatus => {
  const { config } = state;
  let waiting = 0;
  let longestWait: OfficeStatus['longestWait'] = null;
  for (const ticket of Object.values(state.tickets)) {
    if (!WAITING.has(ticket.state)) continue;
    waiting++;
    const ms = Math.max(0, now - ticket.waitingSince);
    if (!longestWait || ms > longestWait.ms) {
      const serviceId = ticket.serviceIds[ticket.serviceIndex] ?? ticket.serviceIds[0] ?? '';
      longestWait = { ms, normMin: waitNormMin(config, serviceId), ticket: ticket.number };
    }
  }
  const unacknowledged: Partial<Record<AlarmKind, number>> = {};
  const alarms = Object.values(state.alarms);
  for (const alarm of alarms) {
    if (alarm.acknowledgedAt === null) unacknowledged[alarm.kind] = (unacknowledged[alarm.kind] ?? 0) + 1;
  }
  const episodes = Object.values(state.episodes).filter((e) => e.endedAt === null);
  return {
    at: now,
    name: config.name,
    timeZone: config.timeZone,
    presetId: config.profile.id,
    presetTitle: config.profile.title,
    day: state.day,
    open: isWithinReceptionHours(now, config.hours, config.timeZone),
    waiting,
    windowsOpen: Object.values(state.windows).filter((w) => w.status !== 'closed').length,
    windows: config.windows.length,
    longestWait,
    alarms: alarms.length,
    unacknowledged,
    extraStaff: { active: episodes.length, unanswered: episodes.filter((e) => e.acceptedBy === null).length },
    seq: state.seq,
    templateId: config.template?.id ?? null,
  };
};
