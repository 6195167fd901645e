import fc from 'fast-check';
import jsonpatch, { type Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { diffView } from '../src/projection/view-diff.js';

const apply = (doc: unknown, ops: ReturnType<typeof diffView>) =>
  jsonpatch.applyPatch(structuredClone(doc), ops as Operation[], true, false).newDocument;

/** Records with an identity, as in a view's lists; `n` changes from one view to the next. */
const record = fc.record({ id: fc.constantFrom('T1', 'T2', 'T3', 'T4', 'T5', 'a/b', 'c~d'), n: fc.nat(3) });
const keyedList = fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 5 });
const view = fc.record({
  seq: fc.nat(),
  tickets: keyedList,
  calls: keyedList,
  forecast: fc.dictionary(
    fc.constantFrom('T1', 'T2', 'x/y'),
    fc.record({ at: fc.option(fc.nat()), ahead: fc.nat(4) }),
  ),
  counts: fc.array(fc.nat(3), { maxLength: 4 }),
  note: fc.option(fc.string({ maxLength: 3 })),
});

describe('view diff', () => {
  it('the patch turns the previous view into the next one, for any two views', () => {
    fc.assert(
      fc.property(view, view, (a, b) => {
        expect(apply(a, diffView(a, b))).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it('one visitor leaving the middle of the queue is one remove; a new call on top is one add', () => {
    const t = (id: string) => ({ id, state: 'waiting', number: `А${id}` });
    const before = { tickets: [t('1'), t('2'), t('3'), t('4')], calls: [{ id: '9' }, { id: '8' }] };
    const after = { tickets: [t('1'), t('3'), t('4')], calls: [{ id: '10' }, { id: '9' }, { id: '8' }] };
    after.tickets[0] = before.tickets[0]!;
    expect(diffView(before, after)).toEqual([
      { op: 'remove', path: '/tickets/1' },
      { op: 'add', path: '/calls/0', value: { id: '10' } },
    ]);
  });

  it('identical branches are skipped without looking inside', () => {
    const shared = { big: Array.from({ length: 1000 }, (_, i) => ({ id: String(i) })) };
    expect(diffView({ config: shared, seq: 1 }, { config: shared, seq: 2 })).toEqual([
      { op: 'replace', path: '/seq', value: 2 },
    ]);
  });
});
