import type { PrintResult, TicketOptions, TicketPrint } from '@queue/kiosk-hardware';

/**
 * The part of the Electron shell's preload (apps/desktop, `window.queueDesktop`) the kiosk page uses:
 * printing on the local printer, and closing the program for an administrator. In a plain browser there
 * is no bridge, the office server prints, and «exit» forgets this device's token instead.
 */
export interface QueueDesktopBridge {
  printTicket?: (print: TicketPrint, options: TicketOptions) => Promise<PrintResult>;
  /** The shell checks the administrator with the server again before it closes. */
  exit?: (credentials: { login: string; pin: string }) => Promise<{ ok: boolean }>;
}

const bridge = (): QueueDesktopBridge | undefined =>
  (window as Window & { queueDesktop?: QueueDesktopBridge }).queueDesktop;

export const desktopPrinter = (): NonNullable<QueueDesktopBridge['printTicket']> | null => {
  const desktop = bridge();
  return typeof desktop?.printTicket === 'function' ? desktop.printTicket.bind(desktop) : null;
};

export const desktopExit = (): NonNullable<QueueDesktopBridge['exit']> | null => {
  const desktop = bridge();
  return typeof desktop?.exit === 'function' ? desktop.exit.bind(desktop) : null;
};
