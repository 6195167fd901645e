/**
 * The Epson `GS ( k` sequence for a QR code, built here rather than by node-thermal-printer's printQR:
 * that one counts the payload in JavaScript characters but sends UTF-8 bytes, so any non-ASCII payload
 * gets a wrong length and the printer swallows the rest of the ticket as QR data.
 */

export type QrCorrection = 'L' | 'M' | 'Q' | 'H';

export interface QrSettings {
  /** Module size in dots, 1–16. 6 dots is about 0.75 mm, readable by phone cameras. */
  cellSize?: number;
  correction?: QrCorrection;
}

const CORRECTION_CODE: Record<QrCorrection, number> = { L: 0x30, M: 0x31, Q: 0x32, H: 0x33 };

/** Function 167–169 and 180–181 of `GS ( k` with cn = 49 (QR Code). */
function qrFunction(fn: number, params: readonly number[]): number[] {
  const length = params.length + 2; // cn and fn count towards pL pH
  return [0x1d, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn, ...params];
}

export function qrCodeCommands(payload: string, settings: QrSettings = {}): Buffer {
  const cellSize = Math.min(16, Math.max(1, Math.round(settings.cellSize ?? 6)));
  const data = Buffer.from(payload, 'utf8');
  return Buffer.concat([
    Buffer.from(qrFunction(0x41, [0x32, 0x00])), // model 2
    Buffer.from(qrFunction(0x43, [cellSize])),
    Buffer.from(qrFunction(0x45, [CORRECTION_CODE[settings.correction ?? 'M']])),
    Buffer.from(qrFunction(0x50, [0x30, ...data])), // store the data
    Buffer.from(qrFunction(0x51, [0x30])), // print it
  ]);
}
