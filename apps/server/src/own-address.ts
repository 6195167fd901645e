import { networkInterfaces } from 'node:os';

/**
 * The address a phone on the office's network reaches this server at, when the office has not set one
 * (`OfficeConfig.phonePage.url`): the first external IPv4 address of the machine, else localhost.
 */
export const ownAddress = (port: number, tls = false): string => {
  const external = Object.values(networkInterfaces())
    .flat()
    .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal);
  return `${tls ? 'https' : 'http'}://${external?.address ?? 'localhost'}:${port}`;
};
