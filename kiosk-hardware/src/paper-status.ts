/**
 * `DLE EOT 4`, "transmit roll paper sensor status", a real-time ESC/POS command: the printer answers at
 * once with one byte, even while busy, so we can ask before sending a ticket.
 */

export const PAPER_SENSOR_QUERY = Uint8Array.of(0x10, 0x04, 0x04);

/** Bits of the answer byte (Epson ESC/POS reference, DLE EOT n = 4). */
export const PAPER_STATUS_FIXED = 0x12; // bits 1 and 4 are always 1, bits 0 and 7 always 0
const FIXED_MASK = 0x93;
const NEAR_END_BITS = 0x0c; // bits 2 and 3: roll paper near-end sensor
const PAPER_END_BITS = 0x60; // bits 5 and 6: roll paper end sensor

export const PAPER_STATUS_BYTE = {
  ok: PAPER_STATUS_FIXED,
  nearEnd: PAPER_STATUS_FIXED | NEAR_END_BITS,
  paperOut: PAPER_STATUS_FIXED | NEAR_END_BITS | PAPER_END_BITS,
} as const;

export type PaperStatus = 'ok' | 'near_end' | 'paper_out' | 'not_a_status';

export function interpretPaperStatus(byte: number): PaperStatus {
  if ((byte & FIXED_MASK) !== PAPER_STATUS_FIXED) return 'not_a_status';
  if (byte & PAPER_END_BITS) return 'paper_out';
  if (byte & NEAR_END_BITS) return 'near_end';
  return 'ok';
}
