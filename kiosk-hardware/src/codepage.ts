/**
 * Our own single-byte encoders for the two Cyrillic code pages thermal printers understand.
 *
 * We do not hand Cyrillic strings to node-thermal-printer: its `print()` re-encodes through iconv-lite and,
 * when a character is missing from the active table, silently switches the printer to another code page.
 * A ticket must come out the same on every kiosk, so the bytes are decided here and checked in tests.
 */

export type CodePage = 'CP866' | 'WPC1251';

/**
 * The upper half (0x80–0xFF) of each table, one character per byte, in byte order.
 * The lower half is ASCII in both. Invisible characters are escaped so that the table reads unambiguously.
 */
const UPPER_HALF: Record<CodePage, string> = {
  // IBM/DOS 866: the table Epson calls "Page 17, PC866 Cyrillic #2".
  CP866: [
    'АБВГДЕЖЗИЙКЛМНОП',
    'РСТУФХЦЧШЩЪЫЬЭЮЯ',
    'абвгдежзийклмноп',
    '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐',
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧',
    '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀',
    'рстуфхцчшщъыьэюя',
    'ЁёЄєЇїЎў°∙·√№¤■\u00a0',
  ].join(''),
  // Windows-1251: Epson "Page 46, WPC1251 Cyrillic". 0x98 is unassigned; it decodes to U+0098 as in WHATWG.
  WPC1251: [
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ',
    'ђ‘’“”•–—\u0098™љ›њќћџ',
    '\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї',
    '°±Ііґµ¶·ё№є»јЅѕї',
    'АБВГДЕЖЗИЙКЛМНОП',
    'РСТУФХЦЧШЩЪЫЬЭЮЯ',
    'абвгдежзийклмноп',
    'рстуфхцчшщъыьэюя',
  ].join(''),
};

/** `ESC t n` table numbers in the Epson numbering, the one node-thermal-printer's EPSON type uses. */
export const ESC_T_TABLE: Record<CodePage, number> = { CP866: 17, WPC1251: 46 };

/** Characters a page lacks, printed as their nearest plain look-alike rather than as '?'. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '«': '"',
  '»': '"',
  '„': '"',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
};

const UNMAPPABLE = 0x3f; // '?'

const encoders = new Map<CodePage, ReadonlyMap<string, number>>();

function encoderFor(codePage: CodePage): ReadonlyMap<string, number> {
  let table = encoders.get(codePage);
  if (!table) {
    const built = new Map<string, number>();
    [...UPPER_HALF[codePage]].forEach((char, index) => {
      built.set(char, 0x80 + index);
    });
    encoders.set(codePage, built);
    table = built;
  }
  return table;
}

function encodeChar(char: string, table: ReadonlyMap<string, number>, out: number[]): void {
  const code = char.codePointAt(0) ?? UNMAPPABLE;
  if (code < 0x80) {
    out.push(code);
    return;
  }
  const byte = table.get(char);
  if (byte !== undefined) {
    out.push(byte);
    return;
  }
  const lookAlike = LOOK_ALIKES[char];
  if (lookAlike !== undefined) {
    for (const plain of lookAlike) encodeChar(plain, table, out);
    return;
  }
  out.push(UNMAPPABLE);
}

/**
 * Encodes text for the printer. NFC first, because «й» and «ё» typed on some keyboards arrive as a base
 * letter plus a combining mark, which no single-byte table has.
 */
export function encodeText(text: string, codePage: CodePage): Uint8Array {
  const table = encoderFor(codePage);
  const out: number[] = [];
  for (const char of text.normalize('NFC')) encodeChar(char, table, out);
  return Uint8Array.from(out);
}

/** Decodes one byte of the page; the virtual printer reads tickets back through this. */
export function decodeByte(byte: number, codePage: CodePage): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  return UPPER_HALF[codePage][byte - 0x80] ?? '?';
}

export function decodeBytes(bytes: Uint8Array, codePage: CodePage): string {
  let text = '';
  for (const byte of bytes) text += decodeByte(byte, codePage);
  return text;
}

/** True when every character of the text has its own byte in the page (look-alikes do not count). */
export function canEncodeExactly(text: string, codePage: CodePage): boolean {
  const table = encoderFor(codePage);
  for (const char of text.normalize('NFC')) {
    if ((char.codePointAt(0) ?? 0) >= 0x80 && !table.has(char)) return false;
  }
  return true;
}

/** `ESC t n`: selects the page on an Epson-compatible printer. */
export function selectCodePageCommand(codePage: CodePage): Uint8Array {
  return Uint8Array.of(0x1b, 0x74, ESC_T_TABLE[codePage]);
}

/** Maps an `ESC t n` number back to a page we can decode, for the virtual printer. */
export function codePageForTable(table: number): CodePage | undefined {
  for (const [codePage, number] of Object.entries(ESC_T_TABLE) as [CodePage, number][]) {
    if (number === table) return codePage;
  }
  return undefined;
}
