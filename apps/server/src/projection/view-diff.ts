import type { JsonPatchOperation } from '@queue/protocol';

/**
 * The RFC 6902 difference between two consecutive views, computed for views: unchanged branches are
 * the same objects (the engine copies only what an event touched), so they are skipped by identity;
 * and lists of records with an identity (tickets, calls, alarms, episodes, appointments, staff) are
 * compared by that identity, so one visitor leaving the middle of the queue is one `remove`, and a new
 * call on top of the board is one `add` — not a `replace` of every field of every record after it, as
 * an index-by-index diff gives. Smaller patches cost less to build, to send to every console, and to
 * apply. Values are shared, not copied: views are never mutated, and a patch is serialised at once.
 */

type Json = unknown;

const escapeKey = (key: string): string =>
  key.indexOf('~') === -1 && key.indexOf('/') === -1 ? key : key.replace(/~/g, '~0').replace(/\//g, '~1');

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The identity of a record in a list, by the first of these fields it has as a string. */
const IDENTITY_FIELDS = ['id', 'key', 'staffId'] as const;

const identityField = (a: readonly Json[], b: readonly Json[]): string | null => {
  const sample = a[0] ?? b[0];
  if (!isRecord(sample)) return null;
  const field = IDENTITY_FIELDS.find((f) => typeof sample[f] === 'string');
  if (!field) return null;
  const unique = (list: readonly Json[]) => {
    const seen = new Set<string>();
    for (const item of list) {
      if (!isRecord(item) || typeof item[field] !== 'string' || seen.has(item[field])) return false;
      seen.add(item[field]);
    }
    return true;
  };
  return unique(a) && unique(b) ? field : null;
};

/**
 * The common case, cheaply: the same records at the same places (some of them changed). Then a diff by
 * index is exact, and the identity bookkeeping below is not needed.
 */
const sameRecordsInPlace = (a: readonly Json[], b: readonly Json[]): boolean => {
  if (a.length !== b.length) return false;
  const sample = a[0];
  if (!isRecord(sample)) return false;
  const field = IDENTITY_FIELDS.find((f) => typeof sample[f] === 'string');
  if (!field) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!isRecord(x) || !isRecord(y) || typeof x[field] !== 'string' || x[field] !== y[field]) return false;
  }
  return true;
};

const diffValue = (a: Json, b: Json, path: string, ops: JsonPatchOperation[]): void => {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    diffArray(a, b, path, ops);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    diffRecord(a, b, path, ops);
    return;
  }
  // Different types or different primitives. NaN never occurs in views; JSON has no undefined.
  ops.push({ op: 'replace', path, value: b });
};

const diffRecord = (
  a: Record<string, Json>,
  b: Record<string, Json>,
  path: string,
  ops: JsonPatchOperation[],
) => {
  for (const key of Object.keys(a)) {
    if (a[key] !== undefined && (!(key in b) || b[key] === undefined)) {
      ops.push({ op: 'remove', path: `${path}/${escapeKey(key)}` });
    }
  }
  for (const key of Object.keys(b)) {
    const next = b[key];
    if (next === undefined) continue;
    const previous = a[key];
    // Most members of consecutive views are the same object: no path is built for them.
    if (previous === next) continue;
    if (previous === undefined) ops.push({ op: 'add', path: `${path}/${escapeKey(key)}`, value: next });
    else diffValue(previous, next, `${path}/${escapeKey(key)}`, ops);
  }
};

const diffByIndex = (a: readonly Json[], b: readonly Json[], path: string, ops: JsonPatchOperation[]) => {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) if (a[i] !== b[i]) diffValue(a[i], b[i], `${path}/${i}`, ops);
  for (let i = a.length - 1; i >= b.length; i--) ops.push({ op: 'remove', path: `${path}/${i}` });
  for (let i = a.length; i < b.length; i++) ops.push({ op: 'add', path: `${path}/${i}`, value: b[i] });
};

/**
 * Keyed lists: drop the records that left (from the end, so indices stay valid), then walk the new list
 * adding the records that came and diffing the ones that stayed. This is exact when the records that
 * stayed kept their relative order, which is how views change; otherwise the list is diffed by index.
 */
const diffArray = (a: readonly Json[], b: readonly Json[], path: string, ops: JsonPatchOperation[]) => {
  if (sameRecordsInPlace(a, b)) {
    diffByIndex(a, b, path, ops);
    return;
  }
  const field = identityField(a, b);
  if (!field) {
    diffByIndex(a, b, path, ops);
    return;
  }
  const idOf = (item: Json) => (item as Record<string, string>)[field]!;
  const inB = new Set(b.map(idOf));
  const kept = a.filter((item) => inB.has(idOf(item)));
  const inA = new Map(kept.map((item) => [idOf(item), item]));
  const keptInB = b.filter((item) => inA.has(idOf(item)));
  for (let i = 0; i < kept.length; i++) {
    if (idOf(kept[i]) !== idOf(keptInB[i])) {
      diffByIndex(a, b, path, ops);
      return;
    }
  }
  for (let i = a.length - 1; i >= 0; i--) {
    if (!inB.has(idOf(a[i]))) ops.push({ op: 'remove', path: `${path}/${i}` });
  }
  for (let j = 0; j < b.length; j++) {
    const item = b[j];
    const previous = inA.get(idOf(item));
    if (previous === undefined) ops.push({ op: 'add', path: `${path}/${j}`, value: item });
    else if (previous !== item) diffValue(previous, item, `${path}/${j}`, ops);
  }
};

export const diffView = (previous: Json, next: Json): JsonPatchOperation[] => {
  const ops: JsonPatchOperation[] = [];
  diffValue(previous, next, '', ops);
  return ops;
};
