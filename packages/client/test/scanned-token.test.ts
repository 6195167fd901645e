import { describe, expect, it } from 'vitest';
import { tokenFromScan } from '../src/scanned-token.js';

describe('a scanned device token', () => {
  it.each([
    [
      'the address printed with the QR code',
      'https://queue.office.local:8443/kiosk/?token=Zq4-kV_9sLm2pXr7',
      'Zq4-kV_9sLm2pXr7',
    ],
    [
      'a plain-HTTP address with other parameters',
      'http://10.0.0.5:8080/board/?lang=en&token=abcdefghijkl',
      'abcdefghijkl',
    ],
    ['the token alone, with the scanner’s line end', 'Zq4-kV_9sLm2pXr7\r\n', 'Zq4-kV_9sLm2pXr7'],
    ['an address without a token', 'https://queue.office.local/kiosk/', null],
    ['a token too short to be one', 'abc', null],
    ['words, not a token', 'не тот код', null],
    ['a broken address', 'https://[::1', null],
  ])('%s', (_, text, token) => {
    expect(tokenFromScan(text)).toBe(token);
  });
});
