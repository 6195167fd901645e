/**
 * A record's own entry for a key, never one it inherits: ids come from clients and configurations, and
 * `ownValue(state.tickets, 'constructor')` would otherwise find Object's constructor (issue 13 §6). Every lookup
 * of a record by an id the engine did not make goes through here.
 */
export const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
