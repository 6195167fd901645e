/**
 * The kiosk page's way to the local ticket printer (issue 3: «the Electron kiosk prints to its local
 * printer through the preload bridge»). A request arrives over IPC from a web page, so it is parsed
 * with zod; only the fields of a ticket survive the parse, so no personal data can reach the paper
 * even if a page sends more. The printer's paper and code page come from the shell's settings: they
 * describe the hardware on this computer, which the page cannot know.
 */
import {
  type PrinterConnection,
  type PrinterTransport,
  type PrintResult,
  printTicket,
  type TicketOptions,
  type TicketPrint,
  transportFor,
} from '@queue/kiosk-hardware';
import { z } from 'zod';
import type { PrinterSettings } from './settings.js';

const line = (max: number) => z.string().max(max);
const count = z.number().int().min(0).max(100_000);

export const ticketPrintSchema = z.object({
  officeName: line(200),
  number: z.string().trim().min(1).max(16),
  topic: line(300),
  issuedAtLocal: line(32),
  peopleAhead: count.optional(),
  expectedWaitMin: count.optional(),
  text: line(1000).optional(),
  qr: line(2000).optional(),
  language: z.enum(['ru', 'en']).optional(),
}) satisfies z.ZodType<TicketPrint>;

export const ticketOptionsSchema = z.object({
  paper: z.enum(['80mm', '58mm']),
  codePage: z.enum(['CP866', 'WPC1251']),
  fields: z.object({
    officeName: z.boolean(),
    dateTime: z.boolean(),
    peopleAhead: z.boolean(),
    expectedWait: z.boolean(),
    qr: z.boolean(),
  }),
  cut: z.enum(['partial', 'full']).optional(),
  codePageTable: z.number().int().min(0).max(255).optional(),
}) satisfies z.ZodType<TicketOptions>;

export const printRequestSchema = z.object({ print: ticketPrintSchema, options: ticketOptionsSchema });
export type PrintRequest = z.output<typeof printRequestSchema>;

export interface PrintBridgeOptions {
  printer: PrinterSettings;
  /** kiosk-hardware's transportFor unless a test says otherwise. */
  transport?: (connection: PrinterConnection) => PrinterTransport;
}

export interface PrintBridge {
  /** Never rejects: a fault is a result the kiosk shows and reports (HARDWARE.md §2). */
  print(request: unknown): Promise<PrintResult>;
  readonly description: string;
}

/** What is printed: the page's ticket and fields, this printer's roll and code page. */
export function effectiveOptions(requested: TicketOptions, printer: PrinterSettings): TicketOptions {
  const { codePageTable: _pageTable, ...rest } = requested;
  return {
    ...rest,
    paper: printer.paper,
    codePage: printer.codePage,
    ...(printer.codePageTable === undefined ? {} : { codePageTable: printer.codePageTable }),
  };
}

export function createPrintBridge(options: PrintBridgeOptions): PrintBridge {
  const transport = (options.transport ?? transportFor)(options.printer.connection);
  // One job at a time: most receipt printers take one connection at a time, and two tickets must not
  // interleave on the paper.
  let line: Promise<unknown> = Promise.resolve();

  return {
    description: transport.description,
    print(request: unknown): Promise<PrintResult> {
      const parsed = printRequestSchema.safeParse(request);
      if (!parsed.success) {
        return Promise.resolve({
          status: 'error',
          detail: `invalid print request: ${z.prettifyError(parsed.error)}`,
        });
      }
      const job = line.then(() =>
        printTicket(parsed.data.print, effectiveOptions(parsed.data.options, options.printer), transport),
      );
      line = job;
      return job;
    },
  };
}
