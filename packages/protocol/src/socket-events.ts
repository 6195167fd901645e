import type { CommandType, DeviceRole, Role } from '@queue/engine';
import type { CommandResponse } from './command-result.js';
import type { PrincipalRole } from './roles.js';
import type { View } from './views.js';

/** RFC 6902 operations, as the server diffs consecutive views. */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: unknown;
}

export interface SnapshotMessage {
  rev: number;
  view: View;
}

/** Apply only when `from` equals the replica's revision; otherwise ask for a snapshot. */
export interface PatchMessage {
  from: number;
  rev: number;
  ops: JsonPatchOperation[];
}

export type { CommandResponse, CommandResult, IssuedTicket } from './command-result.js';

export type Principal =
  | {
      kind: 'staff';
      staffId: string;
      roles: Role[];
      fullName: string;
      position: string;
      windowId: string | null;
    }
  | { kind: 'device'; deviceId: string; role: DeviceRole };

export const rolesOf = (principal: Principal): PrincipalRole[] =>
  principal.kind === 'staff' ? principal.roles : [principal.role];

export interface WelcomeMessage {
  principal: Principal;
  serverTime: number;
}

export interface ServerToClientEvents {
  welcome: (message: WelcomeMessage) => void;
  snapshot: (message: SnapshotMessage) => void;
  patch: (message: PatchMessage) => void;
}

export interface ClientToServerEvents {
  command: (
    command: { type: CommandType } & Record<string, unknown>,
    ack: (response: CommandResponse) => void,
  ) => void;
  resync: (ack: (snapshot: SnapshotMessage) => void) => void;
}
