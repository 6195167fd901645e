import { describe, expect, it } from 'vitest';
import {
  canEncodeExactly,
  decodeBytes,
  encodeText,
  ESC_T_TABLE,
  selectCodePageCommand,
} from '../src/codepage.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('CP866 encoder', () => {
  it('puts the Russian alphabet where the DOS table has it, byte for byte', () => {
    expect(hex(encodeText('АБЯ', 'CP866'))).toBe('80819f');
    expect(hex(encodeText('абп', 'CP866'))).toBe('a0a1af');
    // р–я live after the box-drawing block, not after п
    expect(hex(encodeText('ря', 'CP866'))).toBe('e0ef');
  });

  it('encodes Ё, ё and № at their own bytes', () => {
    expect(hex(encodeText('Ёё№', 'CP866'))).toBe('f0f1fc');
  });

  it('leaves ASCII as it is', () => {
    expect(hex(encodeText('A-01 ', 'CP866'))).toBe('412d303120');
  });
});

describe('Windows-1251 encoder', () => {
  it('puts А–я in one run from 0xC0', () => {
    expect(hex(encodeText('АЯая', 'WPC1251'))).toBe('c0dfe0ff');
  });

  it('encodes Ё, ё and № at their own bytes', () => {
    expect(hex(encodeText('Ёё№', 'WPC1251'))).toBe('a8b8b9');
  });
});

describe('tables against the WHATWG decoders built into Node', () => {
  // An independent oracle: if any of our 2 × 128 table entries is wrong, this fails.
  for (const [codePage, label] of [
    ['CP866', 'ibm866'],
    ['WPC1251', 'windows-1251'],
  ] as const) {
    it(`${codePage} decodes every upper-half byte as ${label} does`, () => {
      const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
      expect(decodeBytes(bytes, codePage)).toBe(new TextDecoder(label).decode(bytes));
    });

    it(`${codePage} encodes what it decodes`, () => {
      const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
      expect(hex(encodeText(decodeBytes(bytes, codePage), codePage))).toBe(hex(bytes));
    });
  }
});

describe('characters outside a table', () => {
  it('prints guillemets as straight quotes in CP866, which has none', () => {
    expect(hex(encodeText('«А»', 'CP866'))).toBe('228022');
    expect(hex(encodeText('«А»', 'WPC1251'))).toBe('abc0bb');
  });

  it('turns dashes into hyphens and unknown characters into ?', () => {
    expect(hex(encodeText('—€', 'CP866'))).toBe('2d3f');
  });

  it('composes й typed as и + combining breve before encoding', () => {
    expect(hex(encodeText('и\u0306', 'CP866'))).toBe('a9');
    expect(hex(encodeText('е\u0308', 'WPC1251'))).toBe('b8');
  });

  it('says whether text fits a table exactly', () => {
    expect(canEncodeExactly('А001', 'CP866')).toBe(true);
    expect(canEncodeExactly('«А»', 'CP866')).toBe(false);
  });
});

describe('code page selection', () => {
  it('is ESC t with the Epson table number', () => {
    expect(hex(selectCodePageCommand('CP866'))).toBe('1b7411');
    expect(hex(selectCodePageCommand('WPC1251'))).toBe('1b742e');
    expect(ESC_T_TABLE).toEqual({ CP866: 17, WPC1251: 46 });
  });
});
