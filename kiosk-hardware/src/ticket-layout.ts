/**
 * What a queue ticket says and where, as plain data. Printing (escpos-ticket.ts) and the kiosk screen
 * can both follow it; nothing here knows about bytes or printers.
 */
import type { CodePage } from './codepage.js';
import { DEFAULT_TICKET_TEXT, DEFAULT_TICKET_TEXT_EN, findImperativeWording } from './ticket-wording.js';

export type Paper = '80mm' | '58mm';
export type Align = 'left' | 'center' | 'right';

/** Everything a ticket may show. No personal data: the number is how the office addresses a visitor. */
export interface TicketPrint {
  officeName: string;
  /** e.g. «А001», with a Cyrillic letter. */
  number: string;
  topic: string;
  /** Already formatted in office local time, 'dd.mm.yyyy hh:mm'. */
  issuedAtLocal: string;
  peopleAhead?: number;
  expectedWaitMin?: number;
  /** A short polite text; falls back to DEFAULT_TICKET_TEXT when absent or worded as an order. */
  text?: string;
  qr?: string;
  /** The visitor's language at the kiosk: the labels and the default text follow it. Russian when absent. */
  language?: 'ru' | 'en';
}

export interface TicketFields {
  officeName: boolean;
  dateTime: boolean;
  peopleAhead: boolean;
  expectedWait: boolean;
  qr: boolean;
}

export interface TicketOptions {
  paper: Paper;
  codePage: CodePage;
  fields: TicketFields;
  /** Partial leaves a hinge so the ticket does not fall on the floor; the default. */
  cut?: 'partial' | 'full';
  /**
   * Overrides the `ESC t` table number: some printer clones number their tables differently from
   * Epson (check the self-test page). The bytes of the text stay those of `codePage`.
   */
  codePageTable?: number;
}

export type LayoutBlock =
  | { kind: 'text'; text: string; align: Align; size: number; bold: boolean }
  | { kind: 'rule' }
  | { kind: 'feed' }
  | { kind: 'qr'; payload: string }
  | { kind: 'cut'; partial: boolean };

export type TextBlock = Extract<LayoutBlock, { kind: 'text' }>;
type TextStyle = Pick<TextBlock, 'align' | 'size' | 'bold'>;

export interface TicketLayout {
  paper: Paper;
  codePage: CodePage;
  /** Characters per line at size 1 (font A, 12 dots a character). */
  charsPerLine: number;
  blocks: LayoutBlock[];
}

/** 576 dots on 80 mm paper, 384 on 58 mm, 12 dots a character of font A. */
export const CHARS_PER_LINE: Record<Paper, number> = { '80mm': 48, '58mm': 32 };

/** Magnification of the number: «А001» must be readable from arm's length, and fit 58 mm at six characters. */
const NUMBER_SIZE: Record<Paper, number> = { '80mm': 4, '58mm': 3 };

/**
 * QR payloads longer than this are left off. Printers differ in how much they accept, and a ticket
 * without its QR is better than no ticket (DESIGN.md §5: a visitor is never left without a number).
 */
export const QR_MAX_BYTES = 500;

type LabelledValue = readonly [label: string, value: string];

interface TicketLabels {
  yourNumber: string;
  peopleAhead: (count: number) => LabelledValue;
  expectedWait: (minutes: number) => LabelledValue;
  issuedAt: (dateTime: string) => LabelledValue;
}

/** Each forecast line is a label and a value, so that a narrow paper can put the value on its own line. */
export const LABELS: TicketLabels = {
  yourNumber: 'Ваш номер',
  peopleAhead: (count) => ['Людей перед вами:', String(count)],
  expectedWait: (minutes) => ['Ожидаемое время ожидания:', `около ${minutes} мин`],
  issuedAt: (dateTime) => ['Время выдачи:', dateTime],
};

/** The same for a visitor who chose English at the kiosk. */
export const LABELS_EN: TicketLabels = {
  yourNumber: 'Your number',
  peopleAhead: (count) => ['People ahead of you:', String(count)],
  expectedWait: (minutes) => ['Expected wait:', `about ${minutes} min`],
  issuedAt: (dateTime) => ['Issued:', dateTime],
};

/**
 * Splits text into lines of at most `width` characters, at spaces where it can; a word longer than a line
 * is cut, since a printer would otherwise wrap it mid-word anyway and break our alignment.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    let rest = word;
    while (rest.length > 0) {
      const room = current.length === 0 ? width : width - current.length - 1;
      if (rest.length <= room) {
        current = current.length === 0 ? rest : `${current} ${rest}`;
        rest = '';
      } else if (current.length > 0) {
        lines.push(current);
        current = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

function textLines(text: string, charsPerLine: number, style: TextStyle): TextBlock[] {
  return wrapText(text, Math.floor(charsPerLine / style.size)).map((line) => ({
    kind: 'text',
    text: line,
    ...style,
  }));
}

/**
 * «Label: value» on one line when it fits; otherwise the label, then the value whole on the next line,
 * rather than a break inside the value («около» | «4 мин»).
 */
function labelledLines([label, value]: LabelledValue, charsPerLine: number): TextBlock[] {
  const style: TextStyle = { align: 'left', size: 1, bold: false };
  const oneLine = `${label} ${value}`;
  if (oneLine.length <= charsPerLine) return textLines(oneLine, charsPerLine, style);
  return [...textLines(label, charsPerLine, style), ...textLines(value, charsPerLine, style)];
}

/** A count the printer can show: whole, not negative. */
function wholeCount(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return Math.max(0, Math.round(value));
}

export function layoutTicket(print: TicketPrint, options: TicketOptions): TicketLayout {
  const charsPerLine = CHARS_PER_LINE[options.paper];
  const { fields } = options;
  const blocks: LayoutBlock[] = [];
  const normal: TextStyle = { align: 'center', size: 1, bold: false };
  const english = print.language === 'en';
  const labels = english ? LABELS_EN : LABELS;

  if (fields.officeName && print.officeName.trim() !== '') {
    blocks.push(...textLines(print.officeName, charsPerLine, { ...normal, bold: true }));
  }
  blocks.push({ kind: 'rule' });
  blocks.push(...textLines(labels.yourNumber, charsPerLine, normal));
  blocks.push(
    ...textLines(print.number, charsPerLine, {
      align: 'center',
      size: NUMBER_SIZE[options.paper],
      bold: true,
    }),
  );
  blocks.push(...textLines(print.topic, charsPerLine, { ...normal, bold: true }));
  blocks.push({ kind: 'rule' });

  const peopleAhead = wholeCount(print.peopleAhead);
  if (fields.peopleAhead && peopleAhead !== undefined) {
    blocks.push(...labelledLines(labels.peopleAhead(peopleAhead), charsPerLine));
  }
  const waitMin = wholeCount(print.expectedWaitMin);
  if (fields.expectedWait && waitMin !== undefined) {
    // «около 0 мин» reads as a promise we cannot keep; a minute is the least we forecast.
    const shown = Math.max(1, waitMin);
    blocks.push(...labelledLines(labels.expectedWait(shown), charsPerLine));
  }
  if (fields.dateTime) {
    blocks.push(...labelledLines(labels.issuedAt(print.issuedAtLocal), charsPerLine));
  }

  blocks.push({ kind: 'feed' });
  const custom = print.text?.trim();
  // The office writes its line in Russian; a visitor reading English gets the product's English line.
  const fallback = english ? DEFAULT_TICKET_TEXT_EN : DEFAULT_TICKET_TEXT;
  const text = !english && custom && findImperativeWording(custom) === undefined ? custom : fallback;
  blocks.push(...textLines(text, charsPerLine, normal));

  if (fields.qr && print.qr && Buffer.byteLength(print.qr, 'utf8') <= QR_MAX_BYTES) {
    blocks.push({ kind: 'feed' });
    blocks.push({ kind: 'qr', payload: print.qr });
  }
  blocks.push({ kind: 'cut', partial: (options.cut ?? 'partial') === 'partial' });

  return { paper: options.paper, codePage: options.codePage, charsPerLine, blocks };
}
