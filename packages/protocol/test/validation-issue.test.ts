import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reportQuerySchema } from '../src/report-query-schema';
import { validationIssues } from '../src/validation-issue';

const schema = z
  .object({
    count: z.number().int().max(5),
    pin: z.string().min(4),
    kind: z.enum(['a', 'b']),
    list: z.array(z.number()).max(1),
    day: z.iso.date(),
    share: z.number().positive(),
  })
  .strict();

describe('a refused request, field by field', () => {
  it('names each field and what it expects, without zod’s prose', () => {
    const parsed = schema.safeParse({
      count: 7.5,
      pin: '12',
      kind: 'c',
      list: [1, 2],
      day: '2026-02-30',
      share: 0,
      x: 1,
    });
    expect(parsed.success).toBe(false);
    expect(validationIssues(parsed.error?.issues ?? [])).toEqual([
      { field: 'count', expected: 'whole_number' },
      { field: 'pin', expected: 'min_length', limit: 4 },
      { field: 'kind', expected: 'one_of', values: 'a, b' },
      { field: 'list', expected: 'max_items', limit: 1 },
      { field: 'day', expected: 'date' },
      { field: 'share', expected: 'above', limit: 0 },
      { field: '', expected: 'no_extra_fields', values: 'x' },
    ]);
  });

  it('keeps at most ten', () => {
    const many = z.array(z.string()).safeParse(Array.from({ length: 12 }, (_, i) => i));
    const issues = validationIssues(many.error?.issues ?? []);
    expect(issues).toHaveLength(10);
    expect(issues[9]).toEqual({ field: '9', expected: 'text' });
  });

  it('takes what a refinement expects from its params: a period in order, and not too long', () => {
    const reversed = reportQuerySchema.safeParse({ from: '2026-11-24', to: '2026-11-23' });
    expect(validationIssues(reversed.error?.issues ?? [])).toEqual([
      { field: 'to', expected: 'not_before_from' },
    ]);
    const long = reportQuerySchema.safeParse({ from: '2024-01-01', to: '2026-01-01' });
    expect(validationIssues(long.error?.issues ?? [])).toEqual([
      { field: 'to', expected: 'max_days', limit: 366 },
    ]);
  });
});
