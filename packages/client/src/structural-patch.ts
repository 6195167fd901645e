import type { JsonPatchOperation } from '@queue/protocol';

/**
 * RFC 6902 applied with structural sharing: only the containers on the paths an operation touches are
 * copied, everything else is the previous view's own objects. A console's view holds the whole office
 * (config, tickets, forecast); cloning it for every patch cost each console a fraction of a
 * millisecond per command (docs/BENCHMARKS.md), and gave React a new object for every branch, so every
 * selector saw a change. The previous view is never mutated. Throws on an operation that does not fit
 * the document; the replica then fetches a snapshot.
 */

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

const tokensOf = (path: string): string[] => {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`bad JSON pointer: ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
};

const indexIn = (list: unknown[], token: string, allowEnd: boolean): number => {
  if (allowEnd && token === '-') return list.length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new Error(`bad array index: ${token}`);
  const index = Number(token);
  if (index > list.length || (!allowEnd && index === list.length))
    throw new Error(`index out of range: ${token}`);
  return index;
};

const childOf = (node: Container, token: string): unknown => {
  if (Array.isArray(node)) return node[indexIn(node, token, false)];
  if (!Object.hasOwn(node, token)) throw new Error(`no member ${token}`);
  return node[token];
};

const valueAt = (root: unknown, tokens: readonly string[]): unknown => {
  let node = root;
  for (const token of tokens) {
    if (!isContainer(node)) throw new Error(`no container at ${token}`);
    node = childOf(node, token);
  }
  return node;
};

const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
};

export const applyPatchShared = <T>(document: T, operations: readonly JsonPatchOperation[]): T => {
  // Containers copied during this patch: later operations may change them in place.
  const own = new WeakSet<object>();
  let root: unknown = document;

  const ownCopy = (node: Container): Container => {
    if (own.has(node)) return node;
    const copy = Array.isArray(node) ? node.slice() : { ...node };
    own.add(copy);
    return copy;
  };

  /** Copies every container from the root down to the parent of the last token; returns that parent. */
  const parentFor = (tokens: readonly string[]): Container => {
    if (!isContainer(root)) throw new Error('the document is not a container');
    root = ownCopy(root);
    let node = root as Container;
    for (const token of tokens.slice(0, -1)) {
      const child = childOf(node, token);
      if (!isContainer(child)) throw new Error(`no container at ${token}`);
      const copy = ownCopy(child);
      if (Array.isArray(node)) node[indexIn(node, token, false)] = copy;
      else node[token] = copy;
      node = copy;
    }
    return node;
  };

  const add = (tokens: readonly string[], value: unknown) => {
    if (tokens.length === 0) {
      root = value;
      return;
    }
    const parent = parentFor(tokens);
    const last = tokens.at(-1)!;
    if (Array.isArray(parent)) parent.splice(indexIn(parent, last, true), 0, value);
    else parent[last] = value;
  };

  const remove = (tokens: readonly string[]): unknown => {
    if (tokens.length === 0) throw new Error('cannot remove the whole document');
    const parent = parentFor(tokens);
    const last = tokens.at(-1)!;
    const removed = childOf(parent, last);
    if (Array.isArray(parent)) parent.splice(indexIn(parent, last, false), 1);
    else delete parent[last];
    return removed;
  };

  const replace = (tokens: readonly string[], value: unknown) => {
    if (tokens.length === 0) {
      root = value;
      return;
    }
    const parent = parentFor(tokens);
    const last = tokens.at(-1)!;
    childOf(parent, last);
    if (Array.isArray(parent)) parent[indexIn(parent, last, false)] = value;
    else parent[last] = value;
  };

  for (const operation of operations) {
    const tokens = tokensOf(operation.path);
    switch (operation.op) {
      case 'add':
        add(tokens, operation.value);
        break;
      case 'remove':
        remove(tokens);
        break;
      case 'replace':
        replace(tokens, operation.value);
        break;
      case 'move': {
        const from = tokensOf(operation.from ?? '');
        if (operation.path.startsWith(`${operation.from}/`)) throw new Error('cannot move into itself');
        add(tokens, remove(from));
        break;
      }
      case 'copy':
        add(tokens, valueAt(root, tokensOf(operation.from ?? '')));
        break;
      case 'test':
        if (!deepEqual(valueAt(root, tokens), operation.value))
          throw new Error(`test failed at ${operation.path}`);
        break;
    }
  }
  return root as T;
};
