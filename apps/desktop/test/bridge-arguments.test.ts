import { describe, expect, it } from 'vitest';
import { BRIDGE_ARGUMENT, bridgeArguments, parseBridgeArguments } from '../src/bridge-arguments.js';

describe('bridge arguments', () => {
  it('carry the role and the printer to the preload through the renderer command line', () => {
    const info = {
      role: 'kiosk' as const,
      version: '0.1.0',
      printer: { paper: '58mm' as const, codePage: 'WPC1251' as const },
    };
    const argv = [
      '/opt/queue-desktop/queue-desktop',
      '--type=renderer',
      ...bridgeArguments(info),
      '--no-sandbox',
    ];
    expect(parseBridgeArguments(argv)).toEqual(info);
  });

  it('survive characters a command line could split on', () => {
    const info = { role: 'board' as const, version: '1.0.0 "beta" & co', printer: null };
    const [argument] = bridgeArguments(info);
    expect(argument).not.toMatch(/[\s"&]/);
    expect(parseBridgeArguments([argument!])).toEqual(info);
  });

  it.each([
    ['absent', []],
    ['not JSON', [`${BRIDGE_ARGUMENT}%7Bnope`]],
    ['an unknown role', [`${BRIDGE_ARGUMENT}${encodeURIComponent('{"role":"admin","version":"1"}')}`]],
    ['no version', [`${BRIDGE_ARGUMENT}${encodeURIComponent('{"role":"kiosk"}')}`]],
  ])('give no bridge at all when %s', (_name, argv) => {
    expect(parseBridgeArguments(argv)).toBeNull();
  });

  it('drop a printer description that is not one', () => {
    const argument = `${BRIDGE_ARGUMENT}${encodeURIComponent('{"role":"kiosk","version":"1","printer":{"paper":"A4"}}')}`;
    expect(parseBridgeArguments([argument])?.printer).toBeNull();
  });
});
