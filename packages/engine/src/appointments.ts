import { type Decider, actorName, isBlank } from './decision.js';
import { issueEvents } from './issue.js';
import type { EventBody } from './events.js';
import type { Appointment, OfficeState } from './model.js';
import { MINUTE } from './norms.js';
import { addDays, hoursOn, localParts, minutesOf, zonedTimeToEpoch } from './office-time.js';
import { isRefusal, refuse, type Refusal } from './refusal.js';
import { ownValue } from './own-record.js';

/**
 * Pre-booking (004 §6.2.2, §8.6): a free slot for a topic, booked by the administrator or through the
 * API (contact centre, website); checked in at the kiosk by its code; 5 minutes or more late → the
 * general queue (004 §8.6.5).
 */

const bookedIn = (state: OfficeState, serviceId: string, slotAt: number): number =>
  Object.values(state.appointments).filter(
    (a) => a.serviceId === serviceId && a.slotAt === slotAt && a.state !== 'cancelled',
  ).length;

const isBookable = (state: OfficeState, serviceId: string): Refusal | null => {
  const service = state.config.services.find((s) => s.id === serviceId);
  if (!service?.enabled) return refuse('unknown_service', { serviceId });
  const allowed = state.config.appointments.serviceIds;
  if (allowed.length > 0 && !allowed.includes(serviceId)) return refuse('unknown_service', { serviceId });
  return null;
};

/** The slot grid of one office-local date for one topic, with the places left in each. */
export const slotsOn = (state: OfficeState, serviceId: string, date: string) => {
  const { hours, timeZone, appointments } = state.config;
  const day = hoursOn(date, hours);
  if (!day) return [];
  const slots: { at: number; free: number }[] = [];
  for (
    let m = minutesOf(day.open);
    m + appointments.slotMin <= minutesOf(day.close);
    m += appointments.slotMin
  ) {
    const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const at = zonedTimeToEpoch(date, time, timeZone);
    slots.push({ at, free: appointments.capacityPerSlot - bookedIn(state, serviceId, at) });
  }
  return slots;
};

export const freeSlots = (state: OfficeState, serviceId: string, date: string, now: number) =>
  isBookable(state, serviceId) ? [] : slotsOn(state, serviceId, date).filter((s) => s.free > 0 && s.at > now);

/** Six digits derived from the caller's nonce and the sequence, so that codes are not guessable in order. */
const appointmentCode = (nonce: string, seq: number): string => {
  let hash = 2166136261;
  for (const ch of `${nonce}:${seq}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return String(hash % 1_000_000).padStart(6, '0');
};

export const decideBook: Decider<'appointment.book'> = (state, command, { now, actor, nonce }) => {
  const invalid = isBookable(state, command.serviceId);
  if (invalid) return invalid;
  if (command.slotAt <= now) return refuse('slot_not_free', { slotAt: command.slotAt });
  const date = localParts(command.slotAt, state.config.timeZone).date;
  const slot = slotsOn(state, command.serviceId, date).find((s) => s.at === command.slotAt);
  if (!slot) return refuse('slot_outside_hours', { slotAt: command.slotAt });
  if (slot.free <= 0) return refuse('slot_not_free', { slotAt: command.slotAt });
  const seq = state.seq + 1;
  let code = appointmentCode(nonce, seq);
  const taken = new Set(Object.values(state.appointments).map((a) => a.code));
  for (let salt = 1; taken.has(code); salt++) code = appointmentCode(`${nonce}${salt}`, seq);
  return [
    {
      type: 'appointment.booked',
      appointment: {
        id: `P${seq}`,
        code,
        serviceId: command.serviceId,
        slotAt: command.slotAt,
        bookedAt: now,
        bookedBy: actorName(actor),
        state: 'booked',
        ticketId: null,
      },
    },
  ];
};

/** A booked visit moved to another free slot of its topic; the visitor keeps the code. */
export const decideReschedule: Decider<'appointment.reschedule'> = (state, command, { now }) => {
  const found = bookedByCode(state, command.code);
  if (isRefusal(found)) return found;
  const { appointment } = found;
  if (command.slotAt <= now) return refuse('slot_not_free', { slotAt: command.slotAt });
  const date = localParts(command.slotAt, state.config.timeZone).date;
  const slot = slotsOn(state, appointment.serviceId, date).find((s) => s.at === command.slotAt);
  if (!slot) return refuse('slot_outside_hours', { slotAt: command.slotAt });
  if (slot.free <= 0) return refuse('slot_not_free', { slotAt: command.slotAt });
  return [{ type: 'appointment.rescheduled', appointmentId: appointment.id, slotAt: command.slotAt }];
};

export const decideCancelAppointment: Decider<'appointment.cancel'> = (state, command) => {
  if (isBlank(command.reason)) return refuse('reason_required');
  const appointment = ownValue(state.appointments, command.appointmentId);
  if (!appointment) return refuse('unknown_appointment', { appointmentId: command.appointmentId });
  if (appointment.state !== 'booked') return refuse('appointment_not_booked', { state: appointment.state });
  return [{ type: 'appointment.cancelled', appointmentId: appointment.id, reason: command.reason.trim() }];
};

/** The booking a code names, still to come (wrapped: an appointment has a `code` of its own, as a refusal does). */
const bookedByCode = (state: OfficeState, code: string): { appointment: Appointment } | Refusal => {
  const appointment = Object.values(state.appointments).find((a) => a.code === code.trim());
  if (!appointment) return refuse('unknown_appointment', { code });
  if (appointment.state !== 'booked') return refuse('appointment_not_booked', { state: appointment.state });
  return { appointment };
};

/** The next free slots of a topic from `now`, looking up to two weeks ahead: the «другое время» offer. */
export const nextFreeSlots = (
  state: OfficeState,
  serviceId: string,
  now: number,
  count: number,
): number[] => {
  const found: number[] = [];
  const today = localParts(now, state.config.timeZone).date;
  for (let offset = 0; offset <= 14 && found.length < count; offset++) {
    for (const slot of freeSlots(state, serviceId, addDays(today, offset), now)) {
      if (found.length < count) found.push(slot.at);
    }
  }
  return found;
};

/** How many free slots a late visitor is offered at the kiosk. */
const OFFERED_SLOTS = 3;

export const decideCheckIn: Decider<'appointment.checkIn'> = (state, command, { now, nonce }) => {
  const found = bookedByCode(state, command.code);
  if (isRefusal(found)) return found;
  const { appointment } = found;
  if (now < appointment.slotAt - state.config.appointments.checkInEarlyMin * MINUTE) {
    return refuse('appointment_too_early', { slotAt: appointment.slotAt });
  }
  const onTime = now < appointment.slotAt + state.config.profile.appointmentLateMin * MINUTE;
  // 004 §8.6.5: late by 5 minutes or more — the visitor is offered the general queue or another time.
  if (!onTime && command.lateChoice !== 'queue') {
    return refuse('appointment_late', {
      slotAt: appointment.slotAt,
      lateMin: Math.floor((now - appointment.slotAt) / MINUTE),
      nextSlots: nextFreeSlots(state, appointment.serviceId, now, OFFERED_SLOTS).join(','),
    });
  }
  const issued = issueEvents(
    state,
    {
      serviceIds: [appointment.serviceId],
      clientType:
        state.config.services.find((s) => s.id === appointment.serviceId)?.clientTypes[0] ?? 'individual',
      priority: null,
      source: 'appointment',
      appointment: { appointmentId: appointment.id, slotAt: appointment.slotAt, onTime },
      // Late: a newcomer in the general queue, ordered from now.
      orderAt: onTime ? appointment.slotAt : now,
      language: command.language,
      phoneToken: nonce,
    },
    now,
  );
  if (!Array.isArray(issued)) return issued;
  const ticketEvent = issued[0] as Extract<EventBody, { type: 'ticket.issued' }>;
  return [
    ...issued,
    { type: 'appointment.checkedIn', appointmentId: appointment.id, ticketId: ticketEvent.ticket.id },
  ];
};
