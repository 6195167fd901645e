import type { OfficeConfig } from '@queue/engine';

/**
 * A window's hardware address is its `ledAddress` in the office configuration: the display above the
 * window and the button on its desk are both set to it when the hall is commissioned, so one number
 * per window is all an administrator has to keep right. Windows without one have no devices.
 */
export const ledAddressByWindow = (config: OfficeConfig): Record<string, number> =>
  Object.fromEntries(
    config.windows.filter((w) => w.ledAddress !== null).map((w) => [w.id, w.ledAddress as number]),
  );

export const windowByButtonAddress = (config: OfficeConfig): Record<number, string> =>
  Object.fromEntries(
    Object.entries(ledAddressByWindow(config)).map(([windowId, address]) => [address, windowId]),
  );

/** Same mapping, compared as data: a configuration change that leaves the addresses alone changes nothing. */
export const sameAddresses = (a: Record<string, number>, b: Record<string, number>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};
