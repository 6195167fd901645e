import { z } from 'zod';

/**
 * What a field of a refused request should have been, as a code (issue 21: the field named and what
 * is expected, worded in the user's language by the UI — packages/ui, `common.validation`). `limit` is a
 * bound or divisor, `values` the allowed values or the extra fields, comma-separated.
 */
export const VALIDATION_EXPECTED = [
  'text',
  'number',
  'whole_number',
  'yes_no',
  'list',
  'object',
  'at_least',
  'above',
  'at_most',
  'below',
  'min_length',
  'max_length',
  'min_items',
  'max_items',
  'one_of',
  'date',
  'time',
  'format',
  'multiple_of',
  'no_extra_fields',
  'json',
  'network_printer',
  'known_table',
  'not_before_from',
  'max_days',
  'valid',
] as const;
export type ValidationExpected = (typeof VALIDATION_EXPECTED)[number];

/** One invalid field: its path (`config.windows.0.label`; empty for the request as a whole). */
export const validationIssueSchema = z.object({
  field: z.string(),
  expected: z.enum(VALIDATION_EXPECTED),
  limit: z.number().optional(),
  values: z.string().optional(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

const TYPES: Partial<Record<string, ValidationExpected>> = {
  string: 'text',
  number: 'number',
  int: 'whole_number',
  boolean: 'yes_no',
  array: 'list',
  object: 'object',
  never: 'no_extra_fields',
};

const FORMATS: Partial<Record<string, ValidationExpected>> = { date: 'date', datetime: 'date', time: 'time' };

const bounded = (
  origin: string,
  inclusive: boolean | undefined,
  kind: {
    number: [ValidationExpected, ValidationExpected];
    length: ValidationExpected;
    items: ValidationExpected;
  },
): ValidationExpected =>
  origin === 'string'
    ? kind.length
    : origin === 'array' || origin === 'set'
      ? kind.items
      : kind.number[inclusive === false ? 1 : 0];

/** A refinement names what it expects in its params (`{expected, limit?}`), e.g. the period's order. */
const customExpected = (params: Record<string, unknown> | undefined): Omit<ValidationIssue, 'field'> => {
  const expected = VALIDATION_EXPECTED.find((code) => code === params?.expected) ?? 'valid';
  return typeof params?.limit === 'number' ? { expected, limit: params.limit } : { expected };
};

const expectedOf = (issue: z.core.$ZodIssue): Omit<ValidationIssue, 'field'> => {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: TYPES[issue.expected] ?? 'valid' };
    case 'too_small':
      return {
        expected: bounded(issue.origin, issue.inclusive, {
          number: ['at_least', 'above'],
          length: 'min_length',
          items: 'min_items',
        }),
        limit: Number(issue.minimum),
      };
    case 'too_big':
      return {
        expected: bounded(issue.origin, issue.inclusive, {
          number: ['at_most', 'below'],
          length: 'max_length',
          items: 'max_items',
        }),
        limit: Number(issue.maximum),
      };
    case 'invalid_value':
      return { expected: 'one_of', values: issue.values.map(String).join(', ') };
    case 'invalid_format':
      return { expected: FORMATS[issue.format] ?? 'format' };
    case 'not_multiple_of':
      return { expected: 'multiple_of', limit: Number(issue.divisor) };
    case 'unrecognized_keys':
      return { expected: 'no_extra_fields', values: issue.keys.join(', ') };
    case 'custom':
      return customExpected(issue.params);
    default:
      return { expected: 'valid' };
  }
};

/** Zod's issues as the wire carries them: the field and what it expects, at most ten, no zod prose. */
export const validationIssues = (issues: readonly z.core.$ZodIssue[]): ValidationIssue[] =>
  issues.slice(0, 10).map((issue) => ({ field: issue.path.map(String).join('.'), ...expectedOf(issue) }));

/** A schema validation error as Fastify reports it (its `FastifySchemaValidationError`). */
interface FastifyValidationError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * Fastify's validation errors from fastify-type-provider-zod, which keeps each zod issue's own fields in
 * `params` beside its code (`keyword`) and path, as the wire carries them.
 */
export const fastifyValidationIssues = (validation: readonly FastifyValidationError[]): ValidationIssue[] =>
  validationIssues(
    validation.map(
      (v) =>
        ({
          ...v.params,
          code: v.keyword,
          path: v.instancePath.split('/').slice(1),
          message: v.message ?? '',
        }) as z.core.$ZodIssue,
    ),
  );
