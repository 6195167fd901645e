/** IPC channel names shared by the main process and the preload: one place, so a rename breaks both. */
export const IPC = {
  /** Office page (kiosk): print a ticket on the local printer. */
  printTicket: 'queue-desktop:print-ticket',
  /** Office page: exit or open the settings with an administrator's login and PIN. */
  admin: 'queue-desktop:admin',
  /** Office page: show the shell's own PIN page, for a UI without one. */
  openAdmin: 'queue-desktop:open-admin',
  /** Shell pages: the settings form's current values. */
  shellLoad: 'queue-shell:load',
  shellSave: 'queue-shell:save',
  shellTrialPrint: 'queue-shell:trial-print',
  shellAdmin: 'queue-shell:admin',
  /** Shell pages: leave without changes (back to the role's page, or quit on first run). */
  shellBack: 'queue-shell:back',
} as const;
