import { z } from 'zod';

/**
 * A calendar date `YYYY-MM-DD` that exists (issue 13 §7): `2026-02-30` or `2025-02-29` is refused at the
 * boundary, not rolled over into March by `Date`. zod's ISO date checks month lengths and leap years.
 */
export const calendarDateSchema = z.iso.date({ message: 'YYYY-MM-DD, a date that exists' });
