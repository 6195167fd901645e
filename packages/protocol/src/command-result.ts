import { z } from 'zod';
import { errorAnswerSchema } from './errors.js';

/** The ticket a `ticket.issue` created, with the forecast made at that moment (for the kiosk and print). */
export const issuedTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  serviceIds: z.array(z.string()),
  issuedAt: z.number(),
  ahead: z.number().int(),
  expectedAt: z.number().nullable(),
  expectedWaitMin: z.number().nullable(),
  /** The key of the visitor's phone page, for the QR code a kiosk prints itself (issue 18). */
  phoneToken: z.string().optional(),
});

export type IssuedTicket = z.infer<typeof issuedTicketSchema>;

export const commandResultSchema = z.object({
  /** Sequence number of the last stored event; the change is durable at this point. */
  seq: z.number().int(),
  events: z.array(z.object({ seq: z.number().int(), type: z.string() })),
  ticket: issuedTicketSchema.optional(),
  appointment: z.object({ id: z.string(), code: z.string(), slotAt: z.number() }).optional(),
});

export type CommandResult = z.infer<typeof commandResultSchema>;

/** A stored command: the answer over Socket.IO (the ack) and over HTTP (200). */
export const commandDoneSchema = z.object({ ok: z.literal(true), result: commandResultSchema });

export const commandResponseSchema = z.discriminatedUnion('ok', [commandDoneSchema, errorAnswerSchema]);

export type CommandResponse = z.infer<typeof commandResponseSchema>;
