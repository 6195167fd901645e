/** @queue/kiosk-hardware: the ticket printer, LED window displays and call buttons (DESIGN.md §6). */
export {
  type CallButtonEvents,
  type CallButtonOptions,
  type CallButtonPress,
  type CallButtons,
  ButtonFrameReader,
  DEFAULT_DEBOUNCE_MS,
  openCallButtons,
} from './call-button.js';
export { type CodePage, decodeBytes, encodeText, ESC_T_TABLE, selectCodePageCommand } from './codepage.js';
export { qrCodeCommands, type QrSettings } from './escpos-qr.js';
export { renderLayoutEscPos, renderTicketEscPos } from './escpos-ticket.js';
export {
  blockCheck,
  decodeLedFrame,
  encodeLedFrame,
  type LedCommand,
  type LedDisplayOptions,
  type LedDisplays,
  type LedFrame,
  openLedDisplays,
} from './led-display.js';
export {
  interpretPaperStatus,
  PAPER_SENSOR_QUERY,
  PAPER_STATUS_BYTE,
  type PaperStatus,
} from './paper-status.js';
export type { PrinterTransport, PrintResult, PrintStatus } from './print-result.js';
export { printTicket } from './print-ticket.js';
export type { SerialBinding, SerialLineOptions } from './serial-line.js';
export {
  CHARS_PER_LINE,
  LABELS,
  LABELS_EN,
  layoutTicket,
  type Align,
  type LayoutBlock,
  type Paper,
  QR_MAX_BYTES,
  type TicketFields,
  type TicketLayout,
  type TicketOptions,
  type TicketPrint,
  wrapText,
} from './ticket-layout.js';
export { DEFAULT_TICKET_TEXT, DEFAULT_TICKET_TEXT_EN, findImperativeWording } from './ticket-wording.js';
export { type DeviceFileTransportOptions, deviceFileTransport } from './transports/device-file-transport.js';
export { type NetworkTransportOptions, networkTransport } from './transports/network-transport.js';
export { type PrinterConnection, transportFor } from './transports/printer-connection.js';
export { type SerialTransportOptions, serialTransport } from './transports/serial-transport.js';
export {
  type SpoolerTransportOptions,
  spoolerCommand,
  spoolerTransport,
} from './transports/spooler-transport.js';
export type { DecodedLine, DecodedTicket } from './virtual-printer/decoded-ticket.js';
export { EscPosDecoder } from './virtual-printer/escpos-decoder.js';
export { encodePng } from './virtual-printer/png-encoder.js';
export type { TicketImageOptions } from './virtual-printer/ticket-geometry.js';
export { renderTicketPng } from './virtual-printer/ticket-png.js';
export { renderTicketSvg } from './virtual-printer/ticket-svg.js';
export {
  startVirtualPrinter,
  type VirtualPrinter,
  type VirtualPrinterOptions,
} from './virtual-printer/virtual-printer.js';
