/**
 * Where a role's UI lives on the office server (apps/server serves the built UIs at /kiosk/,
 * /operator/, /board/). `?server=` tells the page which server to connect to (packages/ui `serverUrl`);
 * `?token=` is the device token a kiosk or board authenticates with, as `npm start` prints it.
 */
import type { DesktopSettings, Role } from './settings.js';

export const ROLE_PATH: Record<Role, string> = {
  kiosk: 'kiosk/',
  operator: 'operator/',
  board: 'board/',
};

export function roleUrl(settings: DesktopSettings): string {
  const url = new URL(ROLE_PATH[settings.role], `${settings.serverUrl}/`);
  url.searchParams.set('server', settings.serverUrl);
  // An operator signs in on the page with their own login: a shared device token would let anyone at
  // that computer act as the window.
  if (settings.role !== 'operator') url.searchParams.set('token', settings.deviceToken);
  return url.toString();
}
