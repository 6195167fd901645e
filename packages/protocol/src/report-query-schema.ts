import { DIMENSIONS, TABLE_IDS } from '@queue/reports-engine';
import { z } from 'zod';
import { calendarDateSchema } from './calendar-date.js';

const date = calendarDateSchema;
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

/** At most a year in one report: longer periods are read as several. */
const MAX_DAYS = 366;

/** The query string of `/api/reports` and its exports, parsed at the boundary. */
export const reportQuerySchema = z
  .object({
    from: date,
    to: date,
    groupBy: z.enum(DIMENSIONS).default('topic'),
    topic: optionalId,
    window: optionalId,
    operator: optionalId,
    table: z.enum(TABLE_IDS).default('summary'),
  })
  .refine((q) => q.from <= q.to, {
    message: 'from must not be after to',
    path: ['to'],
    params: { expected: 'not_before_from' },
  })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < MAX_DAYS, {
    message: `at most ${MAX_DAYS} days`,
    path: ['to'],
    params: { expected: 'max_days', limit: MAX_DAYS },
  });

export type ReportQueryInput = z.infer<typeof reportQuerySchema>;
