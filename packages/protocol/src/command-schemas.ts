import type { Command } from '@queue/engine';
import { z } from 'zod';
import { officeConfigSchema, serviceWeightSchema } from './config-schema.js';
import { networkPrinterSchema } from './network-printer.js';

/**
 * Every command as it arrives from a client. The server parses with these before anything else: a
 * payload that does not match is refused with `invalid_payload` and changes nothing.
 */

const id = z.string().trim().min(1).max(64);
const reason = z.string().max(500);
export const feedbackKind = z.enum(['thanks', 'complaint', 'suggestion', 'review']);
export const feedbackRating = z.number().int().min(1).max(5);
export const feedbackText = z.string().max(5000);
const printOutcome = z.enum(['printed', 'paper_out', 'offline', 'timed_out', 'error']);
const printerStatus = z.enum(['printed', 'paper_near_end', 'paper_out', 'offline', 'timed_out', 'error']);

export const commandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ticket.issue'),
    serviceIds: z.array(id).min(1).max(5),
    clientType: z.enum(['individual', 'organisation']),
    priority: z.enum(['disability']).nullable(),
    source: z.enum(['kiosk', 'administrator', 'appointment']),
    deviceId: id.nullish(),
    language: z.enum(['ru', 'en']).nullish(),
  }),
  z.object({ type: z.literal('ticket.callNext'), windowId: id }),
  z.object({ type: z.literal('ticket.call'), windowId: id, ticketId: id, reason }),
  z.object({ type: z.literal('ticket.recall'), windowId: id }),
  z.object({ type: z.literal('ticket.start'), windowId: id }),
  z.object({
    type: z.literal('ticket.finish'),
    windowId: id,
    result: z.enum(['resolved', 'appealRegistered', 'redirected']),
  }),
  z.object({ type: z.literal('ticket.noShow'), windowId: id }),
  z.object({
    type: z.literal('ticket.transfer'),
    windowId: id,
    toServiceId: id.nullable(),
    toWindowId: id.nullable(),
    reason,
  }),
  z.object({ type: z.literal('ticket.postpone'), windowId: id, minutes: z.number().int().min(1).max(240) }),
  z.object({ type: z.literal('ticket.return'), ticketId: id }),
  z.object({ type: z.literal('ticket.cancel'), ticketId: id, reason }),
  z.object({ type: z.literal('ticket.stepOut'), ticketId: id, minutes: z.number().int().min(1).max(240) }),
  z.object({ type: z.literal('ticket.stepIn'), ticketId: id }),
  z.object({
    type: z.literal('visit.feedback'),
    ticketId: id.nullable(),
    windowId: id.nullable(),
    rating: feedbackRating,
    kind: feedbackKind.nullable(),
    // Longer than the engine's limit, so a long text is refused politely with the limit, not as a bad payload.
    text: feedbackText.nullable(),
  }),
  z.object({
    type: z.literal('ticket.printResult'),
    ticketId: id,
    status: printOutcome,
    deviceId: id,
    paperNearEnd: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('window.open'),
    windowId: id,
    services: z.array(serviceWeightSchema).nullish(),
    staffId: id.nullish(),
    reason: reason.nullish(),
  }),
  z.object({ type: z.literal('window.pause'), windowId: id, reason }),
  z.object({ type: z.literal('window.resume'), windowId: id }),
  z.object({ type: z.literal('window.close'), windowId: id }),
  z.object({
    type: z.literal('window.setServices'),
    windowId: id,
    services: z.array(serviceWeightSchema).min(1),
    reason,
  }),
  z.object({
    type: z.literal('staff.login'),
    staffId: id,
    mode: z.enum(['operator', 'reserve']),
    windowId: id.nullable(),
  }),
  z.object({ type: z.literal('staff.logout'), staffId: id }),
  z.object({ type: z.literal('alarm.acknowledge'), key: z.string().min(1).max(200) }),
  z.object({ type: z.literal('manager.call'), windowId: id }),
  z.object({ type: z.literal('door.call'), doorId: id }),
  z.object({ type: z.literal('door.accept'), key: z.string().min(1).max(200) }),
  z.object({ type: z.literal('overload.accept'), episodeId: id, windowId: id.nullable() }),
  z.object({ type: z.literal('appointment.book'), serviceId: id, slotAt: z.number().int().positive() }),
  z.object({ type: z.literal('appointment.cancel'), appointmentId: id, reason }),
  z.object({
    type: z.literal('appointment.checkIn'),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/),
    language: z.enum(['ru', 'en']).nullish(),
    lateChoice: z.enum(['queue']).nullish(),
  }),
  z.object({
    type: z.literal('appointment.reschedule'),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/),
    slotAt: z.number().int().positive(),
  }),
  z.object({ type: z.literal('device.printerStatus'), deviceId: id, status: printerStatus }),
  z.object({ type: z.literal('config.replace'), config: officeConfigSchema, reason }),
  // Recorded by the server after it stores a credential; no client sends these (see roles.ts).
  z.object({ type: z.literal('staff.resetPin'), staffId: id }),
  z.object({
    type: z.literal('device.register'),
    deviceId: id,
    role: z.enum(['kiosk', 'board', 'integration', 'door']),
    label: z.string().trim().min(1).max(100),
  }),
  z.object({ type: z.literal('device.revoke'), deviceId: id }),
  z.object({
    type: z.literal('device.setPrinter'),
    deviceId: id,
    printer: networkPrinterSchema.nullable(),
  }),
  z.object({ type: z.literal('day.end') }),
  z.object({ type: z.literal('clock.tick') }),
]);

export type CommandInput = z.infer<typeof commandSchema>;

// The schemas and the engine's types must describe the same commands: a change to one that is not made
// to the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchEngine: Same<CommandInput['type'], Command['type']> = true;
export const parsedCommandIsEngineCommand = (input: CommandInput): Command => input;
void schemasMatchEngine;
