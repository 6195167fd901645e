import type { DeviceInfo } from '@queue/protocol';
import type { DeviceRecord } from '../storage/office-store.js';

/** A device as the manager's screen sees it: never its token's hash. */
export const publicDevice = ({ id, role, label, revoked, printer }: DeviceRecord): DeviceInfo => ({
  id,
  role,
  label,
  revoked,
  printer:
    printer === null
      ? null
      : {
          host: printer.host,
          port: printer.port,
          paper: printer.paper ?? null,
          codePage: printer.codePage ?? null,
          queryStatus: printer.queryStatus ?? true,
        },
});
