/**
 * The one call a kiosk makes to print. It never throws: a printer fault must end as a result the kiosk
 * can show and the server can raise an alarm from, never as a crash (DESIGN.md §5, kiosk).
 */
import { renderTicketEscPos } from './escpos-ticket.js';
import { errorDetail, type PrinterTransport, type PrintResult } from './print-result.js';
import type { TicketOptions, TicketPrint } from './ticket-layout.js';

export async function printTicket(
  print: TicketPrint,
  options: TicketOptions,
  transport: PrinterTransport,
): Promise<PrintResult> {
  let bytes: Buffer;
  try {
    bytes = renderTicketEscPos(print, options);
  } catch (error) {
    return { status: 'error', detail: `could not lay out the ticket: ${errorDetail(error)}` };
  }
  try {
    return await transport.send(bytes);
  } catch (error) {
    return { status: 'error', detail: `${transport.description}: ${errorDetail(error)}` };
  }
}
