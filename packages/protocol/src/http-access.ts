import type { DeviceRole, Role } from '@queue/engine';

/**
 * Who may call an HTTP route (DESIGN §4), checked once by the server for every route: `anyone`; any
 * valid `token` (a staff session or a device); `staff` with one of the roles; a `device` of one role.
 * Without a valid token the answer is 401 `unauthenticated`, with the wrong one 403 `forbidden`.
 */
export type HttpAccess =
  | { kind: 'anyone' }
  | { kind: 'token' }
  | { kind: 'staff'; roles: readonly Role[] }
  | { kind: 'device'; role: DeviceRole }
  /** The visitor's phone page: the bearer is the ticket's phone token (from its QR code), not a login. */
  | { kind: 'visitor' };

/** Reports, the journal and reading the configuration: the manager and the hall administrator. */
export const REPORT_ROLES: readonly Role[] = ['manager', 'administrator'];
/** Changing the configuration, PINs and devices: the manager alone. */
export const CONFIG_ROLES: readonly Role[] = ['manager'];
