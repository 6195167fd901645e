import type { CommandType, DeviceRole, Role } from '@queue/engine';
import type { WireError } from './errors.js';
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

export interface IssuedTicket {
  id: string;
  number: string;
  serviceIds: string[];
  issuedAt: number;
  ahead: number;
  expectedAt: number | null;
  expectedWaitMin: number | null;
}

export interface CommandResult {
  /** Sequence number of the last stored event; the change is durable at this point. */
  seq: number;
  events: { seq: number; type: string }[];
  ticket?: IssuedTicket;
  appointment?: { id: string; code: string; slotAt: number };
}

export type CommandResponse = { ok: true; result: CommandResult } | { ok: false; error: WireError };

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
