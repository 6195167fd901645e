import type { OfficeEvent } from '@queue/engine';
import type { HistoryEntry } from '@queue/protocol';

/**
 * Who changed the office and when, from the log (issue: every change «recorded as an event with who made
 * it»): configuration replacements with their reasons, PIN resets, devices registered and revoked.
 */
export const HISTORY_TYPES: ReadonlySet<string> = new Set([
  'config.replaced',
  'staff.pinReset',
  'device.registered',
  'device.revoked',
  'device.printerSet',
]);

export const historyEntry = (event: OfficeEvent): HistoryEntry | null => {
  const actorId =
    event.actor.kind === 'staff'
      ? event.actor.staffId
      : event.actor.kind === 'device'
        ? event.actor.deviceId
        : null;
  const base = { seq: event.seq, at: event.at, actorId };
  switch (event.type) {
    case 'config.replaced':
      return { ...base, type: event.type, reason: event.reason, subject: null };
    case 'staff.pinReset':
      return { ...base, type: event.type, reason: null, subject: event.staffId };
    case 'device.registered':
      return { ...base, type: event.type, reason: null, subject: event.deviceId };
    case 'device.revoked':
    case 'device.printerSet':
      return { ...base, type: event.type, reason: null, subject: event.deviceId };
    default:
      return null;
  }
};
