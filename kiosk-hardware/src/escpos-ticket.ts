/**
 * Turns a ticket layout into ESC/POS bytes with node-thermal-printer. The library provides the command
 * set (alignment, bold, size, code page selection, cut); the text bytes come from our own encoder
 * (codepage.ts) and are appended raw, so iconv never decides what a Cyrillic letter becomes.
 */
import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { type CodePage, encodeText } from './codepage.js';
import { qrCodeCommands } from './escpos-qr.js';
import {
  type LayoutBlock,
  layoutTicket,
  type TicketLayout,
  type TicketOptions,
  type TicketPrint,
} from './ticket-layout.js';

const INITIALISE = Buffer.from([0x1b, 0x40]); // ESC @

const LIBRARY_CHARACTER_SET: Record<CodePage, CharacterSet> = {
  CP866: CharacterSet.PC866_CYRILLIC2,
  WPC1251: CharacterSet.WPC1251_CYRILLIC,
};

function addBlock(printer: ThermalPrinter, block: LayoutBlock, codePage: CodePage): void {
  switch (block.kind) {
    case 'text': {
      if (block.align === 'center') printer.alignCenter();
      else if (block.align === 'right') printer.alignRight();
      else printer.alignLeft();
      printer.bold(block.bold);
      // GS ! takes magnification − 1; equal height and width, because the library puts its "height"
      // argument in the nibble ESC/POS reads as width.
      printer.setTextSize(block.size - 1, block.size - 1);
      printer.add(Buffer.from(encodeText(block.text, codePage)));
      printer.newLine();
      return;
    }
    case 'rule':
      printer.alignLeft();
      printer.bold(false);
      printer.setTextSize(0, 0);
      printer.drawLine('-');
      return;
    case 'feed':
      printer.newLine();
      return;
    case 'qr':
      printer.alignCenter();
      printer.add(qrCodeCommands(block.payload));
      printer.newLine();
      return;
    case 'cut':
      if (block.partial) printer.partialCut();
      else printer.cut();
      return;
  }
}

/** The ESC/POS bytes of a layout, starting with `ESC @` and the code page selection, ending with the cut. */
export function renderLayoutEscPos(layout: TicketLayout, codePageTable?: number): Buffer {
  // No interface: this module only builds bytes; sending is the job of a transport.
  const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '', width: layout.charsPerLine });
  // ESC @ first: it clears modes a previous job left behind, and would also clear the code page,
  // so the page is selected after it rather than through the constructor.
  printer.add(INITIALISE); // initHardware() exists in the library but not in its type declarations
  if (codePageTable === undefined) printer.setCharacterSet(LIBRARY_CHARACTER_SET[layout.codePage]);
  else printer.add(Buffer.from([0x1b, 0x74, codePageTable]));
  for (const block of layout.blocks) addBlock(printer, block, layout.codePage);
  return printer.getBuffer();
}

export function renderTicketEscPos(print: TicketPrint, options: TicketOptions): Buffer {
  return renderLayoutEscPos(layoutTicket(print, options), options.codePageTable);
}
