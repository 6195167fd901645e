import { PLAN_DEFAULTS, STAFFING_TABLE_IDS } from '@queue/staffing';
import { z } from 'zod';

/** The query string of `/api/staffing` and its exports, parsed at the boundary. */
export const staffingQuerySchema = z.object({
  /** The share of visitors to be called within the wait norm, percent. */
  confidence: z.coerce
    .number()
    .int()
    .min(50)
    .max(99)
    .default(Math.round(PLAN_DEFAULTS.confidence * 100)),
  /** The day set against its plan hour by hour; the latest day before today when absent. */
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional()
    .transform((v) => v ?? null),
  /** The table a CSV export carries. */
  table: z.enum(STAFFING_TABLE_IDS).default('tomorrow'),
});

export type StaffingQueryInput = z.input<typeof staffingQuerySchema>;
