import type { Command, CommandOf, CommandType } from './commands.js';
import type { EventBody } from './events.js';
import type { Actor, OfficeState } from './model.js';
import type { Refusal } from './refusal.js';

/** What every decider receives besides the state: the injected clock, who acts, and server-made entropy. */
export interface DecisionContext {
  now: number;
  actor: Actor;
  /** Random text supplied by the caller (appointment codes); tests pass a fixed one. */
  nonce: string;
}

export type Decision = EventBody[] | Refusal;

export type Decider<T extends CommandType> = (
  state: OfficeState,
  command: CommandOf<T>,
  ctx: DecisionContext,
) => Decision;

export type DeciderTable = { [T in CommandType]: Decider<T> };

export const decideWith = (table: DeciderTable, state: OfficeState, command: Command, ctx: DecisionContext) =>
  (table[command.type] as Decider<typeof command.type>)(state, command, ctx);

export const staffIdOf = (actor: Actor): string | null => (actor.kind === 'staff' ? actor.staffId : null);

export const actorName = (actor: Actor): string =>
  actor.kind === 'staff' ? actor.staffId : actor.kind === 'device' ? actor.deviceId : 'system';

export const isBlank = (text: string | null | undefined): boolean => !text || text.trim().length === 0;
