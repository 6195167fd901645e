import fc from 'fast-check';
import jsonpatch, { type Operation } from 'fast-json-patch';
import type { JsonPatchOperation } from '@queue/protocol';
import { describe, expect, it } from 'vitest';
import { applyPatchShared } from '../src/structural-patch.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

/** Views are JSON: records, lists, strings, numbers, booleans, null. */
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 5 }),
  ),
})).value;
const doc = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 6 });

/** A member's key as a JSON Pointer token (RFC 6901 §3): `~` is written `~0`, `/` is written `~1`. */
const pointerToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Counterexamples fast-check found, kept as fixed cases. The first: a member named `~` is `/~0` in the
 * patch; the test compared operations against the unescaped `/~` and took the replaced member for an
 * untouched one.
 */
const FOUND: [Record<string, unknown>, Record<string, unknown>][] = [
  [{ '~': '' }, { '~': false }],
  [
    { '/': 1, '~1': 2 },
    { '/': 3, '~1': 4 },
  ],
];

describe('applying a patch with structural sharing', () => {
  it('gives the same document as a reference RFC 6902 implementation, and never changes its input', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const ops = jsonpatch.compare(a, b) as JsonPatchOperation[];
        const before = structuredClone(a);
        const result = applyPatchShared(deepFreeze(a), ops);
        expect(result).toEqual(b);
        expect(a).toEqual(before);
      }),
      { numRuns: 400, examples: FOUND },
    );
  });

  it('keeps every branch no operation touched as the very same object', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const ops = jsonpatch.compare(a, b) as JsonPatchOperation[];
        const result = applyPatchShared(deepFreeze(a), ops) as Record<string, unknown>;
        for (const key of Object.keys(a)) {
          const path = `/${pointerToken(key)}`;
          const touched = ops.some((op) => op.path === path || op.path.startsWith(`${path}/`));
          if (!touched && key in result) expect(result[key]).toBe(a[key]);
        }
      }),
      { numRuns: 400, examples: FOUND },
    );
  });

  it.each(FOUND)('applies the patch between %j and %j, keys with ~ and / included', (a, b) => {
    const ops = jsonpatch.compare(a, b) as JsonPatchOperation[];
    expect(ops.map((op) => op.path).sort()).toEqual(
      Object.keys(b)
        .map((k) => `/${pointerToken(k)}`)
        .sort(),
    );
    expect(applyPatchShared(deepFreeze(structuredClone(a)), ops)).toEqual(b);
  });

  it('copies a list only once for several operations on it', () => {
    const view = deepFreeze({ tickets: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], office: { name: 'ЦОК' } });
    const next = applyPatchShared(view, [
      { op: 'remove', path: '/tickets/1' },
      { op: 'add', path: '/tickets/-', value: { id: 'd' } },
      { op: 'replace', path: '/tickets/0/id', value: 'a2' },
    ]);
    expect(next).toEqual({ tickets: [{ id: 'a2' }, { id: 'c' }, { id: 'd' }], office: { name: 'ЦОК' } });
    expect(next.office).toBe(view.office);
    expect(next.tickets[1]).toBe(view.tickets[2]);
  });

  it('supports move, copy, test and escaped keys', () => {
    const view = deepFreeze({ a: { 'x/y': 1, 'm~n': 2 }, b: [1, 2, 3] });
    const ops: JsonPatchOperation[] = [
      { op: 'test', path: '/a/x~1y', value: 1 },
      { op: 'copy', from: '/a/m~0n', path: '/c' },
      { op: 'move', from: '/b/0', path: '/b/2' },
    ];
    expect(applyPatchShared(view, ops)).toEqual({ a: { 'x/y': 1, 'm~n': 2 }, b: [2, 3, 1], c: 2 });
    expect(jsonpatch.applyPatch(structuredClone(view), ops as Operation[]).newDocument).toEqual(
      applyPatchShared(view, ops),
    );
  });

  it.each([
    ['replace of a missing member', [{ op: 'replace', path: '/nope', value: 1 }]],
    ['a path through a missing member', [{ op: 'add', path: '/nope/deeper', value: 1 }]],
    ['remove beyond the end of a list', [{ op: 'remove', path: '/b/3' }]],
    ['an index with a leading zero', [{ op: 'replace', path: '/b/01', value: 1 }]],
    ['a failed test', [{ op: 'test', path: '/b/0', value: 9 }]],
    ['a pointer without a slash', [{ op: 'add', path: 'b', value: 1 }]],
  ] as const)('refuses %s and leaves the document as it was', (_name, ops) => {
    const view = deepFreeze({ b: [1, 2, 3] });
    expect(() => applyPatchShared(view, ops as unknown as JsonPatchOperation[])).toThrow();
    expect(view).toEqual({ b: [1, 2, 3] });
  });
});
