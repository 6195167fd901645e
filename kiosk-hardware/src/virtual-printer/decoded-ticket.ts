/** A ticket as the virtual printer understood it from the ESC/POS stream. */
import type { Align } from '../ticket-layout.js';

export interface DecodedLine {
  text: string;
  /** Character magnification, 1 = normal (the larger of the GS ! width and height). */
  size: number;
  align: Align;
  bold: boolean;
}

export interface DecodedTicket {
  lines: DecodedLine[];
  /** Payload of the QR code printed on the ticket, if any. */
  qr?: string;
  /** False when the connection ended without a cut: a ticket that would hang out of the printer. */
  cut: boolean;
  receivedAt: number;
}
