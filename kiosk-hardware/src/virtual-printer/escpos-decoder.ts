/**
 * Reads an ESC/POS byte stream the way an Epson-compatible printer would, as far as a queue ticket
 * needs: text lines with their alignment, size and weight, the code page in force, the QR payload,
 * and the cut that ends a ticket. It answers status queries through `respond`, at once, as a real
 * printer does with real-time commands. Commands it does not render are skipped by their length so
 * that their parameters are never mistaken for text.
 */
import { type CodePage, codePageForTable, decodeByte } from '../codepage.js';
import { PAPER_STATUS_BYTE } from '../paper-status.js';
import type { Align } from '../ticket-layout.js';
import type { DecodedLine, DecodedTicket } from './decoded-ticket.js';

export interface EscPosDecoderOptions {
  /** The table in force before any ESC t; undefined models a stock printer (PC437: Cyrillic prints as '?'). */
  defaultCodePage?: CodePage;
  isPaperOut: () => boolean;
  /** The near-end sensor (paper still prints); absent = never near its end. */
  isPaperNearEnd?: () => boolean;
  respond: (bytes: Uint8Array) => void;
  onTicket: (ticket: DecodedTicket) => void;
  now?: () => number;
}

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const FS = 0x1c;
const LF = 0x0a;
const HT = 0x09;

interface Mode {
  align: Align;
  bold: boolean;
  size: number;
  codePage: CodePage | undefined;
}

/** Bytes a command occupies, or undefined while the rest of it has not arrived yet. */
type Consumed = number | undefined;

const ALIGN_BY_PARAM: Record<number, Align> = {
  0: 'left',
  1: 'center',
  2: 'right',
  48: 'left',
  49: 'center',
  50: 'right',
};

export class EscPosDecoder {
  private pending = Buffer.alloc(0);
  private mode: Mode;
  private lines: DecodedLine[] = [];
  private current: DecodedLine | undefined;
  private storedQr: string | undefined;
  private printedQr: string | undefined;
  private readonly now: () => number;

  constructor(private readonly options: EscPosDecoderOptions) {
    this.mode = this.initialMode();
    this.now = options.now ?? Date.now;
  }

  push(chunk: Uint8Array): void {
    this.pending = this.pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.pending, chunk]);
    let offset = 0;
    while (offset < this.pending.length) {
      const consumed = this.step(this.pending, offset);
      if (consumed === undefined) break;
      offset += consumed;
    }
    this.pending = this.pending.subarray(offset);
  }

  /** The connection ended: whatever was printed without a cut still came out of the printer. */
  finish(): void {
    this.pending = Buffer.alloc(0);
    if (this.current || this.lines.length > 0 || this.printedQr !== undefined) this.endTicket(false);
  }

  private initialMode(): Mode {
    return { align: 'left', bold: false, size: 1, codePage: this.options.defaultCodePage };
  }

  private step(b: Buffer, at: number): Consumed {
    const byte = b[at]!;
    switch (byte) {
      case ESC:
        return this.escCommand(b, at);
      case GS:
        return this.gsCommand(b, at);
      case DLE:
        return this.dleCommand(b, at);
      case FS:
        return this.fsCommand(b, at);
      case LF:
        this.lineFeed();
        return 1;
      case HT:
        this.printChar(' ');
        return 1;
      default:
        if (byte >= 0x20 && byte !== 0x7f) {
          this.printChar(
            this.mode.codePage
              ? decodeByte(byte, this.mode.codePage)
              : byte < 0x80
                ? String.fromCharCode(byte)
                : '?',
          );
        }
        // CR and other control bytes move nothing on a receipt printer.
        return 1;
    }
  }

  private escCommand(b: Buffer, at: number): Consumed {
    const command = b[at + 1];
    if (command === undefined) return undefined;
    const n = b[at + 2];
    const needsParam = (apply: (value: number) => void): Consumed => {
      if (n === undefined) return undefined;
      apply(n);
      return 3;
    };
    switch (command) {
      case 0x40: // ESC @ initialise
        this.mode = this.initialMode();
        return 2;
      case 0x74: // ESC t n select character code table
        return needsParam((value) => {
          this.mode.codePage = codePageForTable(value);
        });
      case 0x45: // ESC E n emphasis
        return needsParam((value) => {
          this.mode.bold = (value & 1) === 1;
        });
      case 0x61: // ESC a n justification
        return needsParam((value) => {
          this.mode.align = ALIGN_BY_PARAM[value] ?? this.mode.align;
        });
      case 0x21: // ESC ! n print mode: bit 3 emphasis, bits 4–5 double height/width
        return needsParam((value) => {
          this.mode.bold = (value & 0x08) !== 0;
          this.mode.size = (value & 0x30) !== 0 ? 2 : 1;
        });
      case 0x64: // ESC d n print and feed n lines
        return needsParam((value) => {
          this.lineFeed();
          for (let i = 1; i < value; i++) this.lineFeed();
        });
      case 0x32: // ESC 2 default line spacing
      case 0x3c: // ESC < return home
        return 2;
      case 0x70: // ESC p m t1 t2 pulse to the drawer kick-out connector
        return at + 4 < b.length ? 5 : undefined;
      case 0x42: // ESC B n t buzzer (most Epson clones)
      case 0x3f: // ESC ? n m (node-thermal-printer's HW_RESET)
      case 0x24: // ESC $ nL nH absolute position
      case 0x5c: // ESC \ nL nH relative position
        return at + 3 < b.length ? 4 : undefined;
      case 0x44: {
        // ESC D n1…nk NUL horizontal tab positions
        const end = b.indexOf(0, at + 2);
        return end < 0 ? undefined : end - at + 1;
      }
      case 0x2a: {
        // ESC * m nL nH d1…dk bit image
        if (at + 4 >= b.length) return undefined;
        const dots = b[at + 3]! + b[at + 4]! * 256;
        const length = 5 + dots * (b[at + 2]! <= 1 ? 1 : 3);
        return at + length <= b.length ? length : undefined;
      }
      default:
        // Everything else a ticket might carry (ESC - n, ESC M n, ESC 3 n, ESC J n, ESC { n, ESC R n…)
        // takes one parameter.
        return n === undefined ? undefined : 3;
    }
  }

  private gsCommand(b: Buffer, at: number): Consumed {
    const command = b[at + 1];
    if (command === undefined) return undefined;
    const n = b[at + 2];
    switch (command) {
      case 0x21: // GS ! n character size: bits 4–6 width − 1, bits 0–2 height − 1
        if (n === undefined) return undefined;
        this.mode.size = Math.max(((n >> 4) & 0x07) + 1, (n & 0x07) + 1);
        return 3;
      case 0x56: {
        // GS V m [n] cut
        if (n === undefined) return undefined;
        const withFeed = n === 65 || n === 66 || n === 97 || n === 98 || n === 103 || n === 104;
        if (withFeed && at + 3 >= b.length) return undefined;
        this.endTicket(true);
        return withFeed ? 4 : 3;
      }
      case 0x28: {
        // GS ( fn pL pH … : every function of this family carries its own length
        if (at + 4 >= b.length) return undefined;
        const length = 5 + b[at + 3]! + b[at + 4]! * 256;
        if (at + length > b.length) return undefined;
        if (b[at + 2] === 0x6b) this.symbolFunction(b.subarray(at + 5, at + length));
        return length;
      }
      case 0x76: {
        // GS v 0 m xL xH yL yH d1…dk raster bit image
        if (at + 7 >= b.length) return undefined;
        const length = 8 + (b[at + 4]! + b[at + 5]! * 256) * (b[at + 6]! + b[at + 7]! * 256);
        return at + length <= b.length ? length : undefined;
      }
      case 0x6b: {
        // GS k m … barcode: NUL-terminated for m 0–6, counted for m 65 and above
        if (n === undefined) return undefined;
        if (n <= 6) {
          const end = b.indexOf(0, at + 3);
          return end < 0 ? undefined : end - at + 1;
        }
        if (at + 3 >= b.length) return undefined;
        const length = 4 + b[at + 3]!;
        return at + length <= b.length ? length : undefined;
      }
      case 0x72: // GS r n transmit status
        if (n === undefined) return undefined;
        if (n === 1 || n === 49) this.options.respond(Uint8Array.of(this.options.isPaperOut() ? 0x0c : 0x00));
        else this.options.respond(Uint8Array.of(0x00));
        return 3;
      case 0x4c: // GS L nL nH left margin
      case 0x57: // GS W nL nH print area width
      case 0x24: // GS $ nL nH vertical position
      case 0x5c: // GS \ nL nH relative vertical position
      case 0x50: // GS P x y motion units
        return at + 3 < b.length ? 4 : undefined;
      default:
        // GS B n, GS H n, GS f n, GS h n, GS w n, GS b n, GS a n… take one parameter.
        return n === undefined ? undefined : 3;
    }
  }

  /** GS ( k with cn = 49: QR code. We keep the stored data and note it when it is printed. */
  private symbolFunction(body: Buffer): void {
    const [cn, fn] = body;
    if (cn !== 0x31) return;
    if (fn === 0x50) this.storedQr = body.subarray(3).toString('utf8');
    if (fn === 0x51 && this.storedQr !== undefined) {
      this.flushLine();
      this.printedQr = this.storedQr;
    }
  }

  private dleCommand(b: Buffer, at: number): Consumed {
    const command = b[at + 1];
    if (command === undefined) return undefined;
    if (command === 0x04) {
      const n = b[at + 2];
      if (n === undefined) return undefined;
      this.options.respond(Uint8Array.of(this.realTimeStatus(n)));
      return 3;
    }
    if (command === 0x05) return at + 2 < b.length ? 3 : undefined; // DLE ENQ n
    if (command === 0x14) return at + 4 < b.length ? 5 : undefined; // DLE DC4 fn m t
    return 1;
  }

  /** DLE EOT n answers, per the Epson reference; every answer has bits 1 and 4 set. */
  private realTimeStatus(n: number): number {
    const paperOut = this.options.isPaperOut();
    switch (n) {
      case 1: // printer status: bit 3 offline
        return 0x16 | (paperOut ? 0x08 : 0);
      case 2: // offline cause: bit 5 printing stopped by paper end
        return 0x12 | (paperOut ? 0x20 : 0);
      case 4: // roll paper sensor
        return paperOut
          ? PAPER_STATUS_BYTE.paperOut
          : this.options.isPaperNearEnd?.()
            ? PAPER_STATUS_BYTE.nearEnd
            : PAPER_STATUS_BYTE.ok;
      default:
        return 0x12;
    }
  }

  private fsCommand(b: Buffer, at: number): Consumed {
    const command = b[at + 1];
    if (command === undefined) return undefined;
    if (command === 0x2e || command === 0x26) return 2; // FS . / FS & Kanji mode off / on
    if (command === 0x70) return at + 3 < b.length ? 4 : undefined; // FS p n m NV image
    return at + 2 < b.length ? 3 : undefined;
  }

  private printChar(char: string): void {
    if (!this.current) {
      const { align, size, bold } = this.mode;
      this.current = { text: '', align, size, bold };
    }
    this.current.text += char;
  }

  private flushLine(): void {
    if (this.current) {
      this.lines.push(this.current);
      this.current = undefined;
    }
  }

  private lineFeed(): void {
    if (!this.current) this.printChar('');
    this.flushLine();
  }

  private endTicket(cut: boolean): void {
    this.flushLine();
    const lines = this.lines;
    // The blank lines fed to bring the ticket to the cutter are paper, not content.
    while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
    const ticket: DecodedTicket = { lines, cut, receivedAt: this.now() };
    if (this.printedQr !== undefined) ticket.qr = this.printedQr;
    this.lines = [];
    this.storedQr = undefined;
    this.printedQr = undefined;
    if (lines.length > 0 || ticket.qr !== undefined) this.options.onTicket(ticket);
  }
}
